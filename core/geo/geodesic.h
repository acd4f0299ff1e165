#pragma once

// Distances and bearings on the WGS-84 ellipsoid.

#include "latlon.h"

#include <QList>

namespace fl::geo {

// Geodesic distance in metres on the WGS-84 ellipsoid (Vincenty's inverse formula, falling
// back to a spherical estimate for nearly antipodal points where it does not converge).
[[nodiscard]] double distanceMeters(LatLon a, LatLon b);

// Initial bearing from a to b in degrees clockwise from true north, [0, 360).
[[nodiscard]] double initialBearingDegrees(LatLon a, LatLon b);

// Sum of the geodesic distances between consecutive fixes.
[[nodiscard]] double trackLengthMeters(const QList<TrackFix> &fixes);

} // namespace fl::geo
