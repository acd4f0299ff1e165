#include <catch2/catch.hpp>

#include "geo/simplify.h"

#include <cmath>
#include <numbers>

using namespace fl::geo;

namespace {

constexpr double kLat0 = 43.8;
constexpr double kLon0 = 87.6;
constexpr double kEarthRadius = 6371008.8;

// A point `east` and `north` metres from (kLat0, kLon0).
LatLon offset(double east, double north)
{
    const double degPerMetre = 180.0 / (std::numbers::pi * kEarthRadius);
    return {kLat0 + north * degPerMetre,
            kLon0 + east * degPerMetre / std::cos(kLat0 * std::numbers::pi / 180.0)};
}

QList<qsizetype> range(qsizetype n)
{
    QList<qsizetype> out;
    for (qsizetype i = 0; i < n; ++i)
        out.append(i);
    return out;
}

} // namespace

TEST_CASE("simplifyIndices of tiny inputs keeps everything", "[simplify]")
{
    CHECK(simplifyIndices({}, 10.0).isEmpty());
    CHECK(simplifyIndices({offset(0, 0)}, 10.0) == QList<qsizetype>{0});
    CHECK(simplifyIndices({offset(0, 0), offset(5, 0)}, 10.0) == QList<qsizetype>{0, 1});
}

TEST_CASE("a straight line collapses to its endpoints", "[simplify]")
{
    QList<LatLon> line;
    for (int i = 0; i <= 100; ++i)
        line.append(offset(10.0 * i, 5.0 * i)); // diagonal, 1.1 km
    CHECK(simplifyIndices(line, 1.0) == QList<qsizetype>{0, 100});
}

TEST_CASE("a zig-zag keeps its corners above the tolerance", "[simplify]")
{
    // Corners every 100 m east, alternating 20 m north and south, with points along each leg.
    QList<LatLon> zigzag;
    QList<qsizetype> corners;
    for (int leg = 0; leg < 10; ++leg) {
        const double y0 = leg % 2 ? 20.0 : -20.0;
        const double y1 = -y0;
        for (int step = 0; step < 10; ++step) {
            if (step == 0)
                corners.append(zigzag.size());
            const double t = step / 10.0;
            zigzag.append(offset(100.0 * (leg + t), y0 + (y1 - y0) * t));
        }
    }
    corners.append(zigzag.size());
    zigzag.append(offset(1000.0, -20.0)); // end of the last (odd) leg

    SECTION("tolerance below the amplitude keeps exactly the corners")
    {
        CHECK(simplifyIndices(zigzag, 5.0) == corners);
    }
    SECTION("tolerance above the amplitude drops them")
    {
        CHECK(simplifyIndices(zigzag, 50.0) == QList<qsizetype>{0, zigzag.size() - 1});
    }
}

TEST_CASE("no dropped point is farther than the tolerance", "[simplify]")
{
    // A wiggly walk; check the guarantee with an independent brute-force distance.
    QList<LatLon> pts;
    for (int i = 0; i < 500; ++i)
        pts.append(offset(3.0 * i, 30.0 * std::sin(i / 7.0) + 8.0 * std::sin(i / 1.3)));
    const double tolerance = 4.0;
    const QList<qsizetype> keep = simplifyIndices(pts, tolerance);
    REQUIRE(keep.size() < pts.size());
    REQUIRE(keep.size() > 2);
    CHECK(std::is_sorted(keep.cbegin(), keep.cend()));

    // Work in the same metre grid the points were built on.
    auto toXy = [](LatLon p) {
        const double mPerDeg = std::numbers::pi * kEarthRadius / 180.0;
        return std::pair{(p.lon - kLon0) * mPerDeg * std::cos(kLat0 * std::numbers::pi / 180.0),
                         (p.lat - kLat0) * mPerDeg};
    };
    for (qsizetype k = 1; k < keep.size(); ++k) {
        const auto [ax, ay] = toXy(pts[keep[k - 1]]);
        const auto [bx, by] = toXy(pts[keep[k]]);
        for (qsizetype i = keep[k - 1] + 1; i < keep[k]; ++i) {
            const auto [px, py] = toXy(pts[i]);
            const double cross = std::abs((bx - ax) * (py - ay) - (by - ay) * (px - ax));
            const double distance = cross / std::hypot(bx - ax, by - ay);
            CHECK(distance <= tolerance + 0.01);
        }
    }
}

TEST_CASE("tolerance 0 keeps every non-collinear point", "[simplify]")
{
    QList<LatLon> pts;
    for (int i = 0; i < 50; ++i)
        pts.append(offset(10.0 * i, (i * i) % 7)); // no three consecutive points collinear
    CHECK(simplifyIndices(pts, 0.0) == range(pts.size()));
    CHECK(simplifyIndices(pts, -1.0) == range(pts.size())); // negative behaves as 0
}

TEST_CASE("a closed loop is not collapsed to one point", "[simplify]")
{
    QList<LatLon> loop;
    for (int i = 0; i <= 36; ++i) {
        const double a = i * 10.0 * std::numbers::pi / 180.0;
        loop.append(offset(200.0 * std::sin(a), 200.0 * (1.0 - std::cos(a))));
    }
    const QList<qsizetype> keep = simplifyIndices(loop, 10.0);
    CHECK(keep.size() >= 4);
    CHECK(keep.constFirst() == 0);
    CHECK(keep.constLast() == 36);
}

TEST_CASE("an 8-hour 1 Hz track is simplified without crashing", "[simplify]")
{
    QList<TrackFix> track;
    const qsizetype n = 28'800;
    track.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        // A slow spiral with jitter: many points survive, so the stack gets deep work.
        const double a = double(i) / 300.0;
        const LatLon p = offset(a * 40.0 * std::cos(a) + (i % 3), a * 40.0 * std::sin(a));
        track.append({qint64(i) * 1000, p.lat, p.lon, {}, {}, {}});
    }
    const QList<TrackFix> simplified = simplifyTrack(track, 2.0);
    REQUIRE(simplified.size() >= 2);
    CHECK(simplified.size() < track.size());
    CHECK(simplified.constFirst() == track.constFirst());
    CHECK(simplified.constLast() == track.constLast());

    SECTION("zero tolerance on a sawtooth keeps every point, iteratively")
    {
        // Worst case for recursion depth: each split peels one point off the start. It is also
        // quadratic, so a shorter track keeps the test fast.
        const qsizetype m = 5'000;
        QList<LatLon> saw;
        for (qsizetype i = 0; i < m; ++i)
            saw.append(offset(double(i), double(i % 2)));
        const QList<qsizetype> keep = simplifyIndices(saw, 0.0);
        CHECK(keep.size() == m);
    }
}

TEST_CASE("simplifyTrack keeps the fixes' other fields", "[simplify]")
{
    QList<TrackFix> fixes;
    for (int i = 0; i < 5; ++i) {
        const LatLon p = offset(10.0 * i, 15.0 * (i <= 2 ? i : 4 - i)); // a tent: 1 and 3 on legs
        fixes.append({1000 * i, p.lat, p.lon, 800.0 + i, 3.0, 1.2});
    }
    const QList<TrackFix> out = simplifyTrack(fixes, 1.0);
    REQUIRE(out.size() == 3);
    CHECK(out[0] == fixes[0]);
    CHECK(out[1] == fixes[2]);
    CHECK(out[2] == fixes[4]);
}
