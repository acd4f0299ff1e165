#include <catch2/catch.hpp>

#include "geo/trackfilter.h"

#include <cmath>
#include <limits>

using namespace fl::geo;

namespace {

constexpr qint64 kT0 = 1'714'550'400'000; // 2024-05-01T08:00:00Z
constexpr qint64 kNow = kT0 + 3'600'000;
constexpr double kMetresPerDegLat = 111'000.0; // close enough to place test fixes

// A fix `northMetres` north of a point near Urumqi, `seconds` after kT0.
TrackFix fixAt(double seconds, double northMetres, std::optional<double> accuracy = 5.0)
{
    TrackFix f;
    f.timeMs = kT0 + qint64(seconds * 1000.0);
    f.lat = 43.8 + northMetres / kMetresPerDegLat;
    f.lon = 87.6;
    f.hAccuracy = accuracy;
    return f;
}

// A walk north at 1.5 m/s, one fix a second.
QList<TrackFix> walk(int count, double startSeconds = 0, double startNorth = 0)
{
    QList<TrackFix> out;
    for (int i = 0; i < count; ++i)
        out.append(fixAt(startSeconds + i, startNorth + 1.5 * i));
    return out;
}

} // namespace

TEST_CASE("drop reason names round-trip", "[trackfilter]")
{
    for (DropReason r :
         {DropReason::InvalidCoordinate, DropReason::FromFuture, DropReason::DuplicateTime,
          DropReason::PoorAccuracy, DropReason::ImpossibleSpeed}) {
        CHECK(dropReasonFromName(dropReasonName(r)) == r);
    }
    CHECK(dropReasonName(DropReason::PoorAccuracy) == QStringLiteral("poor-accuracy"));
    CHECK(dropReasonName(DropReason::ImpossibleSpeed) == QStringLiteral("impossible-speed"));
    CHECK_FALSE(dropReasonFromName(u"jump").has_value());
    CHECK_FALSE(dropReasonFromName(u"").has_value());
}

TEST_CASE("a clean walk is kept whole", "[trackfilter]")
{
    const QList<TrackFix> fixes = walk(50);
    const TrackFilterResult r = filterTrack(fixes, std::nullopt, kNow);
    CHECK(r.kept == fixes);
    CHECK(r.dropped.isEmpty());
}

