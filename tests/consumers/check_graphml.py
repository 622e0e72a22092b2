#!/usr/bin/python3
"""Loads Cartograph's graph.graphml with networkx and igraph and cross-checks it against graph.json.

usage: check_graphml.py GRAPHML JSON
Exits non-zero with a message on the first problem. Run with the Debian /usr/bin/python3
(python3-networkx, python3-igraph): scripts/install-test-deps.sh installs them.
"""
import json
import re
import sys

import igraph
import networkx as nx


def fail(msg):
    print("check_graphml: " + msg, file=sys.stderr)
    sys.exit(1)


def join_list(items):
    """GraphML's aliases and documents: items joined by '|', a '|' or '\\' inside an item escaped with '\\'."""
    return "|".join(i.replace("\\", "\\\\").replace("|", "\\|") for i in items)


def split_list(value):
    """The items of a joined list (join_list's inverse), as a reader of the GraphML splits them."""
    if value == "":
        return []
    items, item, i = [], [], 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            item.append(value[i + 1])
            i += 2
            continue
        if value[i] == "|":
            items.append("".join(item))
            item = []
        else:
            item.append(value[i])
        i += 1
    items.append("".join(item))
    return items


def decode_id(token):
    """Undo XmlConvert.EncodeNmToken (_xHHHH_ / _xHHHHHHHH_) used for ids that are not NMTOKENs."""
    return re.sub(r"_x([0-9A-Fa-f]{8}|[0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), token)


def main(graphml_path, json_path):
    with open(json_path, encoding="utf-8") as f:
        expected = json.load(f)
    nodes = {n["id"]: n for n in expected["nodes"]}
    edges = expected["edges"]

    g = nx.read_graphml(graphml_path)
    if not isinstance(g, nx.MultiDiGraph) and any(
        sum(1 for e in edges if (e["source"], e["target"]) == (a["source"], a["target"])) > 1 for a in edges
    ):
        fail("networkx did not load a MultiDiGraph although the graph has parallel edges")
    if not g.is_directed():
        fail("networkx loaded an undirected graph")
    if g.number_of_nodes() != len(nodes) or g.number_of_edges() != len(edges):
        fail(f"networkx: {g.number_of_nodes()} nodes / {g.number_of_edges()} edges, expected {len(nodes)} / {len(edges)}")
    meta = expected["graph"]
    for k in ("name", "generator", "generator_version"):
        if g.graph.get(k) != meta[k]:
            fail(f"graph attribute {k}: {g.graph.get(k)!r} != {meta[k]!r}")
    if g.graph.get("document_count") != meta["document_count"]:
        fail("graph attribute document_count differs")

    for raw_id, data in g.nodes(data=True):
        node = nodes.get(decode_id(raw_id))
        if node is None:
            fail(f"unexpected node id {raw_id!r}")
        checks = {"label": str, "entity_type": str, "mentions": int, "size": float, "r": int, "g": int, "b": int,
                  "degree": int, "pagerank": float, "component": int, "community": int}
        for key, typ in checks.items():
            if type(data.get(key)) is not typ:
                fail(f"node {raw_id!r}: {key} is {type(data.get(key)).__name__}, expected {typ.__name__}")
        if data["label"] != node["label"] or data["mentions"] != node["mentions"]:
            fail(f"node {raw_id!r}: label/mentions {data['label']!r}/{data['mentions']} != json {node['label']!r}/{node['mentions']}")
        for key in ("degree", "pagerank", "component", "community"):
            if data[key] != node[key]:
                fail(f"node {raw_id!r}: {key} {data[key]!r} != json {node[key]!r}")
        if data.get("aliases", "") != join_list(node["aliases"]):
            fail(f"node {raw_id!r}: aliases {data.get('aliases')!r} != {node['aliases']!r}")
        if data.get("documents", "") != join_list(node["documents"]):
            fail(f"node {raw_id!r}: documents differ")
        if split_list(data.get("documents", "")) != node["documents"]:
            fail(f"node {raw_id!r}: documents {data.get('documents')!r} do not split back into {node['documents']!r}")
        if node["evidence"] and node["evidence"][0]["quote"] not in data.get("evidence", ""):
            fail(f"node {raw_id!r}: first quote missing from evidence {data.get('evidence')!r}")

    rules_of = {(e["source"], e["target"], e["relation"]): e["rules"] for e in edges}
    seen = set()
    # networkx reads a GraphML without parallel edges as a DiGraph, whose edges have no keys
    all_edges = g.edges(keys=True, data=True) if g.is_multigraph() else ((u, v, i, d) for i, (u, v, d) in enumerate(g.edges(data=True)))
    for u, v, key, data in all_edges:
        for k, typ in {"label": str, "relation": str, "weight": float}.items():
            if type(data.get(k)) is not typ:
                fail(f"edge {key}: {k} is {type(data.get(k)).__name__}, expected {typ.__name__}")
        if data["weight"] <= 0:
            fail(f"edge {key}: weight {data['weight']} is not positive")
        seen.add((decode_id(u), decode_id(v), data["relation"]))
        wanted_rules = rules_of.get((decode_id(u), decode_id(v), data["relation"]))
        if wanted_rules is not None and data.get("rules", "") != "|".join(wanted_rules):
            fail(f"edge {key}: rules {data.get('rules')!r} != json {wanted_rules!r}")
    want = {(e["source"], e["target"], e["relation"]) for e in edges}
    if seen != want:
        fail(f"edges differ: missing {want - seen}, unexpected {seen - want}")

    ig = igraph.Graph.Read_GraphML(graphml_path)
    if ig.vcount() != len(nodes) or ig.ecount() != len(edges) or not ig.is_directed():
        fail(f"igraph: {ig.vcount()} nodes / {ig.ecount()} edges, directed={ig.is_directed()}")
    for attr in ("label", "entity_type", "mentions", "size", "r", "g", "b", "degree", "pagerank", "component", "community"):
        if attr not in ig.vs.attributes():
            fail(f"igraph: vertex attribute {attr} missing ({ig.vs.attributes()})")
    # igraph reads GraphML int and double both as Python floats; what matters is that they are numbers with the
    # right values: whole numbers for the int attributes
    by_label = {}
    for v in ig.vs:
        for attr in ("degree", "component", "community"):
            if not isinstance(v[attr], (int, float)) or v[attr] != int(v[attr]) or v[attr] < 0:
                fail(f"igraph: {attr} {v[attr]!r} of {v['label']!r} is not a whole number")
        if not isinstance(v["pagerank"], float) or not 0 < v["pagerank"] <= 1:
            fail(f"igraph: pagerank {v['pagerank']!r} of {v['label']!r} is not in (0, 1]")
        by_label.setdefault(v["label"], []).append((int(v["degree"]), v["pagerank"], int(v["component"]), int(v["community"])))
    for n in nodes.values():
        if (n["degree"], n["pagerank"], n["component"], n["community"]) not in by_label.get(n["label"], []):
            fail(f"igraph: analytics of {n['label']!r} differ from graph.json")
    for attr in ("label", "relation", "weight"):
        if attr not in ig.es.attributes():
            fail(f"igraph: edge attribute {attr} missing ({ig.es.attributes()})")
    if sorted(ig.vs["label"]) != sorted(n["label"] for n in nodes.values()):
        fail("igraph: labels differ from graph.json")
    if not all(isinstance(w, float) and w > 0 for w in ig.es["weight"]):
        fail("igraph: weights are not positive numbers")
    if any(e["rules"] for e in edges):
        if "rules" not in ig.es.attributes():
            fail(f"igraph: edge attribute rules missing ({ig.es.attributes()})")
        if sorted(r for r in ig.es["rules"] if r) != sorted("|".join(e["rules"]) for e in edges if e["rules"]):
            fail("igraph: edge rules differ from graph.json")

    print(f"check_graphml: ok ({len(nodes)} nodes, {len(edges)} edges; networkx {nx.__version__}, igraph {igraph.__version__})")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        fail("usage: check_graphml.py GRAPHML JSON")
    main(sys.argv[1], sys.argv[2])
