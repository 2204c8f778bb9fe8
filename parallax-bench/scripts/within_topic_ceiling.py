#!/usr/bin/env python3
"""Ceiling check for story clustering on ECB+ (docs/benchmarks.md, issue 3).

Within each gold topic (two same-kind events), cluster the topic's articles into exactly two
groups by batch average link and score B-cubed over the whole corpus. The gold topic and the
number of groups are given (an oracle), so the figure bounds what a similarity can do at
separating two events of one kind. Variants: TF-IDF over all words; 0.6 TF-IDF + 0.4 TF-IDF over
capitalised words; the same with +0.05 when two articles name a common year and -0.2 when both
name years and none is shared.

usage: python3 parallax-bench/scripts/within_topic_ceiling.py ../shared/data/ecbplus/ecbplus.jsonl
"""
import collections
import json
import math
import re
import sys

STOP = set(
    "the a an of to in and or for on at by with from as is was were be been are it its that this"
    " he she they his her their said says will would has have had not but who which".split()
)
YEAR = re.compile(r"\b(19[5-9]\d|20[0-2]\d)\b")


def words(text):
    return [w.lower() for w in re.findall(r"\w+", text)]


def capitalised(text):
    out = []
    for sentence in re.split(r'(?<=[.!?"])\s+|\n', text):
        ws = re.findall(r"\w+", sentence)
        out += [w.lower() for i, w in enumerate(ws) if i > 0 and w[0].isupper() and w.lower() not in STOP]
    return out


def tfidf(docs):
    df = collections.Counter()
    for d in docs:
        df.update(d.keys())
    n = len(docs)
    vectors = []
    for d in docs:
        v = {w: (1 + math.log(c)) * math.log(n / df[w]) for w, c in d.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1
        vectors.append({w: x / norm for w, x in v.items()})
    return vectors


def cosine(a, b):
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(w, 0) for w, x in a.items())


def bcubed(pred, gold):
    by_pred, by_gold = collections.defaultdict(set), collections.defaultdict(set)
    for i, (p, g) in enumerate(zip(pred, gold)):
        by_pred[p].add(i)
        by_gold[g].add(i)
    p = sum(len(by_pred[pred[i]] & by_gold[gold[i]]) / len(by_pred[pred[i]]) for i in range(len(pred)))
    r = sum(len(by_pred[pred[i]] & by_gold[gold[i]]) / len(by_gold[gold[i]]) for i in range(len(pred)))
    p, r = p / len(pred), r / len(pred)
    return p, r, 2 * p * r / (p + r)


def two_groups(similarity, n):
    clusters = [[i] for i in range(n)]
    while len(clusters) > 2:
        best = None
        for a in range(len(clusters)):
            for b in range(a + 1, len(clusters)):
                pairs = [similarity(i, j) for i in clusters[a] for j in clusters[b]]
                link = sum(pairs) / len(pairs)
                if best is None or link > best[0]:
                    best = (link, a, b)
        _, a, b = best
        clusters[a] += clusters.pop(b)
    return clusters


def main(path):
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    texts = [r["title"] + "\n" + r["text"] for r in rows]
    full = tfidf([collections.Counter(w for w in words(t) if w not in STOP) for t in texts])
    names = tfidf([collections.Counter(capitalised(t)) for t in texts])
    years = [set(YEAR.findall(t)) for t in texts]
    gold = [r["event"] for r in rows]
    by_topic = collections.defaultdict(list)
    for i, r in enumerate(rows):
        by_topic[r["topic"]].append(i)

    def mixed(i, j):
        return 0.6 * cosine(full[i], full[j]) + 0.4 * cosine(names[i], names[j])

    def with_years(i, j):
        s = mixed(i, j)
        if years[i] and years[j]:
            s += 0.05 if years[i] & years[j] else -0.2
        return s

    variants = [("tf-idf", lambda i, j: cosine(full[i], full[j])), ("+ capitalised", mixed), ("+ years", with_years)]
    for label, sim in variants:
        pred = [None] * len(rows)
        for topic, items in by_topic.items():
            for k, group in enumerate(two_groups(lambda a, b: sim(items[a], items[b]), len(items))):
                for a in group:
                    pred[items[a]] = f"{topic}/{k}"
        print("%-14s B-cubed P %.3f R %.3f F1 %.3f" % ((label,) + bcubed(pred, gold)))


if __name__ == "__main__":
    main(sys.argv[1])
