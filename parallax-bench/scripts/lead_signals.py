#!/usr/bin/env python3
"""Lead-sentence signals from the article analysis, checked as join evidence on ECB+ (issue 3).

For every pair of articles within a gold topic (two same-kind events), four signals are read from
the first two sentences (the lead) of each article's analysis:

- person conflict: each lead names a person (entity type PERSON, by surname) that the other
  article's whole text never names;
- number conflict: each lead holds a count, ordinal, amount, age, measure or share that the other
  article never states;
- age conflict: both name ages and none is shared;
- shared lead persons: a person named in both leads.

Printed: the AUC (same event against different events) of the TF-IDF cosine alone and with each
signal as a penalty or bonus; how often each signal fires on same-event and different-event pairs
by cosine band; and, given `eval clustering --assignments` output, how many joins into a mixed
story that went to the wrong event carry a person conflict with every one of the story's 8 most
recent members (the case a veto could stop), and how many of the joins that first mixed a pure
story (the first article of another event to join it, the join a veto must stop) carry one.

The analysis file is AnalysisDump's `.all` output (docs/benchmarks.md, "Comparing the sources").

usage: python3 parallax-bench/scripts/lead_signals.py ECBPLUS.jsonl ANALYSIS.all [ASSIGNMENTS.tsv]
"""
import collections
import itertools
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from split_signals import auc, cosine, term_counts, tokens, unit_tfidf  # noqa: E402

NUMBER_KINDS = {"COUNT", "ORDINAL", "MONEY", "AGE", "MEASURE", "PERCENT"}
LEAD_SENTENCES = 2
BANDS = ((0, 0.1), (0.1, 0.2), (0.2, 0.3), (0.3, 0.4), (0.4, 1.01))


def features(row, analysis):
    sentences = analysis["sentences"]
    lead_end = sentences[min(LEAD_SENTENCES, len(sentences)) - 1]["end"] if sentences else 0
    claims = analysis["claims"]

    def number(c):
        return c["kind"], c["unit"], c["low"], c["high"]

    return {
        "words": set(re.findall(r"\w+", row["text"].lower())),
        "persons": {
            e["text"].split()[-1].lower()
            for e in analysis["entities"]
            if e["start"] < lead_end and e["type"] == "PERSON"
        },
        "lead_numbers": {number(c) for c in claims if c["start"] < lead_end and c["kind"] in NUMBER_KINDS},
        "numbers": {number(c) for c in claims},
        "ages": {c["low"] for c in claims if c["kind"] == "AGE"},
    }


def unnamed(persons, words):
    return sum(1 for p in persons if not all(t in words for t in re.findall(r"\w+", p)))


def person_conflict(a, b):
    return min(unnamed(a["persons"], b["words"]), unnamed(b["persons"], a["words"]))


def signals(a, b):
    return {
        "person conflict": person_conflict(a, b),
        "number conflict": min(len(a["lead_numbers"] - b["numbers"]), len(b["lead_numbers"] - a["numbers"])),
        "age conflict": int(bool(a["ages"] and b["ages"] and not a["ages"] & b["ages"])),
        "shared lead persons": len(a["persons"] & b["persons"]),
    }


def main(path, analysis_path, assignments_path):
    # stream order, as eval clustering reads it: published (articles without a date first), then id
    rows = sorted(
        (json.loads(line) for line in open(path, encoding="utf-8")),
        key=lambda r: (r.get("published") is not None, r.get("published") or "", r["id"]),
    )
    analyses = {}
    for line in open(analysis_path, encoding="utf-8"):
        key, value = line.split("\t", 1)
        analyses[key] = json.loads(value)
    df = collections.Counter()
    for r in rows:
        df.update({w.lower() for w in tokens(r, 10**9)})
    vectors = [unit_tfidf(term_counts(r, False), df, len(rows)) for r in rows]
    feats = [features(r, analyses[r["id"]]) for r in rows]
    by_topic = collections.defaultdict(list)
    for i, r in enumerate(rows):
        by_topic[r["topic"]].append(i)
    pairs = [
        (rows[i]["event"] == rows[j]["event"], cosine(vectors[i], vectors[j]), signals(feats[i], feats[j]))
        for idx in by_topic.values()
        for i, j in itertools.combinations(idx, 2)
    ]
    print(f"within-topic pairs {len(pairs)}, same event {sum(p[0] for p in pairs)}")
    print(f"AUC, cosine alone {auc(pairs, lambda p: p[1]):.4f}")
    for name in pairs[0][2]:
        sign = 1 if name.startswith("shared") else -1
        scores = " ".join(
            f"{weight}: {auc(pairs, lambda p: p[1] + sign * weight * min(p[2][name], 3)):.4f}"
            for weight in (0.02, 0.05, 0.1)
        )
        print(f"AUC, cosine {'+' if sign > 0 else '-'} weight x {name} (at most 3)  {scores}")
    print("how often each signal fires, by cosine band (same-event pairs | different-event pairs)")
    for low, high in BANDS:
        same = [p for p in pairs if p[0] and low <= p[1] < high]
        diff = [p for p in pairs if not p[0] and low <= p[1] < high]

        def rate(group, name):
            return sum(1 for p in group if p[2][name] > 0) / max(1, len(group))

        cells = " ".join(f"{name} {rate(same, name):.3f}|{rate(diff, name):.3f}" for name in pairs[0][2])
        print(f"  {low:.1f}-{min(high, 1):.1f} n={len(same)}|{len(diff)}  {cells}")
    if assignments_path:
        veto_check(rows, feats, assignments_path)


def veto_check(rows, feats, assignments_path):
    position = {r["id"]: i for i, r in enumerate(rows)}
    stories = collections.defaultdict(list)
    with open(assignments_path, encoding="utf-8") as f:
        next(f)
        for line in f:
            article, _, story = line.rstrip("\n").split("\t")
            stories[story].append(position[article])
    counts = collections.Counter()
    first_mixing = collections.Counter()
    for members in stories.values():
        members.sort()
        mixed = len({rows[i]["event"] for i in members}) > 1
        for k in range(1, len(members)):
            i, recent = members[k], members[max(0, k - 8):k]
            majority = collections.Counter(rows[j]["event"] for j in recent).most_common(1)[0][0]
            vetoed = all(person_conflict(feats[i], feats[j]) > 0 for j in recent)
            counts[(mixed, rows[i]["event"] == majority, vetoed)] += 1
            earlier = {rows[j]["event"] for j in members[:k]}
            if len(earlier) == 1 and rows[i]["event"] not in earlier:
                first_mixing[vetoed] += 1
    for mixed, right in ((True, False), (True, True), (False, True)):
        total = counts[(mixed, right, True)] + counts[(mixed, right, False)]
        kind = ("mixed" if mixed else "pure") + " stories, " + ("right" if right else "wrong") + " event"
        print(f"joins into {kind}: {total}, with a person conflict against every recent member: "
              f"{counts[(mixed, right, True)]}")
    print(f"joins that first mix a pure story (another event joins it): "
          f"{first_mixing[True] + first_mixing[False]}, with a person conflict against every "
          f"recent member: {first_mixing[True]}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None)
