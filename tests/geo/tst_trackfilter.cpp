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

// The state after a kept `previous` with no speed-rejected run behind it.
TrackFilterState after(const TrackFix &previous)
{
    TrackFilterState state;
    state.previous = previous;
    return state;
}

// One fix of the filter's output as a store keeps it: kept, or dropped with a reason.
struct Filtered
{
    TrackFix fix;
    std::optional<DropReason> dropped;
};

// Puts a batch's kept and dropped fixes back in the order they were filtered. `kept` and
// `dropped` each keep the input order, and every test fix is distinct, so a merge is exact.
QList<Filtered> inFilteringOrder(const QList<TrackFix> &batch, const TrackFilterResult &r)
{
    QList<Filtered> out;
    qsizetype k = 0;
    qsizetype d = 0;
    for (const TrackFix &fix : batch) {
        if (k < r.kept.size() && r.kept[k] == fix) {
            out.append({fix, std::nullopt});
            ++k;
        } else {
            REQUIRE(d < r.dropped.size());
            REQUIRE(r.dropped[d].fix == fix);
            out.append({fix, r.dropped[d].reason});
            ++d;
        }
    }
    REQUIRE(k == r.kept.size());
    REQUIRE(d == r.dropped.size());
    return out;
}

// Rebuilds the filter state from stored output the way trackfilter.h tells a caller to: the last
// kept fix, and trailingConsistentRun of the ImpossibleSpeed drops after it.
TrackFilterState stateFrom(const QList<Filtered> &stored, const TrackFilterSettings &settings)
{
    TrackFilterState state;
    qsizetype lastKept = -1;
    for (qsizetype i = 0; i < stored.size(); ++i) {
        if (!stored[i].dropped)
            lastKept = i;
    }
    if (lastKept >= 0)
        state.previous = stored[lastKept].fix;
    QList<TrackFix> rejected;
    for (qsizetype i = lastKept + 1; i < stored.size(); ++i) {
        if (stored[i].dropped == DropReason::ImpossibleSpeed)
            rejected.append(stored[i].fix);
    }
    state.speedRejectedRun = trailingConsistentRun(rejected, settings);
    return state;
}

void append(TrackFilterResult &to, const TrackFilterResult &batch)
{
    to.kept += batch.kept;
    to.dropped += batch.dropped;
}

void checkSameResult(const TrackFilterResult &actual, const TrackFilterResult &expected)
{
    CHECK(actual.kept == expected.kept);
    REQUIRE(actual.dropped.size() == expected.dropped.size());
    for (qsizetype i = 0; i < actual.dropped.size(); ++i) {
        CHECK(actual.dropped[i].fix == expected.dropped[i].fix);
        CHECK(actual.dropped[i].reason == expected.dropped[i].reason);
        CHECK(actual.dropped[i].detail == expected.dropped[i].detail);
    }
}

