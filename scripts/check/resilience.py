#!/usr/bin/env python3
"""Checks issue #17's "done when" that are whole runs, not unit tests:

  python3 scripts/check/resilience.py hostile [WORKDIR]
      `./entente analyze` on a folder of hostile files beside the seed articles: exits 1, names
      every bad file on stderr, keeps every event of the seeds alone, and its peak RSS.
  python3 scripts/check/resilience.py kill [WORKDIR] [--stories N]
      `analyze` on N Reuters stories (default 500) killed with SIGKILL at three points, then run
      again: each store's export equals that of an uninterrupted run.

Reads ../shared (the seeds and the Reuters JSONL); writes only under WORKDIR (default a temporary
folder). Prints what it measured and exits 1 when a check fails."""
import gzip, json, os, random, shutil, signal, subprocess, sys, tempfile, time, zlib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(ROOT, '..', 'shared')
ENTENTE = os.path.join(ROOT, 'entente')


def run(args, **kw):
    """Runs ./entente; returns (status, stdout, stderr, seconds)."""
    t = time.time()
    p = subprocess.run([ENTENTE] + args, capture_output=True, text=True, errors='replace', **kw)
    return p.returncode, p.stdout, p.stderr, time.time() - t


def run_watched(args):
    """Runs ./entente, reading its peak resident memory (VmHWM; the launcher execs the JVM) as it runs:
    returns (status, stdout, stderr, seconds, peak MB)."""
    t = time.time()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        p = subprocess.Popen([ENTENTE] + args, stdout=out, stderr=err)
        peak = 0
        while p.poll() is None:
            try:
                for l in open(f'/proc/{p.pid}/status'):
                    if l.startswith('VmHWM:'): peak = max(peak, int(l.split()[1]) // 1024)
            except OSError:
                pass
            time.sleep(0.2)
        out.seek(0); err.seek(0)
        return p.returncode, out.read().decode(errors='replace'), err.read().decode(errors='replace'), time.time() - t, peak


def events(db):
    """The store's merged events as comparable tuples (ids aside), sorted."""
    status, out, err, _ = run(['export', '--db', db, '--format', 'jsonl'])
    if status != 0: sys.exit(f'export failed ({status}): {err[-2000:]}')
    rows = []
    for l in out.splitlines():
        if not l.strip(): continue
        e = json.loads(l)
        rows.append((str(e.get('doc')), e.get('sentence'), e.get('cameo'), (e.get('source') or {}).get('code'),
                     (e.get('target') or {}).get('code'), e.get('date'), e.get('mentions')))
    return sorted(rows, key=repr)


def hostile_files(d):
    """Writes the hostile files; returns the names of those that must be refused by name."""
    os.makedirs(d, exist_ok=True)
    w = lambda name, data: open(os.path.join(d, name), 'wb').write(data)
    good = 'Iran and Russia signed a deal in Moscow on Monday. '
    random.seed(17)
    w('binary.txt', bytes(random.randrange(256) for _ in range(4096)))
    w('tiny-binary.txt', b'\x00\x01\x02\xff')
    w('empty.txt', b'')
    w('empty.jsonl', b'')
    w('empty.warc', b'')
    w('nul-bytes.txt', (good * 20).encode().replace(b'.', b'\x00'))
    w('invalid-utf8.txt', (good * 5).encode() + b'\xc3\x28\xa0\xa1\xe2\x28\xa1' * 50)
    w('utf16-bom.txt', (good * 10).encode('utf-16'))
    w('latin1.txt', ('Caf\u00e9 news. ' + good * 10).encode('latin-1'))
    w('one-line-50mb.txt', (good * (50 * 1024 * 1024 // len(good))).encode())
    w('nested-100k.html', ('<html><body>' + '<div><span>' * 100_000 + '<p>' + good * 20).encode())
    with open(os.path.join(d, 'bomb.html.gz'), 'wb') as f:  # 1.5 GB of zeros in ~1.5 MB
        z = zlib.compressobj(9, zlib.DEFLATED, 31)
        block = b'\0' * (1 << 24)
        for _ in range(96): f.write(z.compress(block))
        f.write(z.flush())
    words = ' '.join(random.choice(['Iran', 'Russia', 'talks', 'deal', 'signed', 'Monday', 'gas', 'oil', 'the', 'a']) + str(random.randrange(999))
                     for _ in range(5000))
    whole = gzip.compress(('<html><body><p>' + words).encode())
    w('truncated.html.gz', whole[:len(whole) // 2])
    warc = (b'WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.org/a\r\n'
            b'Content-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><p>' + (good * 5).encode())
    w('truncated.warc.gz', gzip.compress(warc)[:-40])
    lines = ['{"id": "ok1", "text": "%s"}' % (good * 3), '{"id": "ok1", "text": "%s other"}' % good, '{broken json',
             '{"text": "no id here"}', '{"id": "big", "text": "%s"}' % (good * (20 * 1024 * 1024 // len(good))),
             '{"id": "num", "text": 12345}', '{"id": "arr", "text": ["a", "b"]}', '{"id": "baddate", "text": "%s", "date": "99999-99-99"}' % good]
    w('mixed.jsonl', ('\n'.join(lines) + '\n').encode())
    w('odd name ñ;$(x) \'q\'.txt', (good * 3).encode())
    os.symlink('.', os.path.join(d, 'loop'))
    os.symlink('nowhere.txt', os.path.join(d, 'dangling.txt'))
    os.mkfifo(os.path.join(d, 'fifo.txt'))
    return ['binary.txt', 'tiny-binary.txt', 'empty.txt', 'empty.jsonl', 'empty.warc', 'bomb.html.gz',
            'truncated.html.gz', 'truncated.warc.gz', 'mixed.jsonl', 'loop', 'dangling.txt', 'fifo.txt']


def hostile(work):
    seeds = os.path.join(SHARED, 'corpus', 'seeds')
    folder = os.path.join(work, 'hostile')
    bad = hostile_files(os.path.join(folder, 'bad'))
    shutil.copytree(seeds, os.path.join(folder, 'seeds'))
    db = os.path.join(work, 'hostile.duckdb')
    run(['--version'])  # builds on first use, so that the run below is the JVM alone
    status, out, err, secs, rss = run_watched(['analyze', folder, '--db', db])
    base = os.path.join(work, 'seeds-alone.duckdb')
    s2, _, err2, _ = run(['analyze', seeds, '--db', base])
    if s2 != 0: sys.exit(f'analyze of the seeds alone failed ({s2}): {err2[-2000:]}')
    alone = events(base)
    unnamed = [b for b in bad if b not in err]
    mixed = events(db)
    seed_docs = {e[0] for e in alone}
    kept = [e for e in mixed if e[0] in seed_docs]
    ok = status == 1 and not unnamed and kept == alone and 0 < rss < 3072
    print(f'hostile: exit {status} (want 1), {secs:.0f} s, peak RSS {rss} MB (want < 3072), bad files named {len(bad) - len(unnamed)}/{len(bad)}'
          f'{" missing " + str(unnamed) if unnamed else ""}, seed events {len(kept)}/{len(alone)} kept'
          f'{"" if kept == alone else " (differ)"}')
    print('\n'.join('  ' + l for l in err.splitlines() if 'rejected' in l or 'warning' in l or 'skipped' in l)[:6000])
    return ok


def kill(work, n):
    src = os.path.join(SHARED, 'corpus', 'reuters21578', 'reuters21578.jsonl')
    corpus = os.path.join(work, 'stories')
    os.makedirs(corpus, exist_ok=True)
    with open(src) as f, open(os.path.join(corpus, 'stories.jsonl'), 'w') as out:
        for i, l in enumerate(f):
            if i >= n: break
            out.write(l)
    whole = os.path.join(work, 'whole.duckdb')
    status, _, err, secs = run(['analyze', corpus, '--db', whole])
    if status not in (0, 1): sys.exit(f'uninterrupted analyze failed ({status}): {err[-2000:]}')
    want = events(whole)
    print(f'kill: uninterrupted run of {n} stories: {secs:.0f} s, {len(want)} merged events')
    ok = True
    for frac in (0.25, 0.5, 0.8):
        db = os.path.join(work, f'killed-{frac}.duckdb')
        p = subprocess.Popen([ENTENTE, 'analyze', corpus, '--db', db], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(secs * frac)
        p.send_signal(signal.SIGKILL)
        p.wait()
        status, out, err, again = run(['analyze', corpus, '--db', db])
        got = events(db)
        same = got == want and status in (0, 1)
        ok &= same
        print(f'  killed at {secs * frac:.0f} s, rerun {again:.0f} s (exit {status}): {len(got)} events, '
              f'{"same as uninterrupted" if same else "DIFFERENT"}')
    return ok


def main(argv):
    if len(argv) < 2 or argv[1] not in ('hostile', 'kill'):
        print(__doc__)
        return 2
    work = argv[2] if len(argv) > 2 and not argv[2].startswith('--') else tempfile.mkdtemp(prefix='entente-check-')
    os.makedirs(work, exist_ok=True)
    n = int(argv[argv.index('--stories') + 1]) if '--stories' in argv else 500
    ok = hostile(work) if argv[1] == 'hostile' else kill(work, n)
    print('ok' if ok else 'FAILED', '(work folder:', work + ')')
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv))
