// Store: patrol tracks. Fixes are append-only rows; every append is one transaction that also
// queues the raw fixes (kept and dropped) for the ledger.

#include "store.h"

#include "domain/ids.h"
#include "domain/trackjson.h"
#include "geo/geodesic.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace fl {

namespace {

// Gaps longer than this between two kept fixes are pauses or lost signal, not patrol time.
constexpr qint64 kMaxMovingGapMs = 120'000;

geo::TrackFix fixFromRow(const storage::Statement &row)
{
    geo::TrackFix fix;
    fix.timeMs = row.int64(0);
    fix.lat = row.real(1);
    fix.lon = row.real(2);
    fix.altitude = row.optionalReal(3);
    fix.hAccuracy = row.optionalReal(4);
    fix.speed = row.optionalReal(5);
    return fix;
}

void extendSummary(TrackSummary &summary, std::optional<geo::TrackFix> previous,
                   const QList<geo::TrackFix> &kept)
{
    for (const auto &fix : kept) {
        if (previous) {
            summary.distanceMeters += geo::distanceMeters(previous->position(), fix.position());
            const qint64 gap = fix.timeMs - previous->timeMs;
            if (gap > 0 && gap <= kMaxMovingGapMs)
                summary.movingMs += gap; // in ms: 5 Hz or jittered 1 Hz adds up exactly
        } else {
            summary.firstTimeMs = fix.timeMs;
        }
        summary.lastTimeMs = fix.timeMs;
        previous = fix;
    }
    summary.fixCount += int(kept.size());
}

Result<void> insertFixes(storage::Database &db, const QString &patrolId, int firstSeq,
                         const QList<geo::TrackFix> &fixes)
{
    auto insert = db.prepare("INSERT INTO track_fixes (patrol_id, seq, time_ms, lat, lon,"
                             " altitude, accuracy, speed) VALUES (?1,?2,?3,?4,?5,?6,?7,?8)");
    if (!insert)
        return insert.error();
    for (qsizetype i = 0; i < fixes.size(); ++i) {
        const auto &fix = fixes[i];
        insert->bind(1, patrolId).bind(2, qint64(firstSeq + i)).bind(3, fix.timeMs);
        insert->bind(4, fix.lat).bind(5, fix.lon).bind(6, fix.altitude);
        insert->bind(7, fix.hAccuracy).bind(8, fix.speed);
        if (auto r = insert->run(); !r)
            return r;
    }
    return {};
}

// The map and "near me" place a patrol at where its track starts.
Result<void> placeAtTrackStart(storage::Database &db, const QString &patrolId,
                               const geo::TrackFix &start)
{
    auto place = db.prepare("UPDATE records SET lat = ?1, lon = ?2 WHERE id = ?3");
    if (!place)
        return place.error();
    place->bind(1, start.lat).bind(2, start.lon);
    return place->bind(3, patrolId).run();
}

} // namespace

// The filter's memory, rebuilt from what is stored, so appending fix by fix filters exactly like
// appending the whole track at once (including re-anchoring after a run of jumped fixes).
Result<geo::TrackFilterState> Store::filterState(const QString &patrolId, int keptCount)
{
    geo::TrackFilterState state;
    if (keptCount == 0)
        return state;
    auto last = m_db.prepare("SELECT time_ms, lat, lon, altitude, accuracy, speed FROM"
                             " track_fixes WHERE patrol_id = ?1 ORDER BY seq DESC LIMIT 1");
    if (!last)
        return last.error();
    auto lastFix = last->bind(1, patrolId).first(fixFromRow);
    if (!lastFix)
        return lastFix.error();
    if (!*lastFix) {
        return makeError(
            ErrorCode::StorageCorrupt,
            u"patrol %1 should have %2 track fixes but has none"_s.arg(patrolId).arg(keptCount));
    }
    state.previous = **lastFix;

    auto rejected =
        m_db.prepare("SELECT time_ms, lat, lon, altitude, accuracy, speed FROM track_dropped"
                     " WHERE patrol_id = ?1 AND reason = 'impossible-speed' AND kept_before = ?2"
                     " ORDER BY seq");
    if (!rejected)
        return rejected.error();
    auto run = rejected->bind(1, patrolId).bind(2, keptCount).all(fixFromRow);
    if (!run)
        return run.error();
    state.speedRejectedRun = geo::trailingConsistentRun(*run);
    return state;
}

Result<TrackSummary> Store::trackSummary(const QString &patrolId)
{
    auto select =
        m_db.prepare("SELECT fix_count, dropped_count, distance_m, moving_ms,"
                     " first_time_ms, last_time_ms FROM track_state WHERE patrol_id = ?1");
    if (!select)
        return select.error();
    auto summary = select->bind(1, patrolId).first([](const auto &row) {
        return TrackSummary{int(row.int64(0)), int(row.int64(1)), row.real(2),
                            row.int64(3),      row.int64(4),      row.int64(5)};
    });
    if (!summary)
        return summary.error();
    return summary->value_or(TrackSummary{}); // no fixes yet
}

