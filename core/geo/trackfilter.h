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
    QString detail; // plain words with the numbers, e.g. "accuracy 85 m, limit 50 m"
};

struct TrackFilterSettings
{
    double maxAccuracyMeters = 50.0;
    double maxSpeedMps = 70.0;       // ~250 km/h: faster than any patrol vehicle
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

// Filters `fixes` in order. `previous` is the last fix kept before this batch (so batches of one
// track filter the same as the whole). `nowMs` is the device's current UTC time.
[[nodiscard]] TrackFilterResult filterTrack(const QList<TrackFix> &fixes,
                                            const std::optional<TrackFix> &previous,
                                            qint64 nowMs, const TrackFilterSettings &settings = {});

} // namespace fl::geo
