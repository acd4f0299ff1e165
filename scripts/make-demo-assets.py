#!/usr/bin/env python3
"""Writes the demo's input files into assets/demo/ (run once; the output is committed).

Everything here is SYNTHETIC, placed on real Xinjiang places: a patrol walk along the Urumqi
River, photos (plain generated images), an enterprise QR payload with a generated but valid
credit code, signature strokes, and a demo protected area with zones near Bosten Lake.
Standard library only, deterministic (fixed seed).
"""
import json
import math
import random
import struct
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "assets" / "demo"
rng = random.Random(20261123)


def nmea(body: str) -> str:
    checksum = 0
    for ch in body:
        checksum ^= ord(ch)
    return f"${body}*{checksum:02X}"


def dm(value: float, lat: bool) -> tuple[str, str]:
    hemi = ("N" if value >= 0 else "S") if lat else ("E" if value >= 0 else "W")
    value = abs(value)
    deg = int(value)
    minutes = (value - deg) * 60
    return (f"{deg:02d}{minutes:07.4f}" if lat else f"{deg:03d}{minutes:07.4f}"), hemi


def epoch_sentences(t: datetime, lat: float, lon: float, alt: float, speed_mps: float,
                    course: float, sigma: float, quality: int = 1) -> list[str]:
    hhmmss = t.strftime("%H%M%S") + ".00"
    la, lah = dm(lat, True)
    lo, loh = dm(lon, False)
    hdop = max(0.6, sigma / 5)
    out = [
        nmea(f"GNGGA,{hhmmss},{la},{lah},{lo},{loh},{quality},14,{hdop:.1f},{alt:.1f},M,-42.3,M,,"),
        nmea(f"GNRMC,{hhmmss},{'A' if quality else 'V'},{la},{lah},{lo},{loh},"
             f"{speed_mps / 0.514444:.2f},{course:.1f},{t.strftime('%d%m%y')},,,A"),
        nmea(f"GNGST,{hhmmss},{sigma:.1f},{sigma:.1f},{sigma * 0.7:.1f},0.0,"
             f"{sigma / 1.414:.1f},{sigma / 1.414:.1f},{sigma * 1.5:.1f}"),
    ]
    return out


def patrol_log(start: datetime, minutes: int, lat0: float, lon0: float, glitches: bool) -> str:
    """A walk north along the river bank at about 1.3 m/s, one fix a second."""
    lines = []
    lat, lon = lat0, lon0
    for i in range(minutes * 60):
        t = start + timedelta(seconds=i)
        course = 8 + 25 * math.sin(i / 240)  # the bank meanders
        speed = 1.2 + 0.2 * math.sin(i / 37)
        lat += speed * math.cos(math.radians(course)) / 111_132
        lon += speed * math.sin(math.radians(course)) / (111_320 * math.cos(math.radians(lat)))
        sigma = 3.0 + rng.random() * 2
        alt = 812 + 3 * math.sin(i / 90)
        if glitches and i == 600:  # a multipath jump of ~2 km for one epoch
            lines += epoch_sentences(t, lat + 0.018, lon, alt, speed, course, sigma)
            continue
        if glitches and 1200 <= i < 1203:  # under the bridge: poor accuracy
            sigma = 85.0
        if glitches and i == 1500:  # a lost fix
            lines += epoch_sentences(t, lat, lon, alt, 0, 0, 99, quality=0)
            continue
        epoch = epoch_sentences(t, lat, lon, alt, speed, course, sigma)
        if glitches and i == 1800:  # a corrupted serial line: bad checksum
            epoch[0] = epoch[0][:-2] + "00"
        lines += epoch
    return "\r\n".join(lines) + "\r\n"


