#include "cluenavigation.h"

#include "appsettings.h"
#include "geo/geodesic.h"
#include "geo/polygon.h"

#include <cmath>

namespace greenshield {

std::optional<fl::geo::LatLon> cluePoint(const fl::GreenShieldClue &clue)
{
    if (clue.location)
        return clue.location->latLon();
    if (clue.outline && !clue.outline->outer.isEmpty()) {
        const fl::geo::LatLon centre = fl::geo::centroid(*clue.outline);
        if (fl::geo::isValidWgs84(centre))
            return centre;
    }
    return std::nullopt;
}

Direction directionTo(std::optional<fl::geo::LatLon> from, std::optional<fl::geo::LatLon> to)
{
    if (!from || !to || !fl::geo::isValidWgs84(*from) || !fl::geo::isValidWgs84(*to))
        return {};
    return {fl::geo::distanceMeters(*from, *to), fl::geo::initialBearingDegrees(*from, *to)};
}

QString distanceText(double meters)
{
    return std::isfinite(meters) ? AppSettings::formatDistance(meters) : QString();
}

QString bearingText(double degrees)
{
    return std::isfinite(degrees) ? AppSettings::formatBearing(degrees) : QString();
}

} // namespace greenshield
