#pragma once

// What the Green Shield tests share: the Bosten demo protected area loaded from the same
// GeoJSON file fieldctl imports, clues placed at known points, and a PositionFeed fed by Qt's
// NMEA source from sentences written here.

#include "domain/greenshield.h"
#include "storage/store.h"

#include <QList>
#include <QString>

#include <memory>

class PositionFeed;

namespace greenshieldtest {

// Known places in the synthetic Bosten reserve (assets/demo/protected-area-bosten-demo.geojson).
inline constexpr fl::geo::LatLon kCore{41.93, 86.78};
inline constexpr fl::geo::LatLon kBuffer{41.90, 86.78};
inline constexpr fl::geo::LatLon kExperimental{41.86, 86.78};
inline constexpr fl::geo::LatLon kOutside{41.80, 86.78};
inline const QString kAreaId = QStringLiteral("XJ-BOSTEN-DEMO");

// Reads the demo GeoJSON (features with areaId, areaName, level, zone) into protected areas and
// saves them in the store, as 'fieldctl area import' does.
void importDemoAreas(fl::Store &store);

// A clue from the office in the demo area at `at` (none: a clue without a point).
QString addClue(fl::Store &store, const QString &code, std::optional<fl::geo::LatLon> at,
                fl::CloseOutState state = fl::CloseOutState::Open);

// A point `meters` from `from` towards `bearingDegrees` (small distances, spherical).
fl::geo::LatLon offset(fl::geo::LatLon from, double bearingDegrees, double meters);

// NMEA RMC + GGA sentences for fixes one second apart (HDOP 1.0), with valid checksums.
QByteArray nmeaFixes(const QList<fl::geo::LatLon> &fixes);

// A started PositionFeed replaying `fixes` through a QNmeaPositionInfoSource (simulation mode)
// on a QBuffer.
std::unique_ptr<PositionFeed> feedAt(const QList<fl::geo::LatLon> &fixes);

} // namespace greenshieldtest
