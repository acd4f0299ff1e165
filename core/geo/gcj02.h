#pragma once

// WGS-84 <-> GCJ-02 ("Mars coordinates") for Chinese web basemaps. Records are always stored in
// WGS-84; convert only for display or export. Outside China there is no shift.

#include "latlon.h"

namespace fl::geo {

// Rough mainland-China bounding test used by the public GCJ-02 algorithm.
[[nodiscard]] bool isInsideChina(LatLon p);

[[nodiscard]] LatLon wgs84ToGcj02(LatLon wgs);

// Exact inverse by fixed-point iteration until the forward transform of the result is within
// 1e-9 degrees (about 0.1 mm) of the input.
[[nodiscard]] LatLon gcj02ToWgs84(LatLon gcj);

} // namespace fl::geo