// Filters `fixes` one at a time, rebuilding the state from the stored output before each, as the
// device store does with live fixes.
TrackFilterResult filterOneByOne(const QList<TrackFix> &fixes, const TrackFilterSettings &settings)
{
    QList<Filtered> stored;
    TrackFilterResult total;
    for (const TrackFix &fix : fixes) {
        const QList<TrackFix> batch{fix};
        const TrackFilterResult r = filterTrack(batch, stateFrom(stored, settings), kNow, settings);
        stored += inFilteringOrder(batch, r);
        append(total, r);
    }
    return total;
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
    const TrackFilterResult r = filterTrack(fixes, {}, kNow);
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
        const auto r = filterTrack(fixes, {}, kNow);
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
        const auto r = filterTrack(fixes, {}, kNow);
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
        const auto r = filterTrack({late, justInside}, {}, kNow);
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
        const auto r = filterTrack(fixes, {}, kNow);
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
        const auto r = filterTrack({fixAt(2, 3)}, after(fixAt(2, 3)), kNow);
        REQUIRE(r.dropped.size() == 1);
        CHECK(r.dropped[0].reason == DropReason::DuplicateTime);
    }
    SECTION("poor accuracy")
    {
        fixes << fixAt(3, 4.5, 85.0) << fixAt(4, 6, 50.0) << fixAt(5, 7.5, std::nullopt);
        const auto r = filterTrack(fixes, {}, kNow);
        REQUIRE(r.dropped.size() == 1);
        CHECK(r.dropped[0].reason == DropReason::PoorAccuracy);
        CHECK(r.dropped[0].detail == QStringLiteral("accuracy 85 m, limit 50 m"));
        CHECK(r.kept.size() == 5); // 50 m is at the limit; unknown accuracy is not "poor"
    }
    SECTION("impossible speed")
    {
        // 114.4 m/s from the last kept fix (3 m north at t=2) = 412 km/h.
        fixes << fixAt(3, 3.0 + 114.4);
        const auto r = filterTrack(fixes, {}, kNow);
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
        const auto r = filterTrack(fixes, {}, kNow, s);
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
    auto r = filterTrack({f}, after(fixAt(-1, 0)), kNow);
    REQUIRE(r.dropped.size() == 1);
    CHECK(r.dropped[0].reason == DropReason::FromFuture);

    // Earlier than previous and poor accuracy: duplicate time wins.
    r = filterTrack({fixAt(-5, 0, 500.0)}, after(fixAt(-1, 0)), kNow);
    REQUIRE(r.dropped.size() == 1);
    CHECK(r.dropped[0].reason == DropReason::DuplicateTime);

    // Poor accuracy and a jump: accuracy wins.
    r = filterTrack({fixAt(1, 50'000, 500.0)}, after(fixAt(0, 0)), kNow);
    REQUIRE(r.dropped.size() == 1);
    CHECK(r.dropped[0].reason == DropReason::PoorAccuracy);
}

TEST_CASE("a single jump is dropped and the track continues", "[trackfilter]")
{
    QList<TrackFix> fixes = walk(10);
    fixes.insert(5, fixAt(4.5, 2000.0)); // 2 km away half a second later
    const auto r = filterTrack(fixes, {}, kNow);
    REQUIRE(r.dropped.size() == 1);
    CHECK(r.dropped[0].reason == DropReason::ImpossibleSpeed);
    CHECK(r.dropped[0].fix == fixes[5]);
    CHECK(r.kept == walk(10));
}

TEST_CASE("a short burst of consistent jumps below reanchorAfter is dropped", "[trackfilter]")
{
    QList<TrackFix> fixes = walk(5);             // t=0..4
    fixes += walk(4, 5, 5000.0);                 // 4 consistent fixes 5 km away, t=5..8
    fixes += walk(5, 9, 1.5 * 9);                // back on the real track
    const auto r = filterTrack(fixes, {}, kNow); // reanchorAfter = 5
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
    const auto r = filterTrack(fixes, {}, kNow);

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
        const auto r2 = filterTrack(fixes, {}, kNow, s);
        CHECK(r2.dropped.size() == 1);
        CHECK(r2.kept.size() == 12);
    }
    SECTION("reanchorAfter 0 never re-anchors")
    {
        TrackFilterSettings s;
        s.reanchorAfter = 0;
        const auto r2 = filterTrack(fixes, {}, kNow, s);
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
    const auto r = filterTrack(fixes, {}, kNow);
    CHECK(r.kept == walk(3));
    CHECK(r.dropped.size() == 8);
}

TEST_CASE("trailingConsistentRun keeps the run the filter would still be counting", "[trackfilter]")
{
    const QList<TrackFix> relocated = walk(4, 10, 30'000.0); // consistent with each other
    const TrackFix spike = fixAt(9.5, -50'000.0);

    CHECK(trailingConsistentRun({}).isEmpty());
    CHECK(trailingConsistentRun({spike}) == QList<TrackFix>{spike});
    CHECK(trailingConsistentRun(relocated) == relocated);

    // An inconsistent fix ends the run before it; the run starts again after it.
    CHECK(trailingConsistentRun(QList<TrackFix>{relocated[0], spike} + relocated.mid(1)) ==
          relocated.mid(1));
    CHECK(trailingConsistentRun(relocated + QList<TrackFix>{spike}) == QList<TrackFix>{spike});

    // Going back in time is not consistent, even without moving.
    CHECK(trailingConsistentRun({relocated[1], relocated[0]}) == QList<TrackFix>{relocated[0]});

    TrackFilterSettings s;
    SECTION("a run never needs more than reanchorAfter - 1 fixes")
    {
        s.reanchorAfter = 3;
        CHECK(trailingConsistentRun(relocated, s) == relocated.mid(2));
        s.reanchorAfter = 1;
        CHECK(trailingConsistentRun(relocated, s).isEmpty());
    }
    SECTION("no run when re-anchoring is off")
    {
        s.reanchorAfter = 0;
        CHECK(trailingConsistentRun(relocated, s).isEmpty());
    }
    SECTION("consistency uses the speed limit from the settings")
    {
        s.maxSpeedMps = 1.0; // the walk's 1.5 m/s is now too fast
        CHECK(trailingConsistentRun(relocated, s) == relocated.mid(3));
    }
}

TEST_CASE("a speed-rejected run carried in the state counts towards re-anchoring", "[trackfilter]")
{
    const TrackFix anchor = fixAt(2, 3);
    const QList<TrackFix> relocated = walk(6, 3, 30'000.0);

    TrackFilterState state = after(anchor);
    state.speedRejectedRun = relocated.mid(0, 3);
    auto r = filterTrack(relocated.mid(3), state, kNow);
    // 4th rejected: dropped; 5th: re-anchors; 6th: kept from the new anchor.
    REQUIRE(r.dropped.size() == 1);
    CHECK(r.dropped[0].fix == relocated[3]);
    CHECK(r.kept == relocated.mid(4));

    SECTION("the run is checked: a run ending in a spike counts only the spike")
    {
        state.speedRejectedRun.append(fixAt(5.5, -50'000.0));
        r = filterTrack(relocated.mid(3), state, kNow);
        CHECK(r.kept.isEmpty());
        CHECK(r.dropped.size() == 3);
    }
    SECTION("without `previous` the run is ignored")
    {
        state.previous.reset();
        r = filterTrack(relocated.mid(3), state, kNow);
        CHECK(r.kept == relocated.mid(3));
        CHECK(r.dropped.isEmpty());
    }
}

TEST_CASE("filtering in batches equals filtering the whole track", "[trackfilter]")
{
    // A messy track: jumps, a poor fix, a duplicate, an invalid one, a future one, then a real
    // relocation whose re-anchoring run is interrupted by a poor fix, a duplicate and a spike.
    QList<TrackFix> fixes = walk(60);
    fixes[7].hAccuracy = 120.0;
    fixes[12].lat += 0.05;                // jump
    fixes[18].timeMs = fixes[17].timeMs;  // duplicate
    fixes[23].lon = 200.0;                // (not NaN: NaN != NaN would defeat the comparison below)
    fixes[29].timeMs = kNow + 86'400'000; // from the future
    fixes[33].lat -= 0.05;                // jump
    for (qsizetype i = 40; i < fixes.size(); ++i)
        fixes[i].lat += 30'000.0 / kMetresPerDegLat; // the device really is 30 km away from here
    fixes[42].hAccuracy = 120.0;                     // neither extends nor breaks the run
    fixes[44].lat += 0.5;                            // a spike: breaks the run
    fixes[47].timeMs = fixes[39].timeMs;             // duplicate of the anchor: does not break it

    const int reanchorAfter = GENERATE(5, 3, 2, 1, 0);
    INFO("reanchorAfter " << reanchorAfter);
    TrackFilterSettings settings;
    settings.reanchorAfter = reanchorAfter;

    const TrackFilterResult whole = filterTrack(fixes, {}, kNow, settings);
    if (reanchorAfter == 5) {
        // Run 40, 41, 43; the spike 44 starts a new run that 45 breaks; 45, 46, 48, 49, 50
        // re-anchor at 50.
        REQUIRE(whole.dropped.size() == 16);
        CHECK(whole.kept.contains(fixes[50]));
        CHECK_FALSE(whole.kept.contains(fixes[49]));
        CHECK(whole.kept.constLast() == fixes.constLast());
    }

    int splitsInsideARun = 0;
    for (qsizetype split = 0; split <= fixes.size(); ++split) {
        INFO("split at " << split);
        const QList<TrackFix> firstBatch = fixes.mid(0, split);
        const QList<TrackFix> secondBatch = fixes.mid(split);
        const TrackFilterResult first = filterTrack(firstBatch, {}, kNow, settings);
        const TrackFilterState state = stateFrom(inFilteringOrder(firstBatch, first), settings);
        if (!state.speedRejectedRun.isEmpty())
            ++splitsInsideARun;
        TrackFilterResult batches = first;
        append(batches, filterTrack(secondBatch, state, kNow, settings));
        checkSameResult(batches, whole);
    }
    if (reanchorAfter > 1)
        CHECK(splitsInsideARun >= reanchorAfter - 1);

    checkSameResult(filterOneByOne(fixes, settings), whole);

    if (reanchorAfter == 5) {
        // Carrying only `previous` (the old API) restarts the run at a cut inside it: the
        // re-anchoring comes later than in the whole track.
        const TrackFilterResult first = filterTrack(fixes.mid(0, 47), {}, kNow, settings);
        TrackFilterResult onlyPrevious = first;
        append(onlyPrevious,
               filterTrack(fixes.mid(47), after(first.kept.constLast()), kNow, settings));
        CHECK(onlyPrevious.kept != whole.kept);
    }
}

TEST_CASE("appending one fix at a time re-anchors after a real relocation", "[trackfilter]")
{
    // A walk, a single jump that must not move the anchor, more walk, then the device reports
    // from 30 km away from then on (e.g. the first fixes came from a stale position).
    QList<TrackFix> fixes = walk(5);                          // t=0..4
    const TrackFix jump = fixAt(5, 2'000.0);                  // 2 km in 1 s
    fixes.append(jump);                                       // t=5
    fixes += walk(4, 6, 9.0);                                 // t=6..9, back on the track
    const QList<TrackFix> relocated = walk(10, 10, 30'000.0); // t=10..19
    fixes += relocated;

    QList<Filtered> stored;
    TrackFilterResult total;
    for (qsizetype i = 0; i < fixes.size(); ++i) {
        INFO("fix " << i);
        const TrackFilterState state = stateFrom(stored, {});
        if (i == 6) // the jump is a run of one until the next fix is kept
            CHECK(state.speedRejectedRun == QList<TrackFix>{jump});
        else if (i >= 11 && i <= 14) // the relocated fixes dropped so far
            CHECK(state.speedRejectedRun == relocated.mid(0, i - 10));
        else
            CHECK(state.speedRejectedRun.isEmpty());
        const QList<TrackFix> batch{fixes[i]};
        const TrackFilterResult r = filterTrack(batch, state, kNow);
        stored += inFilteringOrder(batch, r);
        append(total, r);
    }

    REQUIRE(total.dropped.size() == 5);
    CHECK(total.dropped[0].fix == jump);
    for (int i = 0; i < 5; ++i)
        CHECK(total.dropped[i].reason == DropReason::ImpossibleSpeed);
    for (int i = 0; i < 4; ++i)
        CHECK(total.dropped[1 + i].fix == relocated[i]);
    QList<TrackFix> expected = walk(5) + walk(4, 6, 9.0) + relocated.mid(4);
    CHECK(total.kept == expected);
    checkSameResult(total, filterTrack(fixes, {}, kNow));

    // What the old API did: with only `previous` carried, a run never grows past one fix, so
    // everything after the relocation was dropped.
    TrackFilterResult onlyPrevious;
    std::optional<TrackFix> previous;
    for (const TrackFix &fix : fixes) {
        TrackFilterState state;
        state.previous = previous;
        const TrackFilterResult r = filterTrack({fix}, state, kNow);
        if (!r.kept.isEmpty())
            previous = r.kept.constLast();
        append(onlyPrevious, r);
    }
    CHECK(onlyPrevious.dropped.size() == 11);
}

TEST_CASE("empty input", "[trackfilter]")
{
    const auto r = filterTrack({}, after(fixAt(0, 0)), kNow);
    CHECK(r.kept.isEmpty());
    CHECK(r.dropped.isEmpty());
}
