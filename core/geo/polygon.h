#pragma once

// Polygons with holes, and point-in-polygon (used to find a clue's functional zone).

#include "latlon.h"

#include <QList>

namespace fl::geo {

using Ring = QList<LatLon>; // closed or open: the last point may repeat the first

struct Polygon
{
    Ring outer;
    QList<Ring> holes;
};

using MultiPolygon = QList<Polygon>;

// Even-odd ray casting in lon/lat. A point inside a hole is outside the polygon; a point exactly
// on an edge counts as inside (a facility on a zone border belongs to the stricter zone, so
// callers test the stricter zone first).
[[nodiscard]] bool contains(const Polygon &polygon, LatLon point);
[[nodiscard]] bool contains(const MultiPolygon &polygons, LatLon point);

// Geodesic-approximate area in square metres (spherical excess on the authalic sphere), holes
// subtracted.
[[nodiscard]] double areaSquareMeters(const Polygon &polygon);

// Arithmetic centre of the outer ring (good enough to place a label or measure distance to a
// small clue polygon).
[[nodiscard]] LatLon centroid(const Polygon &polygon);

} // namespace fl::geo
