#pragma once

// Where a clue is and how far and in which direction it lies from the supervisor: shared by the
// clue list and the clue page so both show the same figures.

#include "domain/greenshield.h"

#include <limits>
#include <optional>

namespace greenshield {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The point to drive to: the clue's point, else the centre of its remote-sensing patch.
[[nodiscard]] std::optional<fl::geo::LatLon> cluePoint(const fl::GreenShieldClue &clue);

struct Direction
{
    double distanceMeters = kNaN; // NaN when either end is unknown
    double bearingDegrees = kNaN; // clockwise from true north, [0, 360)
};

[[nodiscard]] Direction directionTo(std::optional<fl::geo::LatLon> from,
                                    std::optional<fl::geo::LatLon> to);

// "1.25 km" / "NE 45°" in the user's language; empty for NaN.
[[nodiscard]] QString distanceText(double meters);
[[nodiscard]] QString bearingText(double degrees);

} // namespace greenshield
