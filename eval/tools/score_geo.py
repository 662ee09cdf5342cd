#!/usr/bin/env python3
"""Scores the locations of `events` output on the coded VOA stories of one split (eval/voa/events.tsv,
whose loc_* columns give the place a sentence names for each event).
  ./entente events ../shared/corpus/voa/voa-stories.jsonl > ev.jsonl
  python3 eval/tools/score_geo.py ev.jsonl --split dev [-v]
An event found is matched to a gold event of the same sentence (same root first, then any). Of found
events whose gold event has a place: country right (location.country = gold loc_country; no location
is wrong), and, where the gold place is a town of our gazetteer in that country, within 50 km of it.
Of found events whose gold event has no place: how many we placed anyway (by how)."""
import json, math, os, sys
import voa_data
from collections import defaultdict, Counter

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GEO = os.path.join(ROOT, 'entente-core/src/main/resources/entente/geo')

def towns():
    out = defaultdict(list)
    for l in open(os.path.join(GEO, 'places.tsv'), encoding='utf-8'):
        if l.startswith('#'): continue
        c = l.rstrip('\n').split('\t')
        for name in [c[1]] + ([] if c[2] == '-' else c[2].split('|')):
            out[name.lower()].append((c[3], int(c[6]), float(c[7]), float(c[8])))
    return out

def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))

def main():
    args = sys.argv[1:]
    split, verbose, stories, texts, sents = voa_data.setup(args)
    gold = defaultdict(list)
    for c in voa_data.coded(stories):
        if c[12] not in ('done', 'planned') or c[2].startswith('01'): continue
        place = None if c[13] == '-' else (texts[c[0]][int(c[13]):int(c[14])], c[15])
        gold[(c[0], c[1])].append((c[2][:2], place))
    found = defaultdict(list)
    for l in open(args[0], encoding='utf-8'):
        e = json.loads(l)
        if e['doc'] not in stories or e['root'] == '01': continue
        n = voa_data.sentence_of(e, texts, sents)
        found[(e['doc'], n)].append((e['root'], e.get('location')))
    gaz = towns()
    placed = right = town = near = unplaced_gold = over = 0
    how = Counter()
    for k, f in found.items():
        g = list(gold.get(k, []))
        for root, loc in f:
            j = next((j for j, x in enumerate(g) if x[0] == root), None)
            if j is None and g: j = 0
            if j is None: continue
            groot, gplace = g.pop(j) if len(g) > 1 else g[0]
            if gplace is None:
                unplaced_gold += 1
                if loc: over += 1; how[loc['how']] += 1
                continue
            placed += 1
            ok = loc is not None and loc.get('country') == gplace[1]
            right += ok
            cands = [t for t in gaz.get(gplace[0].lower(), []) if t[0] == gplace[1]]
            if cands:
                town += 1
                best = max(cands, key=lambda t: t[1])
                d = km((best[2], best[3]), (loc['lat'], loc['lon'])) if loc else None
                near += d is not None and d <= 50
            if verbose and not ok:
                print(f"{k[0]} S{k[1]} gold {gplace}  found {loc and (loc['name'], loc['country'], loc['how'])}")
    print(f'split {split}: found events with a gold place {placed}; country right {right} ({right / max(placed, 1):.3f}); '
          f'gold place a town {town}, within 50 km {near} ({near / max(town, 1):.3f})')
    print(f'found events whose gold has no place {unplaced_gold}; placed anyway {over} {dict(how)}')

if __name__ == '__main__':
    main()
