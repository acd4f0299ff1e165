#pragma once

// NMEA 0183 log parsing (GGA, RMC, GSA, GST; any talker: GP, GN, BD, GL, GA) into track fixes.
// The same logs drive Qt's NMEA position plugin in the app, so a log replayed in tests takes
// the same data the phone's GNSS would give.

#include "latlon.h"

#include <QList>
#include <QString>

namespace fl::geo {

struct NmeaProblem
{
    int line = 0;    // 1-based line number in the log
    QString message; // "checksum mismatch: expected 4F, found 4E", "no fix (quality 0)", ...
};

struct NmeaParseResult
{
    QList<TrackFix> fixes;       // one per epoch (UTC time), in log order
    QList<NmeaProblem> problems; // lines skipped, with why
    // Sentences accepted: every "$..." line with a valid checksum or none at all, including
    // types we ignore (GSV, VTG, proprietary) and ones later skipped for their content (void
    // status, no fix). Lines with a bad or malformed checksum are not counted.
    int sentences = 0;
};

// Combines sentences of one epoch (same UTC time): position and altitude from GGA, date and
// speed from RMC, accuracy from GST (lat/lon sigma) or else HDOP x 5 m. Fixes without a known
// date (no RMC seen yet) take `defaultDate` (UTC, "yyyy-MM-dd"; empty = skip them). Sentences
// with a bad checksum, void status or zero fix quality are skipped and reported.
[[nodiscard]] NmeaParseResult parseNmeaLog(QByteArrayView log, QStringView defaultDate = {});

} // namespace fl::geo
