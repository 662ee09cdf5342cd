"""What the VOA scorers share: the stories of a split, their texts (from ../shared) and sentence spans."""
import json, os
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def stories(split):
    """The story ids of one split of eval/voa/split.tsv."""
    return {l.split('\t')[0] for l in open(os.path.join(ROOT, 'eval/voa/split.tsv'))
            if not l.startswith('#') and l.rstrip('\n').split('\t')[1] == split}


def texts():
    """Story id -> text, read from ../shared (the texts stay there)."""
    return {d['id']: d['text'] for d in map(json.loads, open(os.path.join(ROOT, '../shared/corpus/voa/voa-stories.jsonl')))}


def sentences(wanted):
    """Story id -> [(start, end, sentence number)] for the wanted stories."""
    out = defaultdict(list)
    for l in open(os.path.join(ROOT, 'eval/voa/sentences.tsv')):
        if l.startswith('#'): continue
        s, n, a, b = l.rstrip('\n').split('\t')
        if s in wanted: out[s].append((int(a), int(b), n))
    return out


def sentence_of(event, texts, sents):
    """The number of the sentence an event's evidence stands in, or '?'."""
    at = texts[event['doc']].find(event['evidence']['text'][:80])
    return next((n for a, b, n in sents[event['doc']] if a <= at < b), '?') if at >= 0 else '?'


def setup(argv):
    """A scorer's command line (EVENTS.jsonl --split S [-v]): the split, verbosity, its stories, texts and sentences."""
    split = argv[argv.index('--split') + 1] if '--split' in argv else 'dev'
    chosen = stories(split)
    return split, '-v' in argv, chosen, texts(), sentences(chosen)


def coded(chosen):
    """The columns of each coded event (not 'none') of the chosen stories in eval/voa/events.tsv."""
    for l in open(os.path.join(ROOT, 'eval/voa/events.tsv'), encoding='utf-8'):
        c = l.rstrip('\n').split('\t')
        if c[0] in chosen and c[2] not in ('none', 'cameo'): yield c
