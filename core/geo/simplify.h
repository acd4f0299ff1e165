#pragma once

// Douglas–Peucker line simplification for map display and compact exports.

#include "latlon.h"

#include <QList>

namespace fl::geo {

// Indices (ascending, first and last always included) of the points to keep so that no dropped
// point lies farther than `toleranceMeters` from the simplified line. Works in a local
// equirectangular projection, accurate to well under a metre over a patrol's extent.
// Iterative (no recursion), so an 8-hour 1 Hz track cannot overflow the stack.
[[nodiscard]] QList<qsizetype> simplifyIndices(const QList<LatLon> &points, double toleranceMeters);

[[nodiscard]] QList<TrackFix> simplifyTrack(const QList<TrackFix> &fixes, double toleranceMeters);

} // namespace fl::geo
