#!/usr/bin/env python3
"""Writes kb/divisions.tsv: the first-level divisions of the states whose provinces English news names
as often as their capitals (US states, Indian states, German Laender, Nigerian states ...), from our
gazetteer's geo/admin1.tsv (GeoNames, CC BY 4.0). A division's name alone stands for its state as a
city does in kb/places.tsv ("the Uttar Pradesh government" is India's, "a court in Bavaria" Germany's).

Left out: names two states share, names the knowledge base already has (Georgia, Washington), and
names that are ordinary words or people's names (EXCLUDED). A division named "X State", "X Province"
or "X Region" is also named "X".

Usage: scripts/kb/divisions.py   (rewrites entente-core/src/main/resources/entente/kb/divisions.tsv)
"""
import collections, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, '..', '..', 'entente-core', 'src', 'main', 'resources', 'entente')
STATES = ['USA', 'IND', 'CAN', 'AUS', 'GBR', 'DEU', 'ESP', 'NGA', 'PAK', 'CHN', 'MEX', 'BRA', 'IDN', 'ZAF', 'ITA', 'PHL']
EXCLUDED = {'Georgia', 'Washington', 'Victoria', 'Delta', 'Guerrero', 'Hidalgo', 'México', 'Federal District',
            'Free State', 'Punjab', 'Rivers', 'Plateau', 'Niger', 'Capital Territory', 'Central', 'Western', 'Northern',
            'Eastern', 'Southern', 'North West', 'Northern Cape', 'Tabasco', 'Lagos', 'Delhi', 'Durango', 'Sonora',
            'Colorado', 'Nevada', 'Montana', 'Maine', 'Bali', 'Jakarta', 'Beijing', 'Shanghai', 'England', 'Imo',
            'Benue', 'Ogun', 'Oyo', 'Kogi', 'Kwara', 'Edo', 'Abia', 'Ekiti', 'Osun', 'Ondo', 'Gombe', 'Yobe',
            'Free', 'Acre', 'FCT', 'National Capital Region', 'National Capital', 'Cordillera', 'The Marches'}
SUFFIX = re.compile(r'\s+(State|Province|Region|Department|Governorate)$')


def main():
    rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(RES, 'geo', 'admin1.tsv'), encoding='utf-8')
            if l.strip() and not l.startswith('#')]
    shared = collections.Counter(r[1].lower() for r in rows)
    known = set()
    for f, col in (('countries.tsv', None), ('places.tsv', 0), ('institutions.tsv', 0)):
        for l in open(os.path.join(RES, 'kb', f), encoding='utf-8'):
            if l.startswith('#') or not l.strip():
                continue
            cells = l.rstrip('\n').split('\t')
            for c in (cells if col is None else [cells[col]]):
                known.update(n.strip().lower() for n in c.split('|'))
    by_state = collections.defaultdict(list)
    for key, name, _other, iso3, *_ in rows:
        if iso3 not in STATES or shared[name.lower()] > 1:
            continue
        names = [name] + ([SUFFIX.sub('', name)] if SUFFIX.search(name) else [])
        names = [n for n in names if n not in EXCLUDED and n.lower() not in known and shared.get(n.lower(), 0) <= 1]
        if names:
            by_state[iso3].append('|'.join(names))
    with open(os.path.join(RES, 'kb', 'divisions.tsv'), 'w', encoding='utf-8') as out:
        out.write('# First-level divisions that stand for their state (names, then ISO alpha-3), written by\n'
                  '# scripts/kb/divisions.py from geo/admin1.tsv (GeoNames, CC BY 4.0). Do not edit by hand.\n')
        for iso3 in STATES:
            for names in sorted(by_state[iso3]):
                out.write(f'{names}\t{iso3}\n')


if __name__ == '__main__':
    main()
