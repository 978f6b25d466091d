#!/usr/bin/env python3
"""Verdict samples of docs/precision.md: the checks of one verdict drawn from the main job's JSON export, with the
target's and the actual's sentences, for a reader to judge against the texts.

    dotnet run --project consumer-sample -- --json corpus.json
    python3 tests/tools/precision-verdict-sample.py corpus.json missed all 2026 > missed.json
    python3 tests/tools/precision-verdict-sample.py corpus.json no-actual 40 2026 > no-actual.json

COUNT is a number or "all"; the same export, verdict, count and seed give the same sample.
"""
import json
import random
import sys


def main():
    export = json.load(open(sys.argv[1], encoding="utf-8"))
    verdict, count = sys.argv[2], sys.argv[3]
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 2026)
    reports = {r["id"]: r for r in export["reports"]}
    checks = [c for c in export["checks"] if c["verdict"] == verdict]
    if count != "all":
        checks = rng.sample(checks, min(int(count), len(checks)))
    items = []
    for i, c in enumerate(checks, 1):
        t, a = c["target"], c.get("actual")
        items.append({
            "item": f"{verdict[0].upper()}{i}",
            "report": c["report"],
            "file": reports[c["report"]].get("source"),
            "next": c.get("nextReport"),
            "next_file": reports[c["nextReport"]].get("source") if c.get("nextReport") in reports else None,
            "kind": t["kind"],
            "indicator": t["indicator"],
            "canonical": t["canonical"],
            "target": t,
            "actual": a,
            "verdict": c["verdict"],
            "basis": c["basis"],
            "statement": c.get("statement"),
        })
    json.dump(items, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