Result<QList<geo::TrackFix>> Store::track(const QString &patrolId)
{
    auto select = m_db.prepare("SELECT time_ms, lat, lon, altitude, accuracy, speed"
                               " FROM track_fixes WHERE patrol_id = ?1 ORDER BY seq");
    if (!select)
        return select.error();
    return select->bind(1, patrolId).all(fixFromRow);
}

Result<QList<geo::DroppedFix>> Store::droppedFixes(const QString &patrolId)
{
    auto select = m_db.prepare("SELECT time_ms, lat, lon, altitude, accuracy, speed, reason, detail"
                               " FROM track_dropped WHERE patrol_id = ?1 ORDER BY seq");
    if (!select)
        return select.error();
    return select->bind(1, patrolId).all([](const auto &row) {
        const auto reason = geo::dropReasonFromName(row.text(6));
        return geo::DroppedFix{fixFromRow(row), reason.value_or(geo::DropReason::InvalidCoordinate),
                               row.text(7)};
    });
}

Result<TrackAppendResult> Store::appendTrack(const QString &patrolId,
                                             const QList<geo::TrackFix> &fixes,
                                             const QString &author)
{
    if (fixes.isEmpty())
        return makeError(ErrorCode::InvalidInput, u"no fixes to append"_s);
    if (author.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, u"every change needs an author"_s);
    // Everything below reads and writes under the write lock, so no other connection can
    // append between our read of the track's end and our insert.
    storage::Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto patrol = record(patrolId);
    if (!patrol)
        return patrol.error();
    if (patrol->meta.kind != RecordKind::Patrol || patrol->meta.deleted)
        return makeError(ErrorCode::InvalidInput, u"%1 is not an open patrol"_s.arg(patrolId));
    if (patrol->body.value(u"status"_s).toString() == u"finished"_s) {
        return makeError(ErrorCode::Conflict,
                         u"the patrol is finished; its track cannot grow any more"_s);
    }
    auto summary = trackSummary(patrolId);
    if (!summary)
        return summary.error();
    auto state = filterState(patrolId, summary->fixCount);
    if (!state)
        return state.error();
    const std::optional<geo::TrackFix> previous = state->previous;
    const geo::TrackFilterResult filtered = geo::filterTrack(fixes, *state, now());
    TrackAppendResult result{int(filtered.kept.size()), filtered.dropped, *summary};
    extendSummary(result.summary, previous, filtered.kept);
    result.summary.droppedCount += int(filtered.dropped.size());

    if (auto r = insertFixes(m_db, patrolId, summary->fixCount, filtered.kept); !r)
        return r.error();
    QJsonArray keptJson;
    for (const auto &fix : filtered.kept)
        keptJson.append(trackFixToJson(fix));
    auto insertDropped = m_db.prepare(
        "INSERT INTO track_dropped (patrol_id, seq, time_ms, lat, lon, altitude, accuracy, speed,"
        " reason, detail, kept_before) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)");
    if (!insertDropped)
        return insertDropped.error();
    QJsonArray droppedJson;
    for (qsizetype i = 0; i < filtered.dropped.size(); ++i) {
        const auto &d = filtered.dropped[i];
        // NaN cannot be stored as a number: an invalid coordinate is kept as NULL + the reason.
        const auto finite = [](double v) {
            return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
        };
        insertDropped->bind(1, patrolId).bind(2, qint64(summary->droppedCount + i));
        insertDropped->bind(3, d.fix.timeMs).bind(4, finite(d.fix.lat)).bind(5, finite(d.fix.lon));
        insertDropped->bind(6, d.fix.altitude ? finite(*d.fix.altitude) : std::nullopt);
        insertDropped->bind(7, d.fix.hAccuracy ? finite(*d.fix.hAccuracy) : std::nullopt);
        insertDropped->bind(8, d.fix.speed ? finite(*d.fix.speed) : std::nullopt);
        insertDropped->bind(9, geo::dropReasonName(d.reason)).bind(10, d.detail);
        insertDropped->bind(11, summary->fixCount + d.keptBefore);
        if (auto r = insertDropped->run(); !r)
            return r.error();
        droppedJson.append(QJsonObject{{u"timeMs"_s, d.fix.timeMs},
                                       {u"reason"_s, geo::dropReasonName(d.reason)},
                                       {u"detail"_s, d.detail}});
    }
    if (auto r = saveTrackSummary(patrolId, result.summary); !r)
        return r.error();
    if (!filtered.kept.isEmpty() && !previous) {
        if (auto r = placeAtTrackStart(m_db, patrolId, filtered.kept.first()); !r)
            return r.error();
    }
    auto hlc = nextHlc();
    if (!hlc)
        return hlc.error();
    const QJsonObject change{
        {u"recordId"_s, patrolId}, {u"kind"_s, recordKindName(RecordKind::Patrol)},
        {u"hlc"_s, *hlc},          {u"deviceId"_s, m_deviceId},
        {u"author"_s, author},     {u"firstSeq"_s, summary->fixCount},
        {u"fixes"_s, keptJson},    {u"dropped"_s, droppedJson},
    };
    if (auto r = insertOutbox(patrolId, u"track"_s, change); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return result;
}

Result<void> Store::saveTrackSummary(const QString &patrolId, const TrackSummary &summary)
{
    auto save = m_db.prepare(
        "INSERT INTO track_state (patrol_id, fix_count, dropped_count, distance_m, moving_ms,"
        " first_time_ms, last_time_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
        " ON CONFLICT (patrol_id) DO UPDATE SET fix_count = ?2, dropped_count = ?3,"
        " distance_m = ?4, moving_ms = ?5, first_time_ms = ?6, last_time_ms = ?7");
    if (!save)
        return save.error();
    save->bind(1, patrolId).bind(2, summary.fixCount).bind(3, summary.droppedCount);
    save->bind(4, summary.distanceMeters).bind(5, summary.movingMs);
    save->bind(6, summary.firstTimeMs).bind(7, summary.lastTimeMs);
    return save->run();
}

// Another device's fixes for a patrol, appended in their order: fix i of the change is the
// patrol's fix firstSeq + i, so fixes the store already holds are skipped and a change applied
// twice adds nothing. A change that starts beyond the end of the stored track (a gap) is left
// out rather than stored out of order.
Result<int> Store::applyRemoteTrack(const RemoteTrack &track)
{
    auto patrol = record(track.patrolId);
    if (!patrol) {
        if (patrol.error().code == ErrorCode::NotFound)
            return 0; // not a record this device sees
        return patrol.error();
    }
    if (patrol->meta.kind != RecordKind::Patrol)
        return 0;
    auto summary = trackSummary(track.patrolId);
    if (!summary)
        return summary.error();
    if (track.firstSeq > summary->fixCount)
        return 0;
    const QList<geo::TrackFix> fresh = track.fixes.mid(summary->fixCount - track.firstSeq);
    std::optional<geo::TrackFix> previous;
    if (summary->fixCount > 0) {
        auto state = filterState(track.patrolId, summary->fixCount);
        if (!state)
            return state.error();
        previous = state->previous;
    }
    if (auto r = insertFixes(m_db, track.patrolId, summary->fixCount, fresh); !r)
        return r.error();
    TrackSummary next = *summary;
    extendSummary(next, previous, fresh);
    auto dropped = addRemoteDropped(track.patrolId, track.dropped);
    if (!dropped)
        return dropped.error();
    next.droppedCount += *dropped;
    if (fresh.isEmpty() && *dropped == 0)
        return 0;
    if (auto r = saveTrackSummary(track.patrolId, next); !r)
        return r.error();
    if (!fresh.isEmpty() && !previous) {
        if (auto r = placeAtTrackStart(m_db, track.patrolId, fresh.first()); !r)
            return r.error();
    }
    return int(fresh.size());
}

// A pulled track change names its dropped fixes by time, reason and detail only: they are kept
// without coordinates and with kept_before -1, so they never enter the filter's memory (which
// needs positions), and one already held is not added again.
Result<int> Store::addRemoteDropped(const QString &patrolId, const QList<RemoteDroppedFix> &dropped)
{
    auto held = m_db.prepare("SELECT 1 FROM track_dropped WHERE patrol_id = ?1 AND time_ms = ?2"
                             " AND reason = ?3 AND detail = ?4");
    if (!held)
        return held.error();
    auto count = m_db.prepare("SELECT COUNT(*) FROM track_dropped WHERE patrol_id = ?1");
    if (!count)
        return count.error();
    auto stored = count->bind(1, patrolId).first([](const auto &row) { return row.int64(0); });
    if (!stored)
        return stored.error();
    qint64 seq = stored->value_or(0);
    auto insert = m_db.prepare("INSERT INTO track_dropped (patrol_id, seq, time_ms, reason, detail,"
                               " kept_before) VALUES (?1, ?2, ?3, ?4, ?5, -1)");
    if (!insert)
        return insert.error();
    int added = 0;
    for (const auto &d : dropped) {
        auto exists =
            held->bind(1, patrolId).bind(2, d.timeMs).bind(3, d.reason).bind(4, d.detail).exists();
        if (!exists)
            return exists.error();
        if (*exists)
            continue;
        insert->bind(1, patrolId).bind(2, seq++).bind(3, d.timeMs).bind(4, d.reason);
        if (auto r = insert->bind(5, d.detail).run(); !r)
            return r.error();
        ++added;
    }
    return added;
}

} // namespace fl
