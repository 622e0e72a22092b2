#!/usr/bin/python3
"""Cartograph's GraphML/JSON/DOT writers against networkx on the same synthetic graph, in one run.

1. Runs `Cartograph.Benchmarks writers`, which builds a deterministic graph (--nodes/--edges/--seed) and
   times GraphMlWriter, JsonGraphWriter and DotWriter writing real files (temp file, fsync, rename).
2. Loads the graph.json it wrote into networkx (not timed), then times
   - JSON: json.dump(nx.node_link_data(G, edges="edges"), f)
   - GraphML: nx.write_graphml(G, path), after flattening list attributes into the strings our GraphML
     holds (networkx cannot write lists to GraphML; the flattening is not timed).
   networkx has no DOT writer of its own (nx_pydot/nx_agraph need pydot/pygraphviz), so DOT has no comparison.
3. Prints a markdown table.

Run with the Debian python, which has networkx:  /usr/bin/python3 bench/writers_vs_networkx.py --nodes 100000 --edges 500000
The full measurement (1M nodes, 5M edges) needs ~10 GB of RAM for networkx and several minutes.
"""

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time

import networkx as nx

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROJECT = os.path.join(REPO, "bench", "Cartograph.Benchmarks")
EVIDENCE_SEPARATOR = " | "  # EvidenceText.Separator


def run_cartograph(args, out_dir, report):
    writers = ["writers", "--nodes", str(args.nodes), "--edges", str(args.edges), "--seed", str(args.seed),
               "--out", out_dir, "--report", report]
    if args.dll:
        cmd = ["dotnet", args.dll] + writers
    else:
        cmd = ["dotnet", "run", "-c", "Release", "--project", PROJECT, "--"] + writers
    print("$ " + " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True)
    with open(report, encoding="utf-8") as f:
        return json.load(f)


def node_link_kwargs(function):
    """networkx >= 3.4 names the edge list key `edges=`; 2.x/3.x before that call it `link=`."""
    try:
        function(nx.MultiDiGraph(), edges="edges")
        return {"edges": "edges"}
    except TypeError:
        return {"link": "edges"}


def evidence_text(e):
    """EvidenceText.Append: `doc:line speaker: quote`."""
    speaker = e.get("speaker")
    return f"{e['document']}:{e['line']} " + (f"{speaker}: " if speaker else "") + e["quote"]


def flatten_for_graphml(G):
    """Turns the JSON's lists into the joined strings our GraphML writes and adds its computed attributes,
    in place, so write_graphml gets the same information (and an empty list is omitted, as we omit it)."""
    colours = {"paper": (0x00, 0x72, 0xB2), "technique": (0xE6, 0x9F, 0x00), "organization": (0x00, 0x9E, 0x73),
               "product": (0xCC, 0x79, 0xA7), "domain": (0x56, 0xB4, 0xE9)}  # EntityStyles
    for _, data in G.nodes(data=True):
        for key, sep in (("aliases", "|"), ("documents", "|")):
            values = data.pop(key)
            if values:
                data[key] = sep.join(values)
        evidence = data.pop("evidence")
        if evidence:
            data["evidence"] = EVIDENCE_SEPARATOR.join(evidence_text(e) for e in evidence)
        data["size"] = 10.0 + 4.0 * max(0, data["mentions"]) ** 0.5  # EntityStyles.NodeSize
        data["r"], data["g"], data["b"] = colours[data["entity_type"]]
    for _, _, data in G.edges(data=True):
        data["label"] = data["relation"]
        data["weight"] = float(data["weight"])
        evidence = data.pop("evidence")
        if evidence:
            data["evidence"] = EVIDENCE_SEPARATOR.join(evidence_text(e) for e in evidence)


def timed(what, action):
    print(f"networkx: {what} ...", flush=True)
    start = time.perf_counter()
    action()
    seconds = time.perf_counter() - start
    print(f"networkx: {what}: {seconds:.2f} s", flush=True)
    return seconds


def mib(n):
    return n / 1048576.0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--nodes", type=int, default=1_000_000)
    parser.add_argument("--edges", type=int, default=5_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", default=os.path.join(REPO, "bench-corpus", "writers"),
                        help="scratch folder for the files (default: bench-corpus/writers, git-ignored)")
    parser.add_argument("--dll", help="a built Cartograph.Benchmarks.dll to run instead of `dotnet run -c Release`")
    parser.add_argument("--keep", action="store_true", help="keep the written files")
    args = parser.parse_args()

    ours_dir = os.path.join(args.work, "cartograph")
    theirs_dir = os.path.join(args.work, "networkx")
    for d in (ours_dir, theirs_dir):  # old files would make each rename also delete a large file
        shutil.rmtree(d, ignore_errors=True)
    os.makedirs(ours_dir, exist_ok=True)
    os.makedirs(theirs_dir, exist_ok=True)
    report = run_cartograph(args, ours_dir, os.path.join(args.work, "report.json"))
    ours = {w["format"]: w for w in report["writers"]}

    print("networkx: loading graph.json (not timed) ...", flush=True)
    start = time.perf_counter()
    with open(ours["json"]["path"], encoding="utf-8") as f:
        data = json.load(f)
    G = nx.node_link_graph(data, **node_link_kwargs(nx.node_link_graph))
    del data
    print(f"networkx: loaded {G.number_of_nodes():,} nodes, {G.number_of_edges():,} edges in {time.perf_counter() - start:.1f} s", flush=True)
    assert G.number_of_nodes() == report["nodes"] and G.number_of_edges() == report["edges"]

    theirs = {}
    json_path = os.path.join(theirs_dir, "graph.json")
    link = node_link_kwargs(nx.node_link_data)

    def dump_json():
        with open(json_path, "w", encoding="utf-8") as f:
            json.dump(nx.node_link_data(G, **link), f)

    theirs["json"] = (timed("json.dump(node_link_data(G))", dump_json), os.path.getsize(json_path))

    print("networkx: flattening list attributes for GraphML (not timed) ...", flush=True)
    flatten_for_graphml(G)
    graphml_path = os.path.join(theirs_dir, "graph.graphml")
    theirs["graphml"] = (timed("write_graphml(G)", lambda: nx.write_graphml(G, graphml_path)), os.path.getsize(graphml_path))
    python_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024

    print()
    print(f"{report['nodes']:,} nodes, {report['edges']:,} edges (seed {report['seed']}); {report['cores']} cores; "
          f"networkx {nx.__version__}, Python {sys.version.split()[0]}")
    print(f"Cartograph: graph built in {report['build_seconds']:.1f} s, sorted in {report['sort_seconds']:.1f} s (paid once, by the "
          f"first writer, in a build); peak RSS {mib(report['peak_rss_bytes']):,.0f} MiB. networkx peak RSS {mib(python_rss):,.0f} MiB.")
    print()
    print("| format | Cartograph s | networkx s | speed-up | Cartograph MiB | networkx MiB |")
    print("|---|---:|---:|---:|---:|---:|")
    for name in ("graphml", "json", "dot"):
        w = ours[name]
        if name in theirs:
            seconds, size = theirs[name]
            print(f"| {name} | {w['seconds']:.2f} | {seconds:.1f} | {seconds / w['seconds']:.1f}x | {mib(w['bytes']):,.0f} | {mib(size):,.0f} |")
        else:
            print(f"| {name} | {w['seconds']:.2f} | n/a | n/a | {mib(w['bytes']):,.0f} | n/a |")

    if not args.keep:
        shutil.rmtree(ours_dir, ignore_errors=True)
        shutil.rmtree(theirs_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
