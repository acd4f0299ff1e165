#pragma once

// Where the app's fixes come from. On a phone: the platform's GNSS through Qt Positioning. On
// the desktop, in the demo and in tests: Qt's NMEA position source reading a recorded log, so
// every fix takes the same code path a phone's GNSS takes.

#include "result.h"

#include <QString>

class QGeoPositionInfoSource;
class QObject;

namespace fl::platform {

struct PositionSourceOptions
{
    // "system" (the platform's default source), "nmea:FILE" (replay a recorded NMEA log) or
    // "none" (no positioning: the app says so and records without positions).
    QString spec = QStringLiteral("system");
    double replaySpeed = 1.0; // NMEA replay: 1 = the log's own pace, 10 = ten times faster
    // NMEA replay: rewrite the log's times to today. At 1x the first fix is now; faster, the
    // times start further back so that no fix is ever later than the clock (the last is now).
    bool replayFromNow = true;
};

// The source for `options`, owned by `parent`; null with no error for "none". "nmea:FILE" gives
// Qt's QNmeaPositionInfoSource in real-time mode reading an NmeaReplayDevice, passing on every
// fix of the log (it ignores update intervals) with accuracy = HDOP × 5 m. Errors say what
// is wrong in plain words ("no NMEA log at /x.nmea", "no positioning on this device").
[[nodiscard]] Result<QGeoPositionInfoSource *>
createPositionSource(const PositionSourceOptions &options, QObject *parent);

} // namespace fl::platform
