#!/usr/bin/env python3
"""What perfect repairs of a clustering would be worth (docs/benchmarks.md, issue 3).

Reads the assignments written by `parallax eval clustering FILE --assignments OUT.tsv` and prints
B-cubed precision, recall and F1 as they are, with every mixed story split by its gold labels (an
oracle split), and with every pure story of one gold event merged with the others of that event
(an oracle merge).

usage: python3 parallax-bench/scripts/oracle_repairs.py OUT.tsv
"""
import collections
import csv
import sys


def bcubed(pairs):
    predicted = collections.defaultdict(set)
    gold = collections.defaultdict(set)
    for i, (g, p) in enumerate(pairs):
        predicted[p].add(i)
        gold[g].add(i)
    precision = recall = 0.0
    for i, (g, p) in enumerate(pairs):
        shared = len(predicted[p] & gold[g])
        precision += shared / len(predicted[p])
        recall += shared / len(gold[g])
    precision /= len(pairs)
    recall /= len(pairs)
    return precision, recall, 2 * precision * recall / (precision + recall)


def main(path):
    with open(path, encoding="utf-8") as f:
        rows = [(r["gold"], r["story"]) for r in csv.DictReader(f, delimiter="\t")]
    labels = collections.defaultdict(set)
    for g, p in rows:
        labels[p].add(g)
    mixed = {p for p, gs in labels.items() if len(gs) > 1}
    variants = {
        "as clustered": rows,
        f"oracle split of the {len(mixed)} mixed stories": [
            (g, p + "|" + g if p in mixed else p) for g, p in rows
        ],
        "oracle merge of pure fragments": [
            (g, "gold:" + g if p not in mixed else p) for g, p in rows
        ],
    }
    for name, pairs in variants.items():
        p, r, f1 = bcubed(pairs)
        print(f"{name:45s} B-cubed P {p:.4f}  R {r:.4f}  F1 {f1:.4f}")


if __name__ == "__main__":
    main(sys.argv[1])
