#!/usr/bin/env python3
"""Records the development scores of the working tree as the committed figures.

Runs ../shared/eval/score_dev.sh --json and writes the entity and relation F1 of each set into
tests/Cartograph.Tests/Quality/committed-scores.json (the quality gate's floor) and the README's quality table,
which a test keeps equal to that file. Run it after a change that moves the scores, then commit both files.
"""
import json
import pathlib
import re
import subprocess
import sys

root = pathlib.Path(__file__).resolve().parents[2]
scorer = root.parent / "shared" / "eval" / "score_dev.sh"
if not scorer.exists():
    sys.exit(f"record_scores: {scorer} is missing: the scorer and the gold live in ../shared")
out = subprocess.run(["bash", str(scorer), "--json"], cwd=root, check=True, capture_output=True, text=True).stdout
scores = {}
for line in out.splitlines():
    if line.strip():
        d = json.loads(line)
        scores[d["set"]] = (d["score"]["entities"]["all"]["f1"], d["score"]["relations"]["all"]["f1"])

committed = root / "tests" / "Cartograph.Tests" / "Quality" / "committed-scores.json"
data = json.loads(committed.read_text())
for name, (entity, relation) in scores.items():
    data["sets"][name] = {"entity": entity, "relation": relation}
committed.write_text(json.dumps(data, indent=2) + "\n")

readme = root / "README.md"
text = readme.read_text()
rows = {"seeds": "`seeds/`", "dev2/podcasts": "podcasts", "dev2/newsletters": "newsletters", "dev2/abstracts": "arXiv abstracts"}
for name, start in rows.items():
    entity, relation = scores[name]
    text, n = re.subn(r"^(\| " + re.escape(start) + r"[^|]*\|[^|]*\|) [0-9.]+ \| [0-9.]+ \|$",
                      lambda m: f"{m.group(1)} {entity:.3f} | {relation:.3f} |", text, flags=re.M)
    if n != 1:
        sys.exit(f"record_scores: the README's quality table has no single row for {name}")
readme.write_text(text)
for name, (entity, relation) in scores.items():
    print(f"{name}: entity F1 {entity:.3f}  relation F1 {relation:.3f}")
