#!/usr/bin/env python3
"""Top-1 / top-5 accuracy of Hunspell's suggestions on misspelling<TAB>correction files (with a header row),
scored like `galley eval spelling`: rows whose misspelling Hunspell accepts as a word are counted apart.
usage: hunspell_spelling.py FILE.tsv...   (needs `hunspell` and the en_US dictionary)"""
import subprocess, sys

def suggestions(words):
    """Runs one `hunspell -d en_US -a` over all words; returns {word: [suggestions]} or None when accepted."""
    proc = subprocess.run(['hunspell', '-d', 'en_US', '-a'], input='\n'.join('^' + w for w in words) + '\n',
                          capture_output=True, text=True, check=True)
    results, lines = {}, [l for l in proc.stdout.split('\n')[1:]]
    i = 0
    for w in words:
        while i < len(lines) and lines[i] == '':   # blank line ends each input line's results
            i += 1
        line = lines[i] if i < len(lines) else ''
        i += 1
        if line.startswith('&'):
            results[w] = [s.strip() for s in line.split(':', 1)[1].split(',')]
        elif line.startswith('#'):
            results[w] = []
        else:
            results[w] = None   # '*', '+', '-': accepted
    return results

for path in sys.argv[1:]:
    rows = [l.rstrip('\n').split('\t') for l in open(path, encoding='utf-8').readlines()[1:]]
    rows = [(r[0].strip(), r[1].strip()) for r in rows if len(r) >= 2 and r[0].strip()]
    found = suggestions([w for w, _ in rows])
    scored = [(w, right, found[w]) for w, right in rows if found[w] is not None]
    top1 = sum(1 for w, right, s in scored if s[:1] and s[0].lower() == right.lower())
    top5 = sum(1 for w, right, s in scored if right.lower() in (x.lower() for x in s[:5]))
    n = len(scored)
    pct = lambda k: f'{100.0 * k / n:.1f}% ({k}/{n})' if n else 'n/a'
    print(f'{path.split("/")[-1]}: {len(rows)} pairs; {n} non-words, {len(rows) - n} real words (not scored)')
    print(f'  hunspell top-1 {pct(top1)}  top-5 {pct(top5)}')
