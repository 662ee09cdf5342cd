#!/usr/bin/env python3
"""Scores `events` output on the coded VOA stories of one split against eval/voa/events.tsv.
  ./entente events ../shared/corpus/voa/voa-stories.jsonl > ev.jsonl
  python3 eval/tools/score_voa.py ev.jsonl --split dev [-v]
Gold: events reported as done, root 01 left out. A found event matches a gold one in the same
sentence with the same root, source code and target code (none for none): precision, recall, F1.
Also by country (as score_plover.py compares): source and target compared by their principal (a
state's three letters, or the whole code of an international or transnational actor; a gold
source UNK, unnamed in the text, matches any). Lenient: same sentence and root only. Dates: of gold events with a date that a found event matches
leniently, how many carry the same date (same value at the gold's grain)."""
import json, os, sys
import voa_data
from collections import defaultdict


def main():
    args = sys.argv[1:]
    split, verbose, stories, texts, sents = voa_data.setup(args)
    gold = defaultdict(list)
    for c in voa_data.coded(stories):
        if c[12] != 'done' or c[2].startswith('01'): continue
        gold[(c[0], c[1])].append((c[2][:2], c[5], c[8] if c[8] != '-' else None, c[11]))
    found = defaultdict(list)
    for l in open(args[0], encoding='utf-8'):
        e = json.loads(l)
        if e['doc'] not in stories or e['root'] == '01': continue
        n = voa_data.sentence_of(e, texts, sents)
        found[(e['doc'], n)].append((e['root'], e['source']['code'], (e.get('target') or {}).get('code'), e.get('date')))
    def principal(c):
        if c is None or c == '-': return None
        return c if c[:3] in ('IGO', 'NGO', 'IMG', 'UNK', 'MNC') or len(c) < 3 else c[:3]
    def same_country(x, y):
        return x[0] == y[0] and (x[1] == 'UNK' or principal(x[1]) == principal(y[1])) and principal(x[2]) == principal(y[2])
    ctp = 0
    tp = ltp = nf = ng = dated = dright = 0
    for k in set(gold) | set(found):
        g, f = gold.get(k, []), found.get(k, [])
        ng += len(g); nf += len(f)
        used, lused, cused = set(), set(), set()
        for x in g:
            j = next((j for j, y in enumerate(f) if j not in used and y[:3] == x[:3]), None)
            if j is not None: used.add(j); tp += 1
            elif verbose: print(f'MISS {k[0]} S{k[1]} {x}  found {f}')
            j = next((j for j, y in enumerate(f) if j not in cused and same_country(x, y)), None)
            if j is not None: cused.add(j); ctp += 1
            j = next((j for j, y in enumerate(f) if j not in lused and y[0] == x[0]), None)
            if j is not None:
                lused.add(j); ltp += 1
                if x[3] != '-':
                    dated += 1
                    got = f[j][3] or ''
                    if got[:len(x[3])] == x[3] and len(got) >= len(x[3]): dright += 1
                    elif verbose: print(f'DATE {k[0]} S{k[1]} gold {x[3]} got {got}')
        if verbose:
            for j, y in enumerate(f):
                if j not in used: print(f'EXTRA {k[0]} S{k[1]} {y}')
    # the dater alone: gold dated events in sentences where anything was found, against the found date
    sdated = sright = 0
    for k, g in gold.items():
        f = found.get(k, [])
        if not f: continue
        for x in g:
            if x[3] == '-': continue
            sdated += 1
            y = next((y for y in f if y[0] == x[0]), f[0])
            got = y[3] or ''
            if got[:len(x[3])] == x[3] and len(got) >= len(x[3]): sright += 1
            elif verbose: print(f'SDATE {k[0]} S{k[1]} gold {x[3]} got {got}')
    p, r = tp / max(nf, 1), tp / max(ng, 1)
    cp, cr = ctp / max(nf, 1), ctp / max(ng, 1)
    print(f'VOA {split}: stories {len(stories)}, gold {ng}, found {nf}; P {p:.3f} R {r:.3f} F1 {2*p*r/max(p+r,1e-9):.3f}; '
          f'by country P {cp:.3f} R {cr:.3f} F1 {2*cp*cr/max(cp+cr,1e-9):.3f}; '
          f'lenient (sentence+root) P {ltp/max(nf,1):.3f} R {ltp/max(ng,1):.3f}; dates right {dright}/{dated} = {dright/max(dated,1):.3f}; '
          f'by sentence {sright}/{sdated} = {sright/max(sdated,1):.3f}')

if __name__ == '__main__':
    main()
