#pragma once

// Drawing helpers the vector layers share: world points to screen points with sub-pixel steps
// dropped, and polylines cut to the part near the screen (a river or track far off screen
// costs a bounds test, not a stroke).

#include "mapprojection.h"

#include <QPolygonF>

#include <algorithm>

class QPainter;

namespace flmap {

// Rectangles as closed boxes: unlike QRectF's, a zero-width box (a point, a north-south
// line) still overlaps and unites.
[[nodiscard]] inline bool overlaps(const QRectF &a, const QRectF &b)
{
    return b.left() <= a.right() && b.right() >= a.left() && b.top() <= a.bottom() &&
           b.bottom() >= a.top();
}
[[nodiscard]] inline QRectF unite(const QRectF &a, const QRectF &b)
{
    return QRectF(QPointF(std::min(a.left(), b.left()), std::min(a.top(), b.top())),
                  QPointF(std::max(a.right(), b.right()), std::max(a.bottom(), b.bottom())));
}

// Bounding box of world points (empty rect for no points).
[[nodiscard]] QRectF worldBounds(const QList<QPointF> &world);

// Douglas-Peucker in world coordinates: the points to keep so that none dropped lies farther
// than `tolerance` (world units) from the simplified line; first and last always kept.
[[nodiscard]] QList<QPointF> simplifyWorld(const QList<QPointF> &points, double tolerance);

// Appends the screen positions of world[0..count) to `out`, skipping a point closer than
// `minStep` pixels (in x and y) to the last one kept; the last point is always kept.
void projectDecimated(const QPointF *world, qsizetype count, const MapViewport &viewport,
                      double minStep, QPolygonF &out);

// The part of a closed ring inside `clip` (Sutherland-Hodgman), as a ring. Filling clipped
// rings even-odd gives the same pixels inside `clip` as filling the originals, without
// rasterising edges thousands of pixels off screen.
[[nodiscard]] QPolygonF clipRing(const QPolygonF &ring, const QRectF &clip);

// Draws the runs of `screen` whose segments touch `clip`, each as one polyline.
void drawPolylineClipped(QPainter *painter, const QPolygonF &screen, const QRectF &clip);

} // namespace flmap
