#!/usr/bin/env python3
"""Does a split cut on story-local terms tell mixed stories from pure ones? (ECB+, issue 3)

For every predicted story of at least 6 articles (`eval clustering --assignments` output), its
first 16 articles in stream order are cut in two by batch average link over story-local terms
only: terms in at least 2 and at most 60% of those articles (what the story's articles share
everywhere, the kind of event, and what one article alone says are left out). Printed per story:
the share of its minority gold event, whether the cut matches the gold events exactly, and the
halves' mean cosine over story-local and over all words, and whether each half has a name of its
own (a capitalised word never written lower-case in the corpus, named by at least two thirds and
at least two of that half's articles and by none of the other half's). A split decision works if
the mixed stories' halves fall clearly below the pure stories' halves, or if only mixed stories
have names of their own on both sides.

usage: python3 parallax-bench/scripts/local_cut.py ECBPLUS.jsonl ASSIGNMENTS.tsv
"""
import collections
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from split_signals import (  # noqa: E402
    CALENDAR,
    STOP,
    average_link_halves,
    cosine,
    term_counts,
    tokens,
    unit_tfidf,
)

FIRST = 16
MIN_STORY = 6


def main(path, assignments_path):
    rows = {}
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        rows[r["id"]] = r
    df = collections.Counter()
    for r in rows.values():
        df.update({w.lower() for w in tokens(r, 10**9)})
    n = len(rows)
    counts = {i: term_counts(r, False) for i, r in rows.items()}
    lower = {w for r in rows.values() for w in re.findall(r"\w+", r["text"]) if w[0].islower()}

    def names(row):
        return {
            w
            for w in tokens(row, 10**9)
            if w[0].isupper() and not w.isupper() and len(w) > 2
            and w.lower() not in STOP and w.lower() not in CALENDAR and w.lower() not in lower
        }

    named = {i: names(r) for i, r in rows.items()}
    stories = collections.defaultdict(list)
    with open(assignments_path, encoding="utf-8") as f:
        next(f)
        for line in f:
            article, _, story = line.rstrip("\n").split("\t")
            stories[story].append(article)

    def vector(article, keep):
        tf = {w: c for w, c in counts[article].items() if keep is None or w in keep}
        return unit_tfidf(tf, df, n)

    results = []
    for story, members in stories.items():
        members = members[:FIRST]
        if len(members) < MIN_STORY:
            continue
        story_df = collections.Counter()
        for a in members:
            story_df.update(counts[a].keys())
        keep = {w for w, c in story_df.items() if 2 <= c <= 0.6 * len(members)}
        local = [vector(a, keep) for a in members]
        full = [vector(a, None) for a in members]
        halves, _ = average_link_halves(local)

        def between(vectors):
            a, b = halves
            return sum(cosine(vectors[i], vectors[j]) for i in a for j in b) / (len(a) * len(b))

        def own_names(half, other):
            seen = collections.Counter(w for i in half for w in named[members[i]])
            return any(
                c >= max(2, 2 * len(half) / 3) and not any(w in named[members[j]] for j in other)
                for w, c in seen.items()
            )

        both_own = own_names(halves[0], halves[1]) and own_names(halves[1], halves[0])
        events = collections.Counter(rows[a]["event"] for a in members)
        minority = 1 - max(events.values()) / len(members)
        exact = len(events) == 2 and all(len({rows[members[i]]["event"] for i in h}) == 1 for h in halves)
        results.append((minority, exact, between(local), between(full), story, both_own))
    print("minority share, cut = gold, halves' mean cosine over local terms / all words, own names, story")
    for minority, exact, local_cos, full_cos, story, own in sorted(results, key=lambda r: r[3]):
        print(f"{minority:.2f} {'gold-cut' if exact else '        '} {local_cos:.3f} {full_cos:.3f}"
              f" {'own-names' if own else '         '} {story}")
    print(f"cut = gold: {sum(r[1] for r in results)} stories")
    for label, chosen in (
        ("mixed stories (minority >= 20%)", [r for r in results if r[0] >= 0.2]),
        ("pure stories", [r for r in results if r[0] == 0]),
    ):
        local_cos = [r[2] for r in chosen]
        full_cos = [r[3] for r in chosen]
        print(f"{label}: {len(chosen)}, halves' mean cosine over local terms "
              f"{min(local_cos):.2f}-{max(local_cos):.2f}, over all words {min(full_cos):.2f}-{max(full_cos):.2f}, "
              f"own names on both sides {sum(r[5] for r in chosen)}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
