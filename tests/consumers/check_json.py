#!/usr/bin/python3
"""Loads Cartograph's graph.json with networkx (node-link, edges="edges") and validates it with jsonschema.

usage: check_json.py JSON SCHEMA
Run with the Debian /usr/bin/python3 (python3-networkx, python3-jsonschema).
"""
import json
import sys

import jsonschema
import networkx as nx


def fail(msg):
    print("check_json: " + msg, file=sys.stderr)
    sys.exit(1)


def load(data):
    try:
        return nx.node_link_graph(data, edges="edges")  # networkx >= 3.4
    except TypeError:
        return nx.node_link_graph(data, link="edges")  # networkx 2.8 - 3.3


def main(json_path, schema_path):
    with open(json_path, encoding="utf-8") as f:
        data = json.load(f)
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)

    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    errors = sorted(validator_class(schema).iter_errors(data), key=lambda e: list(e.path))
    if errors:
        fail("schema: " + "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:5]))

    g = load(data)
    if not (g.is_directed() and g.is_multigraph()):
        fail(f"networkx loaded {type(g).__name__}, expected MultiDiGraph")
    if g.number_of_nodes() != len(data["nodes"]) or g.number_of_edges() != len(data["edges"]):
        fail(f"networkx: {g.number_of_nodes()} nodes / {g.number_of_edges()} edges, "
             f"expected {len(data['nodes'])} / {len(data['edges'])}")
    for e in data["edges"]:
        if not g.has_edge(e["source"], e["target"], key=e["key"]):
            fail(f"edge {e['source']!r} -> {e['target']!r} [{e['key']}] missing")
        if e["rules"] != sorted(set(e["rules"])):
            fail(f"edge {e['source']!r} -> {e['target']!r}: rules {e['rules']!r} are not distinct and sorted")
        if g.edges[e["source"], e["target"], e["key"]].get("rules") != e["rules"]:
            fail(f"edge {e['source']!r} -> {e['target']!r}: networkx lost its rules")
    for node_id, attrs in g.nodes(data=True):
        for key, typ in {"degree": int, "pagerank": float, "component": int, "community": int, "mentions": int}.items():
            if type(attrs.get(key)) is not typ:
                fail(f"node {node_id!r}: {key} is {type(attrs.get(key)).__name__}, expected {typ.__name__}")
        if attrs["degree"] != g.in_degree(node_id) + g.out_degree(node_id):
            fail(f"node {node_id!r}: degree {attrs['degree']} != networkx's {g.in_degree(node_id) + g.out_degree(node_id)}")
    if data["nodes"] and abs(sum(n["pagerank"] for n in data["nodes"]) - 1) > 1e-3:
        fail("pagerank does not sum to 1")
    if g.graph.get("name") != data["graph"]["name"]:
        fail("graph metadata missing")
    print(f"check_json: ok ({g.number_of_nodes()} nodes, {g.number_of_edges()} edges; networkx {nx.__version__})")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        fail("usage: check_json.py JSON SCHEMA")
    main(sys.argv[1], sys.argv[2])
