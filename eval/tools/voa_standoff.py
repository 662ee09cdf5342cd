#!/usr/bin/env python3
"""Turns annotators' sheets (story, sentence number, labels and the words of each span) into
stand-off rows of character offsets into the story text: no text of ../shared is kept.
Usage: voa_standoff.py OUT.tsv CODER SHEET.tsv... (appends CODER's rows to OUT.tsv)."""
import json, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HEADER = ('story\tsent\tcameo\tsrc_start\tsrc_end\tsource\ttgt_start\ttgt_end\ttarget\t'
          'trig_start\ttrig_end\tdate\tstatus\tloc_start\tloc_end\tloc_country\tcoder\n')

def texts():
    path = os.path.join(ROOT, '..', 'shared', 'corpus', 'voa', 'voa-stories.jsonl')
    return {d['id']: d['text'] for d in map(json.loads, open(path, encoding='utf-8'))}

def sentences():
    out = {}
    for line in open(os.path.join(ROOT, 'eval', 'voa', 'sentences.tsv')):
        if line.startswith('#'): continue
        s, n, a, b = line.rstrip('\n').split('\t')
        out[(s, n)] = (int(a), int(b))
    return out

def span(text, a, b, words, after=None):
    """Offsets of `words` in text[a:b], preferring the occurrence nearest after `after`."""
    if words == '-' or not words: return ('-', '-')
    hits, i = [], text.find(words, a, b)
    while i >= 0:
        hits.append(i); i = text.find(words, i + 1, b)
    if not hits: raise ValueError(f'"{words}" not in sentence')
    i = hits[0] if after is None else min(hits, key=lambda h: abs(h - after))
    return (str(i), str(i + len(words)))

def main():
    out, coder, sheets = sys.argv[1], sys.argv[2], sys.argv[3:]
    tx, sents = texts(), sentences()
    new = not os.path.exists(out)
    with open(out, 'a', encoding='utf-8') as f:
        if new: f.write(HEADER)
        for sheet in sheets:
            for i, line in enumerate(open(sheet, encoding='utf-8'), 1):
                c = line.rstrip('\n').split('\t')
                if c[0] == 'story' or not line.strip(): continue
                story, n = c[0], c[1]
                a, b = sents[(story, n)]
                if c[2] == 'none':
                    f.write('\t'.join([story, n, 'none'] + ['-'] * 13 + [coder]) + '\n'); continue
                text = tx[story]
                trig = span(text, a, b, c[7])
                anchor = int(trig[0]) if trig[0] != '-' else None
                src = ('-', '-') if c[4] == 'UNK' else span(text, a, b, c[3], anchor)
                tgt = span(text, a, b, c[5], anchor)
                try:
                    loc = span(text, a, b, c[10], anchor)
                except ValueError:  # a place named elsewhere in the story: keep its country only
                    print(f'{sheet}:{i}: location "{c[10]}" not in its sentence', file=sys.stderr)
                    loc = ('-', '-')
                f.write('\t'.join([story, n, c[2], *src, c[4], *tgt, c[6], *trig, c[8], c[9], *loc, c[11], coder]) + '\n')

if __name__ == '__main__':
    main()
