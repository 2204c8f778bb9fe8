#!/usr/bin/env python3
"""Two checks of split and join signals for story clustering on ECB+ (docs/benchmarks.md, issue 3).

1. Split decision. Each gold topic (two same-kind events mixed) and each gold event (one event)
   is cut in two by batch average link over its first 12 articles, as a young story would be, and
   the two halves' mean cosine is printed, over all words and over capitalised words and numbers
   only. A split test works if mixed topics fall clearly below single events. The topics that
   Parallax still mixes are listed with their values.
2. Name conflict on joins. Over all pairs of articles within a topic, the AUC (same event against
   different events) of the cosine alone and of the cosine minus a penalty per rare name in one
   article's lead (first 60 words) that the other article never names, counted on both sides.

usage: python3 parallax-bench/scripts/split_signals.py ../shared/data/ecbplus/ecbplus.jsonl [TOPIC,...]
"""
import collections
import itertools
import json
import math
import re
import sys

STOP = set(
    "the a an and or of to in on for at by with from as is was were be been has have had he she it"
    " they his her their its this that said says will would not but after before over into than"
    " more who which what when where there about up out also new one two three i we you our your"
    " my me him them us are do did does can could may might should just so if no all any some then"
    " now".split()
)
CALENDAR = set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may"
    " june july august september october november december gmt est edt pst am pm".split()
)


def tokens(row, limit):
    return re.findall(r"\w+", row["title"] + "\n" + row["text"])[:limit]


def term_counts(row, names_only):
    tf = collections.Counter()
    for i, w in enumerate(tokens(row, 400)):
        lw = w.lower()
        if lw in STOP or len(lw) < 2:
            continue
        if names_only and not (w[0].isupper() or w[0].isdigit()):
            continue
        tf[lw] += 3 if i < 60 else 1
    return tf


def unit_tfidf(tf, df, n):
    v = {w: (1 + math.log(c)) * (math.log((n + 1) / (df[w] + 1)) + 1) for w, c in tf.items()}
    norm = math.sqrt(sum(x * x for x in v.values())) or 1
    return {w: x / norm for w, x in v.items()}


def cosine(a, b):
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(w, 0) for w, x in a.items())


def average_link_halves(vectors):
    """The two clusters (lists of indexes) of a batch average-link cut of vectors into two, and
    the link function (mean cosine between two clusters)."""
    n = len(vectors)
    sim = [[cosine(vectors[i], vectors[j]) for j in range(n)] for i in range(n)]

    def link(a, b):
        return sum(sim[i][j] for i in a for j in b) / (len(a) * len(b))

    clusters = [[i] for i in range(n)]
    while len(clusters) > 2:
        _, x, y = max(
            (link(clusters[x], clusters[y]), x, y)
            for x in range(len(clusters))
            for y in range(x + 1, len(clusters))
        )
        clusters[x] = clusters[x] + clusters.pop(y)
    return clusters, link


def halves_cosine(vectors):
    """Mean cosine between the two halves of an average-link cut into two."""
    clusters, link = average_link_halves(vectors)
    return link(clusters[0], clusters[1])


def auc(pairs, score):
    ranked = sorted((score(p), p[0]) for p in pairs)
    pos = sum(1 for _, same in ranked if same)
    neg = len(ranked) - pos
    rank_sum = sum(k for k, (_, same) in enumerate(ranked) if same)
    return (rank_sum - pos * (pos - 1) / 2) / (pos * neg)


def main(path, mixed):
    rows = sorted((json.loads(line) for line in open(path, encoding="utf-8")), key=lambda r: r["id"])
    df = collections.Counter()
    for r in rows:
        df.update({w.lower() for w in tokens(r, 10**9)})
    n = len(rows)
    for names_only in (False, True):
        vectors = [unit_tfidf(term_counts(r, names_only), df, n) for r in rows]
        topics = collections.defaultdict(list)
        events = collections.defaultdict(list)
        for r, v in zip(rows, vectors):
            topics[r["topic"]].append(v)
            events[r["event"]].append(v)
        t = {k: halves_cosine(v[:12]) for k, v in topics.items()}
        e = sorted(halves_cosine(v[:12]) for v in events.values())
        label = "capitalised words and numbers" if names_only else "all words"
        print(f"split test over {label}: halves' mean cosine")
        print("  mixed topics  ", " ".join(f"{x:.2f}" for x in sorted(t.values())))
        print("  single events ", " ".join(f"{x:.2f}" for x in e))
        below = sum(1 for x in t.values() if x < e[0])
        print(f"  topics below every single event: {below}/{len(t)}")
        if mixed:
            print("  still-mixed topics:", " ".join(f"{k}:{t[k]:.2f}" for k in mixed if k in t))

    vectors = [unit_tfidf(term_counts(r, False), df, n) for r in rows]

    def rare_lead_names(r):
        return {
            w.lower()
            for w in tokens(r, 60)
            if w[0].isupper() and len(w) > 2 and w.lower() not in STOP
            and w.lower() not in CALENDAR and df[w.lower()] <= 20
        }

    lead = [rare_lead_names(r) for r in rows]
    every = [{w.lower() for w in tokens(r, 400) if w[0].isupper() and len(w) > 2} for r in rows]
    by_topic = collections.defaultdict(list)
    for i, r in enumerate(rows):
        by_topic[r["topic"]].append(i)
    pairs = []
    for idx in by_topic.values():
        for i, j in itertools.combinations(idx, 2):
            conflict = min(len(lead[i] - every[j]), len(lead[j] - every[i]))
            pairs.append((rows[i]["event"] == rows[j]["event"], cosine(vectors[i], vectors[j]), conflict))
    print("name conflict on within-topic pairs: AUC same vs different event")
    print(f"  cosine alone {auc(pairs, lambda p: p[1]):.4f}")
    for penalty in (0.02, 0.05, 0.1):
        score = auc(pairs, lambda p: p[1] - penalty * min(p[2], 3))
        print(f"  cosine - {penalty} x conflicting names (at most 3) {score:.4f}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2].split(",") if len(sys.argv) > 2 else [])
