#!/usr/bin/env python3
"""Where the actors of the labelled rankings' top 10s come from, by label.

Reads the output of the quality tests run with -Dmaillage.quality.rows=true (RANKING and RANKED rows, printed by
LabelledRanking) and prints, for stated needs and for text alone, how many core (C), relevant (R), labelled-irrelevant
(I) and unlabelled (U) actors of the top 10s came with each kind of evidence for the needs (! where it is exactly what
a need asks for; ? where it is a hint that meets no need, such as one word of a description), or with none; then the
same by band of words
in common with the problem (text relevance, relative to the best candidate's). A kind of evidence that
brings many I and U and few C and R is where a rule may be looked for (docs/matchmaking-scenarios.md, "Reading the
rankings' rows"). Variants of a set (threshold, thesaurus, held-out runs) are left out.

    python3 backend/src/test/scripts/quality_rows.py LOG [--top N]
"""
import collections
import re
import sys

LEFT_OUT = re.compile(r"held|threshold|thesaurus")
BANDS = [(0.0, 0.1), (0.1, 0.2), (0.2, 0.3), (0.3, 0.5), (0.5, 0.7), (0.7, 1.01)]


def rows(path, top):
    """The top actors of every ranking: (mode, the kinds of evidence it came with, text relevance, label)."""
    for line in open(path, encoding="utf-8"):
        if not line.startswith("RANKED\t"):
            continue
        # the words in common the text relevance quotes come after the evidence (rows printed since 2026-12-07, evening)
        _, name, _owner, rank, _key, label, _score, _coverage, text, met = line.rstrip("\n").split("\t")[:10]
        if LEFT_OUT.search(name) or int(rank) > top:
            continue
        mode = "text alone" if "text only" in name else "stated needs"
        # the kinds of evidence, one need's after another: « KNOW_HOW>DESCRIPTION@NAME=… »
        kinds = sorted({re.sub(r"@\w+", "", piece.split("=")[0].split(">")[1]) for piece in met.split(";") if piece})
        yield mode, "+".join(kinds) if kinds else "no evidence", float(text), label


def table(title, counts, by_key=False):
    print(title)
    print("  %-60s %5s %5s %5s %5s" % ("", "C", "R", "I", "U"))
    order = (lambda item: item[0]) if by_key else (lambda item: -sum(item[1].values()))
    for key, labels in sorted(counts.items(), key=order):
        print("  %-60s %5d %5d %5d %5d" % (key, labels["C"], labels["R"], labels["I"], labels["U"]))


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    top = int(sys.argv[sys.argv.index("--top") + 1]) if "--top" in sys.argv else 10
    read = list(rows(sys.argv[1], top))
    if not read:
        sys.exit("no RANKED rows: run the quality tests with -Dmaillage.quality.rows=true")
    for mode in ("stated needs", "text alone"):
        by_kind = collections.defaultdict(collections.Counter)
        by_band = collections.defaultdict(collections.Counter)
        for row_mode, kinds, text, label in read:
            if row_mode != mode:
                continue
            by_kind[kinds][label] += 1
            band = next("%.1f–%.1f" % band for band in BANDS if band[0] <= text < band[1])
            by_band[("with evidence" if kinds != "no evidence" else "without") + ", words " + band][label] += 1
        table("%s: the top %d's actors by the evidence they came with" % (mode, top), by_kind)
        table("%s: by words in common" % mode, by_band, by_key=True)


if __name__ == "__main__":
    main()
