#include "simplify.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <utility>

namespace fl::geo {

namespace {

constexpr double kEarthRadius = 6371008.8; // mean radius, metres
constexpr double kDegToRad = std::numbers::pi / 180.0;

struct Xy
{
    double x = 0;
    double y = 0;
};

// Local equirectangular projection around the first point: metres east and north. Longitude
// differences are wrapped so a track crossing the antimeridian stays contiguous.
QList<Xy> project(const QList<LatLon> &points)
{
    QList<Xy> out;
    out.reserve(points.size());
    const LatLon origin = points.constFirst();
    const double cosLat = std::cos(origin.lat * kDegToRad);
    for (const LatLon &p : points) {
        const double dLon = std::remainder(p.lon - origin.lon, 360.0);
        out.append({kEarthRadius * dLon * kDegToRad * cosLat,
                    kEarthRadius * (p.lat - origin.lat) * kDegToRad});
    }
    return out;
}

// Distance from p to the segment a-b (not the infinite line: a closed loop's first and last
// points coincide, and a point beyond an end is that far from the simplified line).
double segmentDistance(Xy p, Xy a, Xy b)
{
    const double dx = b.x - a.x;
    const double dy = b.y - a.y;
    const double lengthSq = dx * dx + dy * dy;
    double t = 0;
    if (lengthSq > 0)
        t = std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSq, 0.0, 1.0);
    return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

} // namespace

QList<qsizetype> simplifyIndices(const QList<LatLon> &points, double toleranceMeters)
{
    const qsizetype n = points.size();
    QList<qsizetype> result;
    if (n <= 2) {
        for (qsizetype i = 0; i < n; ++i)
            result.append(i);
        return result;
    }
    const double tolerance = toleranceMeters > 0 ? toleranceMeters : 0.0; // NaN counts as 0
    const QList<Xy> xy = project(points);
    QList<bool> keep(n, false);
    keep[0] = keep[n - 1] = true;

    // Explicit stack of (first, last) ranges still to examine: a 1 Hz 8-hour track would
    // otherwise recurse tens of thousands of levels deep on a pathological shape.
    QList<std::pair<qsizetype, qsizetype>> stack{{0, n - 1}};
    while (!stack.isEmpty()) {
        const auto [first, last] = stack.takeLast();
        double farthest = -1;
        qsizetype index = -1;
        for (qsizetype i = first + 1; i < last; ++i) {
            const double d = segmentDistance(xy[i], xy[first], xy[last]);
            if (d > farthest) {
                farthest = d;
                index = i;
            }
        }
        if (index < 0 || !(farthest > tolerance))
            continue;
        keep[index] = true;
        stack.append({first, index});
        stack.append({index, last});
    }

    for (qsizetype i = 0; i < n; ++i) {
        if (keep[i])
            result.append(i);
    }
    return result;
}

QList<TrackFix> simplifyTrack(const QList<TrackFix> &fixes, double toleranceMeters)
{
    QList<LatLon> points;
    points.reserve(fixes.size());
    for (const TrackFix &f : fixes)
        points.append(f.position());
    QList<TrackFix> out;
    for (qsizetype i : simplifyIndices(points, toleranceMeters))
        out.append(fixes[i]);
    return out;
}

} // namespace fl::geo
