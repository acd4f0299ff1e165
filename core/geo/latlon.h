#pragma once

// Basic geographic value types. All coordinates are WGS-84 degrees; altitude in metres.

#include <QtGlobal>

#include <cmath>
#include <optional>

namespace fl::geo {

struct LatLon
{
    double lat = 0;
    double lon = 0;

    friend bool operator==(const LatLon &, const LatLon &) = default;
};

// True for finite latitude in [-90, 90] and longitude in [-180, 180].
[[nodiscard]] inline bool isValidWgs84(double lat, double lon)
{
    return std::isfinite(lat) && std::isfinite(lon) && lat >= -90.0 && lat <= 90.0 &&
           lon >= -180.0 && lon <= 180.0;
}
[[nodiscard]] inline bool isValidWgs84(LatLon p)
{
    return isValidWgs84(p.lat, p.lon);
}

// One GNSS fix of a track. Optional values are unknown when the receiver did not report them.
struct TrackFix
{
    qint64 timeMs = 0; // UTC, milliseconds since the Unix epoch
    double lat = 0;
    double lon = 0;
    std::optional<double> altitude;  // metres above the ellipsoid or MSL, as reported
    std::optional<double> hAccuracy; // horizontal accuracy, metres (1 sigma / CEP as reported)
    std::optional<double> speed;     // metres per second over ground

    [[nodiscard]] LatLon position() const { return {lat, lon}; }
    friend bool operator==(const TrackFix &, const TrackFix &) = default;
};

} // namespace fl::geo
