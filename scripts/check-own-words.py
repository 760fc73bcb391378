#!/usr/bin/env python3
"""Quick own-words check for curators: lists content files sharing a 12-word run with a source text.
The authoritative check is the unit test tests/unit/own-words.test.ts; this is the same rule in Python.
Usage: python3 scripts/check-own-words.py [seeds_dir] [content_dir]"""
import sys, re, glob, unicodedata
seeds = sys.argv[1] if len(sys.argv) > 1 else '../shared/seeds'
content = sys.argv[2] if len(sys.argv) > 2 else 'content'
# URLs are facts that carry over unchanged, so they are left out of the comparison.
URL = re.compile(r"https?://\S+")
def words(s): return re.findall(r"[a-z0-9à-ÿ]+", URL.sub(" ", unicodedata.normalize('NFKC', s)).lower())
grams = {}
for f in glob.glob(seeds + '/*.txt'):
    w = words(open(f, encoding='utf-8').read())
    for i in range(len(w) - 11): grams[' '.join(w[i:i+12])] = f
bad = 0
for f in sorted(glob.glob(content + '/**/*.md', recursive=True)):
    w = words(open(f, encoding='utf-8').read())
    hits = [' '.join(w[i:i+12]) for i in range(len(w) - 11) if ' '.join(w[i:i+12]) in grams]
    if hits:
        bad += 1
        print(f"{f}: {len(hits)} twelve-word runs match a source, e.g. “{hits[0]}”")
print('own words: OK' if not bad else f'own words: {bad} file(s) to rewrite')
sys.exit(1 if bad else 0)
