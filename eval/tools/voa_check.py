#!/usr/bin/env python3
"""voa_check.py WORKDIR SHEET.tsv STORY...: validates an annotator's sheet against eval/voa/GUIDE.md
(WORKDIR holds the work files of voa_prepare.py --work)."""
import sys, re, os
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
codes = {l.split('\t')[0] for l in open(os.path.join(ROOT, '..', 'shared', 'reference', 'cameo-event-codes.tsv'))
         if not l.startswith('code')}
WORK, out, stories = sys.argv[1], sys.argv[2], sys.argv[3:]
sents = {}
for s in stories:
    for l in open(os.path.join(WORK, s + '.txt')):
        m = re.match(r'S(\d+)\t(.*)', l.rstrip('\n'))
        if m: sents[(s, m.group(1))] = m.group(2)
seen, errs, n = set(), [], 0
for i, l in enumerate(open(out, encoding='utf-8'), 1):
    c = l.rstrip('\n').split('\t')
    if i == 1 and c[0] == 'story': continue
    if not l.strip(): continue
    if len(c) != 12: errs.append(f'line {i}: {len(c)} columns'); continue
    key = (c[0], c[1])
    if key not in sents: errs.append(f'line {i}: no sentence {key}'); continue
    seen.add(key); sent = sents[key]
    if c[2] == 'none': continue
    n += 1
    if c[2] not in codes: errs.append(f'line {i}: unknown cameo {c[2]}')
    for col in (3, 5, 7):
        if c[col] != '-' and c[col] not in sent: errs.append(f'line {i}: "{c[col]}" not in sentence')
    if c[3] == '-' or c[4] == '-': errs.append(f'line {i}: no source')
    if (c[5] == '-') != (c[6] == '-'): errs.append(f'line {i}: target text/code mismatch')
    if c[9] not in ('done', 'negated', 'planned', 'hypothetical'): errs.append(f'line {i}: status {c[9]}')
    if c[8] != '-' and not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?)?', c[8]): errs.append(f'line {i}: date {c[8]}')
    if c[10] == '-' and c[11] != '-': errs.append(f'line {i}: loc_country without location')
for k in sents:
    if k not in seen: errs.append(f'sentence {k[0]} S{k[1]} not covered')
print('\n'.join(errs[:60])); print(f'{n} events, {len(errs)} problems')
