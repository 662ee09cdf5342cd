#!/usr/bin/env python3
"""Splits the VOA stories of ../shared into sentences (stand-off: story, n, start, end) and
assigns each story to train/dev/test with a fixed seed, before anyone looks at errors.
Writes eval/voa/sentences.tsv and eval/voa/split.tsv; with --work DIR also numbered work files
for annotators (text stays outside the repository)."""
import json, random, re, sys, os

ABBREV = {"mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "sen", "rep", "gov", "st", "sgt",
          "capt", "adm", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec",
          "no", "vs", "u.s", "u.n", "u.k", "e.u", "inc", "corp", "co", "jr", "sr", "prof", "rev", "ft", "mt"}
END = re.compile(r'[.!?]["”’)]*\s+(?=["“‘(]?[A-Z0-9])')

def sentences(text):
    out, start = [], 0
    for m in END.finditer(text):
        word = re.search(r'(\S+)$', text[start:m.start() + 1])
        w = word.group(1).lower().rstrip('.').lstrip('"“(') if word else ''
        if w in ABBREV or (len(w) == 1 and w.isalpha()):
            continue
        end = m.start() + len(m.group(0).rstrip())
        out.append((start, end))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text.rstrip())))
    return out

def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    corpus = os.path.join(root, '..', 'shared', 'corpus', 'voa', 'voa-stories.jsonl')
    stories = [json.loads(l) for l in open(corpus, encoding='utf-8') if l.strip()]
    ids = sorted(s['id'] for s in stories)
    rnd = random.Random(20261207)
    order = ids[:]
    rnd.shuffle(order)
    annotate = order[:45]          # coded in full: 27 train, 9 dev, 9 test
    split = {}
    for i, sid in enumerate(annotate):
        split[sid] = 'train' if i < 27 else 'dev' if i < 36 else 'test'
    for sid in order[45:]:
        split[sid] = 'unannotated'
    with open(os.path.join(root, 'eval', 'voa', 'split.tsv'), 'w') as f:
        f.write('# story\tsplit\t(seeded 20261207; assigned before any annotation or error analysis)\n')
        for sid in ids:
            f.write(f'{sid}\t{split[sid]}\n')
    with open(os.path.join(root, 'eval', 'voa', 'sentences.tsv'), 'w') as f:
        f.write('# story\tn\tstart\tend\t(character offsets into the story text of corpus/voa/voa-stories.jsonl)\n')
        for s in sorted(stories, key=lambda s: s['id']):
            for n, (a, b) in enumerate(sentences(s['text']), 1):
                f.write(f"{s['id']}\t{n}\t{a}\t{b}\n")
    if '--work' in sys.argv:
        work = sys.argv[sys.argv.index('--work') + 1]
        os.makedirs(work, exist_ok=True)
        for s in stories:
            with open(os.path.join(work, s['id'] + '.txt'), 'w') as f:
                f.write(f"STORY {s['id']}  published {s['date']}  {s['url']}\nTITLE {s['title']}\n\n")
                for n, (a, b) in enumerate(sentences(s['text']), 1):
                    f.write(f"S{n}\t{s['text'][a:b]}\n")
        print(' '.join(sid for sid in order[:45]))

if __name__ == '__main__':
    main()
