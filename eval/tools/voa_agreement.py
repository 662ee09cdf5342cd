#!/usr/bin/env python3
"""Agreement of two independent codings of the same VOA sentences (eval/voa/events.tsv against
eval/voa/events-second.tsv): Cohen's kappa on each sentence's CAMEO roots (the set of roots, or
none), and for events both coders found (same sentence and root) exact agreement on source and
target codes. Usage: voa_agreement.py [--exclude STORY ...]"""
import os, sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

def load(name):
    ev = defaultdict(list)
    for line in open(os.path.join(ROOT, 'eval', 'voa', name), encoding='utf-8'):
        c = line.rstrip('\n').split('\t')
        if c[0] == 'story': continue
        ev[(c[0], c[1])].append(None if c[2] == 'none' else (c[2][:2], c[5], c[8], c[12]))
    return ev

def main():
    excl = set(sys.argv[sys.argv.index('--exclude') + 1:]) if '--exclude' in sys.argv else set()
    a, b = load('events.tsv'), load('events-second.tsv')
    keys = [k for k in b if k[0] not in excl and k in a]
    la = [tuple(sorted({e[0] for e in a[k] if e})) or ('none',) for k in keys]
    lb = [tuple(sorted({e[0] for e in b[k] if e})) or ('none',) for k in keys]
    n = len(keys)
    po = sum(x == y for x, y in zip(la, lb)) / n
    ca, cb = Counter(la), Counter(lb)
    pe = sum(ca[l] * cb[l] for l in set(ca) | set(cb)) / (n * n)
    kappa = (po - pe) / (1 - pe)
    both = src = tgt = ea = eb = 0
    for k in keys:
        xs, ys = [e for e in a[k] if e], [e for e in b[k] if e]
        ea += len(xs); eb += len(ys)
        used = set()
        for x in xs:
            for j, y in enumerate(ys):
                if j not in used and y[0] == x[0]:
                    used.add(j); both += 1; src += x[1] == y[1]; tgt += x[2] == y[2]; break
    print(f'sentences {n} in {len({k[0] for k in keys})} stories; root kappa {kappa:.3f} (observed {po:.3f})')
    print(f'events: coder A {ea}, coder B {eb}, matched by sentence and root {both} '
          f'(F1 {2 * both / max(ea + eb, 1):.3f}); source code same {src}/{both} = {src / max(both, 1):.3f}, '
          f'target code same {tgt}/{both} = {tgt / max(both, 1):.3f}')

if __name__ == '__main__':
    main()
