// Patrol tracks: append-only fixes, dropped fixes kept with reasons, summary, outbox.

#include "storetest.h"

#include "domain/hlc.h"
#include "geo/geodesic.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace fl;
using namespace fl::test;

namespace {

Record startPatrol(TempStore &s, qint64 startMs)
{
    return require(s->createRecord(RecordKind::Patrol, samples::patrol(startMs).toJson(), kAuthor));
}

} // namespace

TEST_CASE("a walked track is stored with its distance and moving time", "[track]")
{
    TempStore s;
    const qint64 start = s.clockMs - 3600'000;
    const Record patrol = startPatrol(s, start);
    const auto walk = samples::walk(start, 600);
    const auto result = require(s->appendTrack(patrol.meta.id, walk, kAuthor));
    REQUIRE(result.kept == 600);
    REQUIRE(result.dropped.isEmpty());
    REQUIRE(result.summary.fixCount == 600);
    REQUIRE(result.summary.distanceMeters == Approx(geo::trackLengthMeters(walk)).epsilon(1e-9));
    REQUIRE(result.summary.distanceMeters == Approx(599 * 1.4).epsilon(0.01));
    REQUIRE(result.summary.movingMs == 599'000);
    REQUIRE(require(s->track(patrol.meta.id)) == walk);

    SECTION("the patrol's next revision carries the summary; finishing it closes the track")
    {
        Patrol finished = require(Patrol::fromJson(patrol.body));
        finished.status = PatrolStatus::Finished;
        finished.endMs = start + 600'000;
        const Record saved =
            require(s->updateRecord(patrol.meta.id, 1, finished.toJson(), kAuthor));
        const Patrol reread = require(Patrol::fromJson(saved.body));
        REQUIRE(reread.fixCount == 600);
        REQUIRE(reread.distanceMeters == Approx(result.summary.distanceMeters));
        auto more = s->appendTrack(patrol.meta.id, samples::walk(start + 700'000, 5), kAuthor);
        REQUIRE_FALSE(more.ok());
        REQUIRE(more.error().code == ErrorCode::Conflict);
    }
    SECTION("the raw fixes are queued for the ledger")
    {
        const auto pending = require(s->pendingChanges(10));
        REQUIRE(pending.size() == 2);
        REQUIRE(pending[1].op == u"track"_s);
        const QJsonObject change = QJsonDocument::fromJson(pending[1].payload).object();
        REQUIRE(change.value(u"fixes"_s).toArray().size() == 600);
        REQUIRE(change.value(u"firstSeq"_s).toInt() == 0);
    }
}

TEST_CASE("bad fixes are dropped but kept with their reason", "[track]")
{
    TempStore s;
    const qint64 start = s.clockMs - 3600'000;
    const Record patrol = startPatrol(s, start);
    auto fixes = samples::walk(start, 20);
    fixes[5].hAccuracy = 120.0;                   // poor accuracy
    fixes[8].lat = std::nan("");                  // broken receiver output
    fixes[11].lat += 0.5;                         // a 55 km jump in one second
    fixes[14].timeMs = fixes[13].timeMs;          // duplicate time
    fixes[19].timeMs = s.clockMs + 24 * 3600'000; // from the future

    const auto result = require(s->appendTrack(patrol.meta.id, fixes, kAuthor));
    REQUIRE(result.kept == 15);
    REQUIRE(result.dropped.size() == 5);
    const auto dropped = require(s->droppedFixes(patrol.meta.id));
    REQUIRE(dropped.size() == 5);
    REQUIRE(dropped[0].reason == geo::DropReason::PoorAccuracy);
    REQUIRE(dropped[0].detail.contains(u"120"_s));
    REQUIRE(dropped[1].reason == geo::DropReason::InvalidCoordinate);
    REQUIRE(dropped[2].reason == geo::DropReason::ImpossibleSpeed);
    REQUIRE(dropped[3].reason == geo::DropReason::DuplicateTime);
    REQUIRE(dropped[4].reason == geo::DropReason::FromFuture);
    REQUIRE(require(s->trackSummary(patrol.meta.id)).droppedCount == 5);
}

TEST_CASE("appending fix by fix gives the same track as appending it whole", "[track]")
{
    TempStore whole;
    TempStore live;
    const qint64 start = whole.clockMs - 3600'000;
    auto fixes = samples::walk(start, 60);
    // A jump at 20 that is a glitch, then from 40 on a genuine relocation (the car drove off
    // while the receiver had no signal) that the filter must accept after a few fixes.
    fixes[20].lat += 0.3;
    for (int i = 40; i < 60; ++i)
        fixes[i].lat += 0.2;

    const Record a = startPatrol(whole, start);
    const Record b = startPatrol(live, start);
    require(whole->appendTrack(a.meta.id, fixes, kAuthor));
    for (const auto &fix : fixes)
        require(live->appendTrack(b.meta.id, {fix}, kAuthor));

    const auto wholeTrack = require(whole->track(a.meta.id));
    REQUIRE(require(live->track(b.meta.id)) == wholeTrack);
    const auto liveDropped = require(live->droppedFixes(b.meta.id));
    const auto wholeDropped = require(whole->droppedFixes(a.meta.id));
    REQUIRE(liveDropped.size() == wholeDropped.size());
    for (qsizetype i = 0; i < liveDropped.size(); ++i) {
        REQUIRE(liveDropped[i].fix == wholeDropped[i].fix);
        REQUIRE(liveDropped[i].reason == wholeDropped[i].reason);
    }
    const TrackSummary liveSummary = require(live->trackSummary(b.meta.id));
    const TrackSummary wholeSummary = require(whole->trackSummary(a.meta.id));
    REQUIRE(liveSummary.distanceMeters == Approx(wholeSummary.distanceMeters));
    REQUIRE(liveSummary.movingMs == wholeSummary.movingMs);
    REQUIRE(liveSummary.droppedCount == wholeSummary.droppedCount);
    REQUIRE(wholeTrack.last().lat == Approx(fixes.last().lat)); // re-anchored, not stuck
}

TEST_CASE("tracks only attach to open patrols", "[track]")
{
    TempStore s;
    auto none = s->appendTrack(u"0190f2c4-0000-7000-8000-000000000000"_s,
                               samples::walk(s.clockMs, 3), kAuthor);
    REQUIRE_FALSE(none.ok());
    REQUIRE(none.error().code == ErrorCode::NotFound);

    const Record complaint = require(s->createRecord(
        RecordKind::ComplaintCase, samples::complaint(s.clockMs).toJson(), kAuthor));
    REQUIRE_FALSE(s->appendTrack(complaint.meta.id, samples::walk(s.clockMs, 3), kAuthor).ok());
    const Record patrol = startPatrol(s, s.clockMs - 1000);
    REQUIRE_FALSE(s->appendTrack(patrol.meta.id, {}, kAuthor).ok());
}

TEST_CASE("moving time adds up exactly at 5 Hz and with a jittery 1 Hz clock", "[track]")
{
    TempStore s;
    const qint64 start = s.clockMs - 3600'000;
    const Record patrol = startPatrol(s, start);
    auto fixes = samples::walk(start, 600);
    for (qsizetype i = 0; i < fixes.size(); ++i)
        fixes[i].timeMs = start + i * 200 + (i % 2 ? 7 : 0); // 5 Hz, receiver jitter
    require(s->appendTrack(patrol.meta.id, fixes, kAuthor));
    REQUIRE(require(s->trackSummary(patrol.meta.id)).movingMs ==
            fixes.last().timeMs - fixes.first().timeMs);
}

TEST_CASE("track appends need an author and keep the clock monotonic across restarts", "[track]")
{
    TempStore s;
    const Record patrol = startPatrol(s, s.clockMs - 600'000);
    REQUIRE(s->appendTrack(patrol.meta.id, samples::walk(s.clockMs - 500'000, 3), u" "_s)
                .error()
                .code == ErrorCode::InvalidInput);
    require(s->appendTrack(patrol.meta.id, samples::walk(s.clockMs - 500'000, 3), kAuthor));
    const QString before = QJsonDocument::fromJson(require(s->pendingChanges(10)).last().payload)
                               .object()
                               .value(u"hlc"_s)
                               .toString();
    s.clockMs -= 3600'000; // the phone's clock is set back an hour, the app restarts
    s.reopen();
    require(
        s->appendTrack(patrol.meta.id, samples::walk(s.clockMs + 3600'000 - 400'000, 3), kAuthor));
    const QString after = QJsonDocument::fromJson(require(s->pendingChanges(10)).last().payload)
                              .object()
                              .value(u"hlc"_s)
                              .toString();
    REQUIRE(Hlc::parse(after) > Hlc::parse(before));
}
