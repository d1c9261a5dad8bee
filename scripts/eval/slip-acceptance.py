#!/usr/bin/env python3
"""Recall guard for the word list: the share of random one-letter slips of common words (a letter left out, added,
changed, or two swapped) that the word list accepts as words, so that a checker would let them pass. A larger
vocabulary lowers false flags but raises this share; compare before and after a change to the word data.

usage: scripts/eval/slip-acceptance.py [WORDS.txt | REV:data/words.txt]...   (default: data/words.txt)
  REV:PATH reads the file at a git revision, e.g. HEAD~3:data/words.txt. Deterministic (fixed seed)."""
import random, subprocess, sys
from pathlib import Path

repo = Path(__file__).resolve().parents[2]
SLIPS, COMMON = 20000, 1000   # slips drawn; SUBTLEX count from which a word is common

def words(spec):
    text = subprocess.run(["git", "-C", str(repo), "show", spec], capture_output=True, text=True, check=True).stdout \
        if ":" in spec and not Path(spec).exists() else Path(spec).read_text(encoding="utf-8")
    return {line.split("\t")[0].strip() for line in text.splitlines() if line and not line.startswith("#")}

def slips(common):
    rng, letters = random.Random(7), "abcdefghijklmnopqrstuvwxyz"
    for _ in range(SLIPS):
        w = rng.choice(common); i = rng.randrange(len(w)); kind = rng.randrange(4)
        if kind == 0: s = w[:i] + w[i + 1:]
        elif kind == 1: s = w[:i] + rng.choice(letters) + w[i:]
        elif kind == 2: s = w[:i] + rng.choice(letters) + w[i + 1:]
        else: s = w[:i] + w[i + 1] + w[i] + w[i + 2:] if i < len(w) - 1 else w
        if s != w: yield s

specs = sys.argv[1:] or [str(repo / "data" / "words.txt")]
lists = [words(s) for s in specs]
counts = [line.rstrip("\n").split("\t") for line in open(repo / "data" / "frequencies.txt", encoding="utf-8")]
common = sorted(w for w, c in counts if int(c) >= COMMON and w.isalpha() and len(w) >= 4 and all(w in l for l in lists))
drawn = list(slips(common))
for spec, accepted in zip(specs, lists):
    n = sum(s in accepted for s in drawn)
    print(f"{spec}: {100.0 * n / len(drawn):.2f}% of {len(drawn):,} one-letter slips of {len(common):,} common words are words")
