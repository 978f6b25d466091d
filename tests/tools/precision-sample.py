#!/usr/bin/env python3
"""The seeded random sample of docs/precision.md: judged targets and achievements drawn from the main job's JSON export.

    dotnet run --project consumer-sample -- --json corpus.json
    python3 tests/tools/precision-sample.py corpus.json [SEED] > sample.tsv

One row per item: a stable key (report, role, line, column), the fact as exported and, for a target, its verdict and
the actual it was judged against. The same export and seed give the same sample.
"""
import json
import random
import sys

TARGETS, ACHIEVEMENTS = 60, 40


def figure(f):
    parts = []
    if f.get("value") is not None:
        parts.append(f"{f['value']}{'-' + str(f['max']) if f.get('max') is not None else ''}{f.get('unit') or ''}")
    if f.get("growth") is not None:
        parts.append(f"{f['growth']:+}%")
    if f.get("relative"):
        r = f["relative"]
        parts.append(f"{r['difference']:+}{r['unit']} vs {r['against']}")
    if f.get("qualifier"):
        parts.append(f["qualifier"])
    return " ".join(parts)


def main():
    export = json.load(open(sys.argv[1], encoding="utf-8"))
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 2026
    rng = random.Random(seed)
    judged = [c for c in export["checks"] if c["verdict"] != "not-judged"]
    achievements = [(r["id"], a) for r in export["reports"] for a in r["achievements"]]
    print("\t".join(["item", "report", "role", "line", "column", "kind", "indicator", "canonical", "figure", "verdict", "basis", "next", "actual", "sentence"]))
    for i, c in enumerate(rng.sample(judged, min(TARGETS, len(judged))), 1):
        t, a = c["target"], c.get("actual")
        print("\t".join(map(str, [f"T{i}", c["report"], "target", t["line"], t["column"], t["kind"], t["indicator"], t["canonical"], figure(t),
                                  c["verdict"], c["basis"], c["nextReport"] or "", figure(a) if a else "", t["text"].replace("\t", " ").replace("\n", " ")])))
    for i, (rid, a) in enumerate(rng.sample(achievements, min(ACHIEVEMENTS, len(achievements))), 1):
        print("\t".join(map(str, [f"A{i}", rid, "achievement", a["line"], a["column"], a["kind"], a["indicator"], a["canonical"], figure(a),
                                  "", "", "", "", a["text"].replace("\t", " ").replace("\n", " ")])))


main()
