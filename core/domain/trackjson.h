#pragma once

// A track fix as a "track" change carries it (docs/architecture.md, "Outbox changes"):
// [timeMs, lat, lon, altitude, accuracy, speed], with null for what the receiver did not report.
// The device writes it, the sync client reads other devices' tracks, the ledger exports them.

#include "geo/latlon.h"

#include <QJsonArray>

namespace fl {

[[nodiscard]] QJsonArray trackFixToJson(const geo::TrackFix &fix);
[[nodiscard]] geo::TrackFix trackFixFromJson(const QJsonArray &fix);

} // namespace fl
