#pragma once

// Value types shared by several record kinds.

#include "geo/latlon.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace fl {

// A place where something was observed: WGS-84 with the fix's accuracy when known.
struct Position
{
    double lat = 0;
    double lon = 0;
    std::optional<double> altitude;
    std::optional<double> accuracy; // horizontal, metres

    [[nodiscard]] geo::LatLon latLon() const { return {lat, lon}; }
    friend bool operator==(const Position &, const Position &) = default;
};

// GB/T 2260 administrative division code: six digits, e.g. "650100" Urumqi.
[[nodiscard]] bool isDivisionCode(QStringView code);

// Dates without time ("2026-11-30") are kept as ISO strings; times as UTC milliseconds.
[[nodiscard]] bool isIsoDate(QStringView text);

} // namespace fl
