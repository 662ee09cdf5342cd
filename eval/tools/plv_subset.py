#!/usr/bin/env python3
"""Writes the dev or fit part of plv-train.tsv (eval/plv/train-dev-rows.txt) as a PLV file, for score_plv.py.
Usage: plv_subset.py dev|fit OUT.tsv"""
import csv, os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
csv.field_size_limit(10 ** 9)
dev = {int(l) for l in open(os.path.join(ROOT, 'eval/plv/train-dev-rows.txt')) if l.strip() and not l.startswith('#')}
with open(os.path.join(ROOT, '../shared/bench/events/plv-train.tsv'), newline='') as f:
    r = csv.reader(f, delimiter='\t'); header = next(r); rows = list(r)
with open(sys.argv[2], 'w', newline='') as f:
    w = csv.writer(f, delimiter='\t', lineterminator='\n'); w.writerow(header)
    for i, row in enumerate(rows):
        if (i in dev) == (sys.argv[1] == 'dev'): w.writerow(row)
