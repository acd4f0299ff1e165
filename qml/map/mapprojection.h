#pragma once

// Web Mercator (EPSG:3857) as the map draws it: positions are projected once to "world"
// coordinates in [0, 1] x [0, 1] (x east from 180°W, y south from 85.05°N), which the view
// scales by 256 * 2^zoom pixels. Layers cache world coordinates, so panning and zooming only
// scale and shift them.

#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace flmap {

inline constexpr double kTileSize = 256.0;
inline constexpr double kMaxLatitude = 85.0511287798066;         // where Web Mercator is square
inline constexpr double kEarthCircumference = 40'075'016.685578; // metres at the equator
inline constexpr double kMinZoom = 3.0;
inline constexpr double kMaxZoom = 19.0;

[[nodiscard]] inline double worldX(double lon)
{
    return (lon + 180.0) / 360.0;
}

[[nodiscard]] inline double worldY(double lat)
{
    const double clamped = std::clamp(lat, -kMaxLatitude, kMaxLatitude);
    const double s = std::sin(clamped * std::numbers::pi / 180.0);
    return 0.5 - std::log((1.0 + s) / (1.0 - s)) / (4.0 * std::numbers::pi);
}

[[nodiscard]] inline QPointF toWorld(double lat, double lon)
{
    return {worldX(lon), worldY(lat)};
}

[[nodiscard]] inline double longitudeOf(double x)
{
    return x * 360.0 - 180.0;
}

[[nodiscard]] inline double latitudeOf(double y)
{
    const double n = std::numbers::pi * (1.0 - 2.0 * y);
    return std::atan(std::sinh(n)) * 180.0 / std::numbers::pi;
}

// Ground metres per screen pixel at `lat` and `zoom`.
[[nodiscard]] inline double metersPerPixel(double lat, double zoom)
{
    return kEarthCircumference * std::cos(lat * std::numbers::pi / 180.0) /
           (kTileSize * std::exp2(zoom));
}

// What a layer needs to draw one frame: the view's centre and zoom, its size in pixels, and the
// world <-> screen conversions. Drawing is never mirrored for right-to-left layouts: east is
// always to the right.
struct MapViewport
{
    QPointF center; // world coordinates of the view's centre
    double zoom = kMinZoom;
    QSizeF size;

    [[nodiscard]] double scale() const { return kTileSize * std::exp2(zoom); }
    [[nodiscard]] QPointF toScreen(QPointF world) const
    {
        const double s = scale();
        return {(world.x() - center.x()) * s + size.width() / 2.0,
                (world.y() - center.y()) * s + size.height() / 2.0};
    }
    [[nodiscard]] QPointF toWorld(QPointF screen) const
    {
        const double s = scale();
        return {center.x() + (screen.x() - size.width() / 2.0) / s,
                center.y() + (screen.y() - size.height() / 2.0) / s};
    }
    // The world rectangle on screen, grown by `marginPixels` on each side.
    [[nodiscard]] QRectF visibleWorld(double marginPixels = 0) const
    {
        const double s = scale();
        const double w = (size.width() / 2.0 + marginPixels) / s;
        const double h = (size.height() / 2.0 + marginPixels) / s;
        return QRectF(center.x() - w, center.y() - h, 2 * w, 2 * h);
    }
    [[nodiscard]] double metersPerPixel() const
    {
        return flmap::metersPerPixel(latitudeOf(center.y()), zoom);
    }
};

} // namespace flmap