TEST_CASE("each drop reason with its detail", "[trackfilter]")
{
    QList<TrackFix> fixes = walk(3);

    SECTION("invalid coordinates")
    {
        TrackFix nanLat = fixAt(3, 4.5);
        nanLat.lat = std::numeric_limits<double>::quiet_NaN();
        TrackFix badLon = fixAt(4, 6);
        badLon.lon = 181.0;
        TrackFix infLat = fixAt(5, 7.5);
        infLat.lat = std::numeric_limits<double>::infinity();
        fixes << nanLat << badLon << infLat;
        const auto r = filterTrack(fixes, std::nullopt, kNow);
        REQUIRE(r.dropped.size() == 3);
        for (const DroppedFix &d : r.dropped)
            CHECK(d.reason == DropReason::InvalidCoordinate);
        CHECK(r.dropped[0].detail == QStringLiteral("latitude is not a finite number"));
        CHECK(r.dropped[1].detail == QStringLiteral("longitude 181 out of range"));
        CHECK(r.kept.size() == 3);
    }
    SECTION("NaN or negative accuracy or speed is an invalid fix")
    {
        TrackFix nanAccuracy = fixAt(3, 4.5, std::numeric_limits<double>::quiet_NaN());
        TrackFix negativeAccuracy = fixAt(4, 6, -3.0);
        TrackFix nanSpeed = fixAt(5, 7.5);
        nanSpeed.speed = std::numeric_limits<double>::quiet_NaN();
        TrackFix negativeSpeed = fixAt(6, 9);
        negativeSpeed.speed = -1.0;
        fixes << nanAccuracy << negativeAccuracy << nanSpeed << negativeSpeed;
        const auto r = filterTrack(fixes, std::nullopt, kNow);
        REQUIRE(r.dropped.size() == 4);
        for (const DroppedFix &d : r.dropped)
            CHECK(d.reason == DropReason::InvalidCoordinate);
        CHECK(r.dropped[0].detail == QStringLiteral("accuracy is not a number"));
        CHECK(r.dropped[1].detail == QStringLiteral("accuracy -3 m is negative"));
        CHECK(r.dropped[2].detail == QStringLiteral("speed is not a number"));
        CHECK(r.dropped[3].detail == QStringLiteral("speed -1 m/s is negative"));
    }
    SECTION("from the future beyond the tolerance")
    {
        TrackFix late = fixAt(3, 4.5);
        late.timeMs = kNow + 121'000;
        TrackFix justInside = fixAt(0, 0);
        justInside.timeMs = kNow + 120'000; // exactly at the tolerance is still accepted
        const auto r = filterTrack({late, justInside}, std::nullopt, kNow);
        REQUIRE(r.dropped.size() == 1);
        CHECK(r.dropped[0].reason == DropReason::FromFuture);
        CHECK(r.dropped[0].fix == late);
        CHECK(r.dropped[0].detail.contains(QStringLiteral("121 s after the device clock")));
        CHECK(r.dropped[0].detail.contains(QStringLiteral("tolerance 120 s")));
        CHECK(r.kept == QList<TrackFix>{justInside});
    }
    SECTION("same or earlier time than the previous kept fix")
    {
        fixes << fixAt(2, 3.1) << fixAt(1.5, 3.2) << fixAt(3, 4.5);
        const auto r = filterTrack(fixes, std::nullopt, kNow);
        REQUIRE(r.dropped.size() == 2);
        CHECK(r.dropped[0].reason == DropReason::DuplicateTime);
        CHECK(r.dropped[1].reason == DropReason::DuplicateTime);
        CHECK(r.dropped[0].detail ==
              QStringLiteral("time 2024-05-01T08:00:02.000Z is not after the previous kept fix "
                             "at 2024-05-01T08:00:02.000Z"));
        CHECK(r.kept.size() == 4);
    }
    SECTION("duplicate against `previous` from an earlier batch")
    {
        const auto r = filterTrack({fixAt(2, 3)}, fixAt(2, 3), kNow);
        REQUIRE(r.dropped.size() == 1);
        CHECK(r.dropped[0].reason == DropReason::DuplicateTime);
    }
    SECTION("poor accuracy")
    {
        fixes << fixAt(3, 4.5, 85.0) << fixAt(4, 6, 50.0) << fixAt(5, 7.5, std::nullopt);
        const auto r = filterTrack(fixes, std::nullopt, kNow);
        REQUIRE(r.dropped.size() == 1);
        CHECK(r.dropped[0].reason == DropReason::PoorAccuracy);
        CHECK(r.dropped[0].detail == QStringLiteral("accuracy 85 m, limit 50 m"));
        CHECK(r.kept.size() == 5); // 50 m is at the limit; unknown accuracy is not "poor"
    }
    SECTION("impossible speed")
    {
        // 114.4 m/s from the last kept fix (3 m north at t=2) = 412 km/h.
        fixes << fixAt(3, 3.0 + 114.4);
        const auto r = filterTrack(fixes, std::nullopt, kNow);
        REQUIRE(r.dropped.size() == 1);
        CHECK(r.dropped[0].reason == DropReason::ImpossibleSpeed);
        CHECK(r.dropped[0].detail ==
              QStringLiteral("speed 412 km/h from previous fix, limit 252 km/h"));
    }
    SECTION("custom limits appear in details")
    {
        TrackFilterSettings s;
        s.maxAccuracyMeters = 20.0;
        s.maxSpeedMps = 10.0; // 36 km/h
        fixes << fixAt(3, 4.5, 25.0) << fixAt(4, 3.0 + 40.0);
        const auto r = filterTrack(fixes, std::nullopt, kNow, s);
        REQUIRE(r.dropped.size() == 2);
        CHECK(r.dropped[0].detail == QStringLiteral("accuracy 25 m, limit 20 m"));
        CHECK(r.dropped[1].detail.endsWith(QStringLiteral("limit 36 km/h")));
    }
}

