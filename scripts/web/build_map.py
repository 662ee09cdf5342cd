#!/usr/bin/env python3
"""Writes the dashboard's world map (entente-cli/src/main/resources/entente/web/world.json, GeoJSON)
from Natural Earth's 1:110m country shapes (public domain) as the npm package world-atlas@2.0.2
carries them in TopoJSON; the arcs are decoded here, coordinates rounded to 0.01 degree.
Usage: scripts/web/build_map.py [--from DIR]   (DIR holds the unpacked package; else npm pack)"""
import json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'entente-cli', 'src', 'main', 'resources', 'entente', 'web', 'world.json')


def package(work):
    target = os.path.join(work, 'world-atlas')
    if not os.path.isdir(target):
        tgz = subprocess.check_output(['npm', 'pack', 'world-atlas@2.0.2', '--silent'], cwd=work, text=True).strip().splitlines()[-1]
        os.makedirs(target)
        subprocess.check_call(['tar', 'xzf', os.path.join(work, tgz), '-C', target])
    return os.path.join(target, 'package', 'countries-110m.json')


def main():
    work = sys.argv[sys.argv.index('--from') + 1] if '--from' in sys.argv else tempfile.mkdtemp(prefix='map-')
    topo = json.load(open(package(work), encoding='utf-8'))
    (sx, sy), (tx, ty) = topo['transform']['scale'], topo['transform']['translate']
    arcs = []
    for arc in topo['arcs']:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append([round(x * sx + tx, 2), round(y * sy + ty, 2)])
        arcs.append(points)

    def ring(indexes):
        out = []
        for i in indexes:
            pts = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(pts if not out else pts[1:])
        lons = [p[0] for p in out]
        if max(lons) - min(lons) > 180:  # a ring across the antimeridian (Fiji, Chukotka): keep it in one piece
            out = [[x + 360 if x < 0 else x, y] for x, y in out]
        return out

    features = []
    for g in topo['objects']['countries']['geometries']:
        if g['type'] == 'Polygon':
            geometry = {'type': 'Polygon', 'coordinates': [ring(r) for r in g['arcs']]}
        elif g['type'] == 'MultiPolygon':
            geometry = {'type': 'MultiPolygon', 'coordinates': [[ring(r) for r in p] for p in g['arcs']]}
        else:
            continue
        features.append({'type': 'Feature', 'properties': {'name': g['properties']['name']}, 'geometry': geometry})
    with open(OUT, 'w', encoding='utf-8') as f:
        json.dump({'type': 'FeatureCollection', 'features': features}, f, separators=(',', ':'))
    print(f'{len(features)} countries written to {os.path.normpath(OUT)}')


if __name__ == '__main__':
    main()
