#!/usr/bin/env python3
"""Rates and 95% Wilson intervals of the hand audit in docs/precision.md.

    python3 tests/tools/precision-rates.py sample.tsv judged-1.tsv [judged-2.tsv …]

sample.tsv is precision-sample.py's output; each judged file has one line per item: item, genuine, name_clean,
figure_right, verdict_right, note.
"""
import csv
import math
import sys


def wilson(k, n, z=1.96):
    if n == 0:
        return (0.0, 0.0, 0.0)
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (p, max(0.0, c - h), min(1.0, c + h))


def line(label, k, n):
    if n == 0:
        return f"| {label} | 0 / 0 | — | — |"
    p, lo, hi = wilson(k, n)
    return f"| {label} | {k} / {n} | {p:.0%} | {lo:.0%}–{hi:.0%} |"


sample = {r[0]: r for r in csv.reader(open(sys.argv[1], encoding="utf-8"), delimiter="\t") if r and r[0] != "item"}
judged = {}
for path in sys.argv[2:]:
    for r in csv.reader(open(path, encoding="utf-8"), delimiter="\t"):
        if r and r[0] in sample:
            judged[r[0]] = r

targets = [i for i in judged if i.startswith("T")]
achievements = [i for i in judged if i.startswith("A")]
yes = lambda items, col: sum(1 for i in items if judged[i][col].strip().lower() == "yes")
print("| measure | yes / items | rate | 95% interval |")
print("| --- | --- | --- | --- |")
print(line("judged targets genuine", yes(targets, 1), len(targets)))
print(line("judged targets: name clean", yes(targets, 2), len(targets)))
print(line("judged targets: figure right", yes(targets, 3), len(targets)))
print(line("judged targets: all three right", sum(1 for i in targets if all(judged[i][c].strip().lower() == "yes" for c in (1, 2, 3))), len(targets)))
missed = [i for i in targets if sample[i][9] == "missed"]
print(line("`missed` verdicts right", yes(missed, 4), len(missed)))
met = [i for i in targets if sample[i][9] == "met"]
print(line("`met` verdicts right", yes(met, 4), len(met)))
no_actual = [i for i in targets if sample[i][9] == "no-actual"]
print(line("`no-actual` verdicts whose target is noise", sum(1 for i in no_actual if judged[i][1].strip().lower() == "no"), len(no_actual)))
print(line("`no-actual` verdicts right (truly dropped)", yes(no_actual, 4), len(no_actual)))
print(line("achievements genuine (kind right)", yes(achievements, 1), len(achievements)))
print(line("achievements: name clean", yes(achievements, 2), len(achievements)))
print(line("achievements: figure right", yes(achievements, 3), len(achievements)))
print(line("achievements: all three right", sum(1 for i in achievements if all(judged[i][c].strip().lower() == "yes" for c in (1, 2, 3))), len(achievements)))