TEST_CASE("checks run in the documented order", "[trackfilter]")
{
    // A fix that is from the future, has poor accuracy and jumps reports only the first failure.
    TrackFix f = fixAt(0, 0, 500.0);
    f.timeMs = kNow + 10'000'000;
    f.lat += 1.0;
    auto r = filterTrack({f}, fixAt(-1, 0), kNow);
    REQUIRE(r.dropped.size() == 1);
    CHECK(r.dropped[0].reason == DropReason::FromFuture);

    // Earlier than previous and poor accuracy: duplicate time wins.
    r = filterTrack({fixAt(-5, 0, 500.0)}, fixAt(-1, 0), kNow);
    REQUIRE(r.dropped.size() == 1);
    CHECK(r.dropped[0].reason == DropReason::DuplicateTime);

    // Poor accuracy and a jump: accuracy wins.
    r = filterTrack({fixAt(1, 50'000, 500.0)}, fixAt(0, 0), kNow);
    REQUIRE(r.dropped.size() == 1);
    CHECK(r.dropped[0].reason == DropReason::PoorAccuracy);
}

TEST_CASE("a single jump is dropped and the track continues", "[trackfilter]")
{
    QList<TrackFix> fixes = walk(10);
    fixes.insert(5, fixAt(4.5, 2000.0)); // 2 km away half a second later
    const auto r = filterTrack(fixes, std::nullopt, kNow);
    REQUIRE(r.dropped.size() == 1);
    CHECK(r.dropped[0].reason == DropReason::ImpossibleSpeed);
    CHECK(r.dropped[0].fix == fixes[5]);
    CHECK(r.kept == walk(10));
}

TEST_CASE("a short burst of consistent jumps below reanchorAfter is dropped", "[trackfilter]")
{
    QList<TrackFix> fixes = walk(5);                       // t=0..4
    fixes += walk(4, 5, 5000.0);                           // 4 consistent fixes 5 km away, t=5..8
    fixes += walk(5, 9, 1.5 * 9);                          // back on the real track
    const auto r = filterTrack(fixes, std::nullopt, kNow); // reanchorAfter = 5
    CHECK(r.dropped.size() == 4);
    CHECK(r.kept.size() == 10);
}

TEST_CASE("a genuine relocation re-anchors after reanchorAfter consistent fixes", "[trackfilter]")
{
    // The first fixes come from a stale position (e.g. a cold start); the device is really 30 km
    // away and keeps reporting consistently from there.
    QList<TrackFix> fixes = walk(3);
    const QList<TrackFix> relocated = walk(10, 3, 30'000.0);
    fixes += relocated;
    const auto r = filterTrack(fixes, std::nullopt, kNow);

    // The first four relocated fixes are dropped; the fifth becomes the anchor and is kept,
    // along with everything after it.
    REQUIRE(r.dropped.size() == 4);
    for (int i = 0; i < 4; ++i) {
        CHECK(r.dropped[i].fix == relocated[i]);
        CHECK(r.dropped[i].reason == DropReason::ImpossibleSpeed);
    }
    QList<TrackFix> expected = walk(3);
    expected += relocated.mid(4);
    CHECK(r.kept == expected);

    SECTION("reanchorAfter is a setting")
    {
        TrackFilterSettings s;
        s.reanchorAfter = 2;
        const auto r2 = filterTrack(fixes, std::nullopt, kNow, s);
        CHECK(r2.dropped.size() == 1);
        CHECK(r2.kept.size() == 12);
    }
    SECTION("reanchorAfter 0 never re-anchors")
    {
        TrackFilterSettings s;
        s.reanchorAfter = 0;
        const auto r2 = filterTrack(fixes, std::nullopt, kNow, s);
        CHECK(r2.dropped.size() == 10);
        CHECK(r2.kept == walk(3));
    }
}

TEST_CASE("inconsistent jumps do not re-anchor", "[trackfilter]")
{
    // Scattered multipath spikes: each far from the anchor and from each other.
    QList<TrackFix> fixes = walk(3);
    for (int i = 0; i < 8; ++i)
        fixes.append(fixAt(3 + i, (i % 2 ? -1 : 1) * 20'000.0 * (i + 1)));
    const auto r = filterTrack(fixes, std::nullopt, kNow);
    CHECK(r.kept == walk(3));
    CHECK(r.dropped.size() == 8);
}

TEST_CASE("filtering in batches equals filtering the whole track", "[trackfilter]")
{
    // A messy track: jumps, a poor fix, a duplicate, an invalid one, a future one.
    QList<TrackFix> fixes = walk(40);
    fixes[7].hAccuracy = 120.0;
    fixes[12].lat += 0.05;                // jump
    fixes[18].timeMs = fixes[17].timeMs;  // duplicate
    fixes[23].lon = 200.0;                // (not NaN: NaN != NaN would defeat the comparison below)
    fixes[29].timeMs = kNow + 86'400'000; // from the future
    fixes[33].lat -= 0.05;                // jump

    const TrackFilterResult whole = filterTrack(fixes, std::nullopt, kNow);
    REQUIRE(whole.dropped.size() == 6);

    for (qsizetype split = 1; split < fixes.size(); ++split) {
        const TrackFilterResult first = filterTrack(fixes.mid(0, split), std::nullopt, kNow);
        std::optional<TrackFix> previous;
        if (!first.kept.isEmpty())
            previous = first.kept.constLast();
        const TrackFilterResult second = filterTrack(fixes.mid(split), previous, kNow);
        INFO("split at " << split);
        CHECK(first.kept + second.kept == whole.kept);
        QList<DroppedFix> dropped = first.dropped + second.dropped;
        REQUIRE(dropped.size() == whole.dropped.size());
        for (qsizetype i = 0; i < dropped.size(); ++i) {
            CHECK(dropped[i].fix == whole.dropped[i].fix);
            CHECK(dropped[i].reason == whole.dropped[i].reason);
            CHECK(dropped[i].detail == whole.dropped[i].detail);
        }
    }
}

TEST_CASE("empty input", "[trackfilter]")
{
    const auto r = filterTrack({}, fixAt(0, 0), kNow);
    CHECK(r.kept.isEmpty());
    CHECK(r.dropped.isEmpty());
}
