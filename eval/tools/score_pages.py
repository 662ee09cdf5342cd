#!/usr/bin/env python3
"""Scores `extract` on web pages against stand-off gold (id, date, title):
publication date right (same day) among pages that state one, and title right (case, spacing,
quote and dash forms folded). Usage:
  ./entente extract DIR > out.jsonl; python3 eval/tools/score_pages.py eval/pages/scrapinghub-meta.tsv out.jsonl [-v]"""
import json, sys, unicodedata, re

def key(s):
    s = unicodedata.normalize('NFKD', s or '')
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r'[‘’`´]', "'", s); s = re.sub(r'[“”]', '"', s); s = re.sub(r'[–—]', '-', s)
    return re.sub(r'[\s.:;,!?]+$', '', re.sub(r'\s+', ' ', s).strip())

gold = {}
for line in open(sys.argv[1], encoding='utf-8'):
    c = line.rstrip('\n').split('\t')
    if c[0] == 'id' or line.startswith('#'): continue
    gold[c[0]] = (c[1], c[2])
got = {}
for line in open(sys.argv[2], encoding='utf-8'):
    d = json.loads(line); got[d['doc']] = d
verbose = '-v' in sys.argv
dated = dr = tr = n = missing = 0
for gid, (gd, gt) in gold.items():
    d = got.get(gid)
    if d is None: missing += 1; d = {}
    n += 1
    if gd != '-':
        dated += 1
        if d.get('published') == gd: dr += 1
        elif verbose: print(f'DATE  {gid[:8]} gold {gd} got {d.get("published")}')
    if key(d.get('title')) == key(gt): tr += 1
    elif verbose: print(f'TITLE {gid[:8]} gold {gt!r}\n               got {d.get("title")!r}')
print(f'pages {n} (missing {missing}); date right {dr}/{dated} = {dr/max(dated,1):.3f}; title right {tr}/{n} = {tr/max(n,1):.3f}')
