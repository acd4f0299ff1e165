#pragma once

// GPX 1.1 (http://www.topografix.com/GPX/1/1) for tracks and waypoints, readable by every GPS
// tool. Times are UTC ISO 8601 with milliseconds.

#include "geo/latlon.h"
#include "result.h"

#include <QList>
#include <QString>

namespace fl::exporters {

struct GpxTrack
{
    QString name;
    QString description;
    QList<QList<geo::TrackFix>> segments; // a paused patrol has several segments
};

struct GpxWaypoint
{
    geo::LatLon position;
    qint64 timeMs = 0; // 0 = no time written
    QString name;
    QString description;
};

struct GpxDocument
{
    QString creator = QStringLiteral("FieldLedger");
    QList<GpxWaypoint> waypoints;
    QList<GpxTrack> tracks;
};

// Writes <ele>, <time>, and hAccuracy/speed as <extensions> of namespace
// "https://fieldledger.example/gpx/1" (<fl:hacc>, <fl:speed>) so a round trip keeps them.
[[nodiscard]] QByteArray toGpx(const GpxDocument &document);

// Reads GPX 1.0 or 1.1 (wpt, trk/trkseg/trkpt; rte is ignored). Malformed XML or coordinates are
// an error with the line number.
[[nodiscard]] Result<GpxDocument> parseGpx(QByteArrayView xml);

} // namespace fl::exporters
