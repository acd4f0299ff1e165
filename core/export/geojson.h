#pragma once

// GeoJSON (RFC 7946): WGS-84, [lon, lat(, alt)] order, polygons with counter-clockwise outer
// rings and clockwise holes. Reading is used to import protected areas and zones.

#include "geo/latlon.h"
#include "geo/polygon.h"
#include "result.h"

#include <QJsonObject>
#include <QList>

#include <variant>

namespace fl::exporters {

struct PointGeometry
{
    geo::LatLon point;
    std::optional<double> altitude;
};
struct LineGeometry
{
    QList<geo::TrackFix> points; // altitude written when known; other fields ignored
};
using Geometry = std::variant<std::monostate, PointGeometry, LineGeometry, geo::Polygon,
                              geo::MultiPolygon>; // monostate = null geometry

struct Feature
{
    QString id;            // written as the Feature's "id" when not empty
    Geometry geometry;
    QJsonObject properties;
};

// A FeatureCollection, UTF-8, compact JSON. Coordinates are written with up to 7 decimals
// (about 1 cm), as RFC 7946 advises against false precision.
[[nodiscard]] QByteArray toGeoJson(const QList<Feature> &features);

// Reads a FeatureCollection, a single Feature or a bare geometry. Supports Point, LineString,
// Polygon, MultiPolygon; other types are an error naming the feature index. Invalid
// coordinates (out of range, not numbers) are an error naming where they are.
[[nodiscard]] Result<QList<Feature>> parseGeoJson(QByteArrayView json);

} // namespace fl::exporters
