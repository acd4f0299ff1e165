#include "polygon.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace fl::geo {

namespace {

// IUGG mean radius; the authalic radius (6371007.2 m) differs by 0.5 ppm in area, far below
// the sphere-vs-ellipsoid error (up to ~0.5 %).
constexpr double kEarthRadius = 6371008.8;
constexpr double kDegToRad = std::numbers::pi / 180.0;

// A point within this many degrees (about 0.1 mm) of an edge is "on" it. Exact comparisons would
// make the answer depend on rounding in the ray-crossing division; a coordinate typed or
// digitised onto a border should land inside, and no real facility is 0.1 mm from a border.
constexpr double kEdgeEpsilonDeg = 1e-9;

// Vertices without the repeated closing point.
qsizetype vertexCount(const Ring &ring)
{
    qsizetype n = ring.size();
    if (n > 1 && ring.constFirst() == ring.constLast())
        --n;
    return n;
}

bool onSegment(LatLon p, LatLon a, LatLon b)
{
    const double dx = b.lon - a.lon;
    const double dy = b.lat - a.lat;
    const double lengthSq = dx * dx + dy * dy;
    double t = 0;
    if (lengthSq > 0)
        t = std::clamp(((p.lon - a.lon) * dx + (p.lat - a.lat) * dy) / lengthSq, 0.0, 1.0);
    return std::hypot(p.lon - (a.lon + t * dx), p.lat - (a.lat + t * dy)) <= kEdgeEpsilonDeg;
}

bool onBoundary(const Ring &ring, LatLon p)
{
    const qsizetype n = vertexCount(ring);
    for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
        if (onSegment(p, ring[j], ring[i]))
            return true;
    }
    return false;
}

// Even-odd rule: count crossings of a ray from p towards +longitude. The half-open test
// (lat_i > p.lat) != (lat_j > p.lat) counts a vertex exactly at p's latitude once.
bool insideEvenOdd(const Ring &ring, LatLon p)
{
    const qsizetype n = vertexCount(ring);
    if (n < 3)
        return false;
    bool inside = false;
    for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
        const LatLon &a = ring[i];
        const LatLon &b = ring[j];
        if ((a.lat > p.lat) != (b.lat > p.lat)) {
            const double crossLon = a.lon + (p.lat - a.lat) * (b.lon - a.lon) / (b.lat - a.lat);
            if (p.lon < crossLon)
                inside = !inside;
        }
    }
    return inside;
}

// Spherical excess of the ring (great-circle edges), in steradians, signed by orientation.
// Each edge contributes the excess of the triangle it forms with the north pole; the formula
// stays accurate for tiny polygons where L'Huilier's loses precision. Rings must not enclose
// a pole (none of ours do).
double signedExcess(const Ring &ring)
{
    const qsizetype n = vertexCount(ring);
    if (n < 3)
        return 0;
    double sum = 0;
    for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
        const double dLambda = std::remainder(ring[i].lon - ring[j].lon, 360.0) * kDegToRad;
        const double t1 = std::tan(ring[j].lat * kDegToRad / 2.0);
        const double t2 = std::tan(ring[i].lat * kDegToRad / 2.0);
        sum += 2.0 * std::atan2(std::tan(dLambda / 2.0) * (t1 + t2), 1.0 + t1 * t2);
    }
    return sum;
}

} // namespace

bool contains(const Polygon &polygon, LatLon point)
{
    if (!isValidWgs84(point) || vertexCount(polygon.outer) < 3)
        return false;
    if (onBoundary(polygon.outer, point))
        return true;
    if (!insideEvenOdd(polygon.outer, point))
        return false;
    for (const Ring &hole : polygon.holes) {
        // A hole's edge is also the polygon's edge, so it counts as inside.
        if (onBoundary(hole, point))
            return true;
        if (insideEvenOdd(hole, point))
            return false;
    }
    return true;
}

bool contains(const MultiPolygon &polygons, LatLon point)
{
    return std::any_of(polygons.cbegin(), polygons.cend(),
                       [&](const Polygon &p) { return contains(p, point); });
}

double areaSquareMeters(const Polygon &polygon)
{
    double area = std::abs(signedExcess(polygon.outer));
    for (const Ring &hole : polygon.holes)
        area -= std::abs(signedExcess(hole));
    return std::max(0.0, area) * kEarthRadius * kEarthRadius;
}

// An empty outer ring has no centre: the result is NaN so isValidWgs84() rejects it.
LatLon centroid(const Polygon &polygon)
{
    const qsizetype n = vertexCount(polygon.outer);
    if (n == 0)
        return {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
    double lat = 0;
    double lon = 0;
    for (qsizetype i = 0; i < n; ++i) {
        lat += polygon.outer[i].lat;
        lon += polygon.outer[i].lon;
    }
    return {lat / double(n), lon / double(n)};
}

} // namespace fl::geo
