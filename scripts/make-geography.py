#!/usr/bin/env python3
"""Exports the real geography of the demo region (Xinjiang) from GMT's data sets to GeoJSON
under assets/geo/, for the app's own map (Qt 6.4 on Debian has no Qt Location).

  sudo apt-get install gmt gmt-dcw gmt-gshhg-high   # only to regenerate; the output is committed
  scripts/make-geography.py

Sources (LGPL-3+, The GMT Team; see assets/geo/README.md):
  - the Xinjiang border from DCW-GMT (`gmt coast -R73/97/34/50 -ECN.XJ -M`);
  - rivers from GSHHG, full resolution (`gmt coast -R73/97/34/50 -Ir -M -Dh`);
  - lake shores, Bosten Lake among them (`gmt coast -R73/97/34/50 -W2/1p -M -Dh`).
GMT writes shorelines and rivers cut into its internal bins; each piece is kept as it comes, as
one LineString feature with its level, which is what a map draws.
"""

import json
import pathlib
import re
import subprocess

REGION = "-R73/97/34/50"
DECIMALS = 5  # about 1 m; the data's own accuracy is coarser
ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "assets" / "geo"


def gmt_segments(*args):
    """Runs `gmt coast` and yields (header, [[lon, lat], ...]) for each segment."""
    text = subprocess.run(["gmt", "coast", REGION, "-M", *args], check=True,
                          capture_output=True, text=True).stdout
    header, points = None, []
    for line in text.splitlines():
        if line.startswith(">"):
            if points:
                yield header, points
            header, points = line[1:].strip(), []
        elif line.strip():
            lon, lat = line.split()[:2]
            points.append([round(float(lon), DECIMALS), round(float(lat), DECIMALS)])
    if points:
        yield header, points


def level(header):
    match = re.search(r"Level (\d+)", header or "")
    return int(match.group(1)) if match else None


def write(name, features, title):
    collection = {"type": "FeatureCollection", "name": title, "features": features}
    path = OUT / name
    path.write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":")) + "\n",
                    encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size // 1024} kB, "
          f"{len(features)} features)")


def border():
    rings = []
    for _, points in gmt_segments("-ECN.XJ"):
        if points[0] != points[-1]:
            points.append(points[0])
        if len(points) >= 4:
            rings.append([points])
    return [{"type": "Feature",
             "properties": {"name": "新疆维吾尔自治区", "name_en": "Xinjiang", "division": "650000",
                            "source": "DCW-GMT"},
             "geometry": {"type": "MultiPolygon", "coordinates": rings}}]


def pieces(args, kind, source):
    """One LineString feature per piece, with its GSHHG level (rivers: 1 double-lined, 2
    permanent major, 3 additional major, 4 minor; lake shores: 2)."""
    return [{"type": "Feature",
             "properties": {"kind": kind, "level": level(header), "source": source},
             "geometry": {"type": "LineString", "coordinates": points}}
            for header, points in gmt_segments(*args) if len(points) >= 2]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    write("xinjiang-border.geojson", border(), "Xinjiang border (DCW-GMT)")
    write("xinjiang-rivers.geojson", pieces(["-Ir", "-Dh"], "river", "GSHHG 2.3.7"),
          "Xinjiang rivers (GSHHG)")
    write("xinjiang-lakes.geojson", pieces(["-W2/1p", "-Dh"], "lake shore", "GSHHG 2.3.7"),
          "Xinjiang lake shores (GSHHG)")


if __name__ == "__main__":
    main()
