"""Build the dashboard's world map (src/entente/web/static/map/world-110m.json) from world-atlas.

The shapes are Natural Earth's 1:110m countries (public domain), as packed in TopoJSON by the npm package
`world-atlas` (ISC licence, Mike Bostock). Fetch it once with npm, then run this script:

    cd "$(mktemp -d)" && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/make_world_map.py "$PWD/package"

It decodes the TopoJSON arcs, projects them with the Natural Earth projection into SVG coordinates, keys
every country by its ISO 3166 alpha-3 code (from the ISO numeric id, via pycountry; Kosovo gets CAMEO's
KSV, and shapes with no code keep their name only) and writes one small JSON file the dashboard draws as
SVG paths with no library. Antarctica is left out: no event is coded there, and it takes a third of the
height. The licence of world-atlas is copied beside the output.
"""

from __future__ import annotations

import json
import math
import shutil
import sys
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parents[1] / "src" / "entente" / "web" / "static" / "map"
WIDTH = 960.0
# Shapes without an ISO numeric id in world-atlas: CAMEO's code where it has one.
BY_NAME = {"Kosovo": "KSV"}
LEFT_OUT = {"ATA"}


def natural_earth(lon: float, lat: float) -> tuple[float, float]:
    """The Natural Earth projection (Šavrič et al. 2011), in radians of the unit sphere."""
    lam, phi = math.radians(lon), math.radians(lat)
    p2 = phi * phi
    p4 = p2 * p2
    x = lam * (0.870700 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4)))
    y = phi * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)))
    return x, y


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def clip(points: list[tuple[float, float]], keep_east: bool) -> list[tuple[float, float]]:
    """Sutherland–Hodgman: the part of a ring west (or east) of longitude 180."""
    inside = (lambda p: p[0] >= 180) if keep_east else (lambda p: p[0] <= 180)
    out: list[tuple[float, float]] = []
    for i, current in enumerate(points):
        previous = points[i - 1]
        if inside(current) != inside(previous):
            t = (180 - previous[0]) / (current[0] - previous[0])
            out.append((180.0, previous[1] + t * (current[1] - previous[1])))
        if inside(current):
            out.append(current)
    return out


def split_at_antimeridian(points: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """A ring that jumps across longitude ±180 (Chukotka, Fiji) as its western and eastern parts."""
    if all(abs(b[0] - a[0]) <= 180 for a, b in zip(points, points[1:], strict=False)):
        return [points]
    unwrapped = [(lon + 360 if lon < 0 else lon, lat) for lon, lat in points]
    west = clip(unwrapped, keep_east=False)
    east = [(lon - 360, lat) for lon, lat in clip(unwrapped, keep_east=True)]
    return [part for part in (west, east) if len(part) >= 3]


def iso3(geometry: dict) -> str | None:
    name = geometry.get("properties", {}).get("name", "")
    if name in BY_NAME:
        return BY_NAME[name]
    number = geometry.get("id")
    country = pycountry.countries.get(numeric=number) if number else None
    return country.alpha_3 if country else None


def main(package: Path) -> None:
    topology = json.loads((package / "countries-110m.json").read_text())
    arcs = decode_arcs(topology)
    projected = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = iso3(geometry)
        if code in LEFT_OUT:
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        rings = [
            [natural_earth(*p) for p in part]
            for polygon in polygons
            for r in polygon
            for part in split_at_antimeridian(ring(r, arcs))
        ]
        projected.append((code, geometry["properties"]["name"], rings))
    xs = [x for _, _, rings in projected for r in rings for x, _ in r]
    ys = [y for _, _, rings in projected for r in rings for _, y in r]
    scale = WIDTH / (max(xs) - min(xs))
    height = round((max(ys) - min(ys)) * scale, 1)
    countries = []
    for code, name, rings in projected:
        parts = []
        for r in rings:
            pts = [(round((x - min(xs)) * scale, 1), round((max(ys) - y) * scale, 1)) for x, y in r]
            dedup = [p for i, p in enumerate(pts) if i == 0 or p != pts[i - 1]]
            if len(dedup) < 3:
                continue
            parts.append("M" + "L".join(f"{x:g},{y:g}" for x, y in dedup) + "Z")
        countries.append({"iso3": code, "name": name, "d": "".join(parts)})
    OUT.mkdir(parents=True, exist_ok=True)
    document = {
        "source": "Natural Earth 1:110m countries (public domain) via world-atlas 2.0.2 (ISC); "
        "Natural Earth projection; built by scripts/make_world_map.py",
        "width": WIDTH,
        "height": height,
        "countries": countries,
    }
    (OUT / "world-110m.json").write_text(json.dumps(document, separators=(",", ":"), ensure_ascii=False))
    shutil.copy(package / "LICENSE", OUT / "LICENSE-world-atlas.txt")
    (OUT / "README.txt").write_text(
        "world-110m.json: country shapes from Natural Earth (naturalearthdata.com), 1:110m Cultural Vectors,\n"
        "Admin 0 - Countries, which is in the public domain; packed as TopoJSON by world-atlas 2.0.2\n"
        "(ISC licence, see LICENSE-world-atlas.txt). Projected and keyed by ISO alpha-3 with\n"
        "scripts/make_world_map.py.\n"
    )
    missing = [c["name"] for c in countries if not c["iso3"]]
    print(f"{len(countries)} countries, {(OUT / 'world-110m.json').stat().st_size} bytes; no ISO code: {missing}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
