#pragma once

// Cleans a raw GNSS track: drops fixes that would corrupt distance and map display, and keeps
// every dropped fix with its reason (a patrol's raw data is evidence too).

#include "latlon.h"

#include <QList>
#include <QString>

#include <optional>

namespace fl::geo {

enum class DropReason {
    InvalidCoordinate, // NaN, infinite or out of range
    FromFuture,        // time later than now + tolerance (bad receiver clock)
    DuplicateTime,     // same or earlier timestamp than the previous kept fix
    PoorAccuracy,      // horizontal accuracy worse than the limit
    ImpossibleSpeed,   // implied speed from the previous kept fix is above the limit (a jump)
};

[[nodiscard]] QString dropReasonName(DropReason reason); // "invalid-coordinate", ...
[[nodiscard]] std::optional<DropReason> dropReasonFromName(QStringView name);

struct DroppedFix
{
    TrackFix fix;
    DropReason reason = DropReason::InvalidCoordinate;
    QString detail;     // plain words with the numbers, e.g. "accuracy 85 m, limit 50 m"
    int keptBefore = 0; // fixes of the same batch kept before this one, in filtering order
};

struct TrackFilterSettings
{
    double maxAccuracyMeters = 50.0;
    double maxSpeedMps = 70.0; // ~250 km/h: faster than any patrol vehicle
    qint64 futureToleranceMs = 120'000;
    // After this many consecutive speed-rejected fixes that agree with each other, the filter
    // accepts that the device really is there (the earlier anchor was the bad fix).
    int reanchorAfter = 5;
};

struct TrackFilterResult
{
    QList<TrackFix> kept;
    QList<DroppedFix> dropped;
};

// Where filtering stopped: what `filterTrack` needs to go on with the next batch exactly as if
// the batches had been one track.
//
// A caller that stores the filter's output rebuilds it from the stored data:
// - `previous` = the last kept fix (none if nothing has been kept yet);
// - `speedRejectedRun` = trailingConsistentRun(the fixes dropped with ImpossibleSpeed after
//   `previous`, in the order they were filtered).
// "After" means after in filtering order: every ImpossibleSpeed drop is later in time than the
// anchor it was tested against, but a drop from before `previous` was kept can also be later in
// time than `previous` when fixes arrive out of time order, so a time comparison is only a
// stand-in for the order when the input's times only increase.
struct TrackFilterState
{
    std::optional<TrackFix> previous; // last kept fix
    // The trailing consecutive speed-rejected fixes after `previous` that are mutually
    // consistent (each reachable from the one before within maxSpeedMps), oldest first. Fixes
    // dropped for other reasons are not part of it and do not break it.
    QList<TrackFix> speedRejectedRun;
};

// The suffix of `speedRejectedAfterPrevious` (the ImpossibleSpeed drops after the last kept fix,
// in filtering order) that the filter still counts towards re-anchoring: the longest suffix in
// which each fix is consistent with the one before it, cut to its last `reanchorAfter - 1` fixes
// (a longer run would already have re-anchored) and empty when `reanchorAfter` <= 0.
[[nodiscard]] QList<TrackFix>
trailingConsistentRun(const QList<TrackFix> &speedRejectedAfterPrevious,
                      const TrackFilterSettings &settings = {});

// Filters `fixes` in order, going on from `state` (default: the start of a track). Filtering a
// track in batches, each with the state rebuilt from the output so far (see TrackFilterState),
// gives the same kept and dropped fixes as filtering it whole. `nowMs` is the device's current
// UTC time. `state.speedRejectedRun` goes through trailingConsistentRun first, so passing all
// ImpossibleSpeed drops after `previous` is also fine; it is ignored without `previous`.
[[nodiscard]] TrackFilterResult filterTrack(const QList<TrackFix> &fixes,
                                            const TrackFilterState &state, qint64 nowMs,
                                            const TrackFilterSettings &settings = {});

} // namespace fl::geo