def png(path: Path, width: int, height: int, seed: int) -> None:
    """A plain generated image standing in for a field photo."""
    r = random.Random(seed)
    base = [r.randrange(60, 200) for _ in range(3)]
    rows = bytearray()
    for y in range(height):
        rows.append(0)
        for x in range(width):
            shade = (x * 3 + y * 2 + seed * 40) % 256
            rows += bytes(((base[0] + shade) // 2, (base[1] + y) % 256, (base[2] + x) % 256))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    data += chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b"")
    path.write_bytes(data)


ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(first8: str) -> str:
    total = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(first8, ORG_WEIGHTS))
    value = 11 - total % 11
    return "X" if value == 10 else "0" if value == 11 else str(value)


def uscc(authority: str, kind: str, division: str, org8: str) -> str:
    first17 = authority + kind + division + org8 + org_check(org8)
    total = sum(ALPHABET.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
    return first17 + ALPHABET[(31 - total % 31) % 31]


def square_ring(lat: float, lon: float, half_lat: float, half_lon: float, ccw: bool = True):
    ring = [[lon - half_lon, lat - half_lat], [lon + half_lon, lat - half_lat],
            [lon + half_lon, lat + half_lat], [lon - half_lon, lat + half_lat]]
    if not ccw:
        ring.reverse()
    return ring + [ring[0]]


def protected_area() -> dict:
    """Nested zones (core inside buffer inside experimental) on the west shore of Bosten Lake."""
    lat, lon = 41.93, 86.78
    core = square_ring(lat, lon, 0.015, 0.02)
    buffer_outer = square_ring(lat, lon, 0.04, 0.05)
    experimental_outer = square_ring(lat, lon, 0.08, 0.10)
    props = {"areaId": "XJ-BOSTEN-DEMO", "areaName": "博斯腾湖湿地示范保护区（合成数据）",
             "level": "regional"}
    return {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {**props, "zone": "core"},
         "geometry": {"type": "Polygon", "coordinates": [core]}},
        {"type": "Feature", "properties": {**props, "zone": "buffer"},
         "geometry": {"type": "Polygon", "coordinates": [buffer_outer, core[::-1]]}},
        {"type": "Feature", "properties": {**props, "zone": "experimental"},
         "geometry": {"type": "Polygon", "coordinates": [experimental_outer, buffer_outer[::-1]]}},
    ]}


def signature(seed: int) -> list:
    r = random.Random(seed)
    strokes, t = [], 0
    for s in range(3):
        stroke, x, y = [], 0.1 + 0.28 * s, 0.5
        for _ in range(25):
            x += 0.01 + r.random() * 0.004
            y = min(0.9, max(0.1, y + (r.random() - 0.5) * 0.12))
            t += 12
            stroke.append([round(x, 4), round(y, 4), t])
        strokes.append(stroke)
        t += 150
    return strokes


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    start = datetime(2026, 11, 23, 2, 0, 0, tzinfo=timezone.utc)  # 10:00 Beijing time
    (OUT / "patrol-urumqi-river.nmea").write_text(
        patrol_log(start, 45, 43.8102, 87.5921, glitches=True), newline="")
    (OUT / "patrol-short.nmea").write_text(
        patrol_log(start + timedelta(hours=3), 12, 43.8302, 87.5960, glitches=False), newline="")
    for i, name in enumerate(["garbage-before.png", "garbage-after.png", "outfall.png",
                              "gate.png", "facility.png"]):
        png(OUT / name, 320, 240, i + 1)
    code = uscc("9", "1", "650109", "MA7DEK21")
    (OUT / "enterprise-qr.txt").write_text(
        f"https://qr.scjg.example.cn/enterprise?entname=demo&uscc={code}&src=gate\n")
    (OUT / "enterprise-qr-bad.txt").write_text(code[:-1] + ("0" if code[-1] != "0" else "1") + "\n")
    (OUT / "enterprises.csv").write_text(
        "\ufeff统一社会信用代码,企业名称,类型,法定代表人,地址,联系方式\r\n"
        f"{code},乌鲁木齐示范建材有限公司（演示数据）,建材制造,王建国,米东区化工园区8号,0991-0000000\r\n"
        "91620105MA73NBBLXE,兰州示范化工有限公司（演示数据）,化工,张三,兰州市城关区,0931-0000000\r\n",
        newline="")
    (OUT / "signature-li-ming.json").write_text(json.dumps(signature(1)))
    (OUT / "signature-rahman.json").write_text(json.dumps(signature(2)))
    (OUT / "signature-site-manager.json").write_text(json.dumps(signature(3)))
    (OUT / "protected-area-bosten-demo.geojson").write_text(
        json.dumps(protected_area(), ensure_ascii=False, indent=1))
    print(f"wrote demo assets to {OUT}; enterprise code {code}")


if __name__ == "__main__":
    main()
