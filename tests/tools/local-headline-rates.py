#!/usr/bin/env python3
"""Rates of tests/ReportCorpus.Tests/Specs/local-headline.tsv (issue 16's acceptance measures, on the local reports):
headline targets the parser finds as Headline targets with their figure, and verdicts that agree with the hand.
The table's last column says "ok" or what the tool does instead; LocalHeadlineTests keeps it true.

    python3 tests/tools/local-headline-rates.py
"""
import os, sys

path = os.path.join(os.path.dirname(__file__), "..", "ReportCorpus.Tests", "Specs", "local-headline.tsv")
rows = [l.rstrip("\n").split("\t") for l in open(path, encoding="utf-8") if not l.startswith("#") and not l.startswith("file\t")]
targets = [r for r in rows if r[4] != "-"]
found = [r for r in targets if not r[-1].startswith(("found as", "the figure is found", "no target", "a headline target with this figure quotes"))]
agree = [r for r in targets if r[-1] == "ok"]
print(f"reports: {len(set(r[0] for r in rows))}; headline targets coded: {len(targets)}")
print(f"found as Headline targets with their figure: {len(found)} ({100 * len(found) / len(targets):.1f}%)")
print(f"verdict agrees with the hand: {len(agree)} ({100 * len(agree) / len(targets):.1f}%)")
