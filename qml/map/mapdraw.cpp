#include "mapdraw.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace flmap {

QRectF worldBounds(const QList<QPointF> &world)
{
    if (world.isEmpty())
        return {};
    double minX = world.front().x(), maxX = minX, minY = world.front().y(), maxY = minY;
    for (const QPointF &p : world) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

void projectDecimated(const QPointF *world, qsizetype count, const MapViewport &viewport,
                      double minStep, QPolygonF &out)
{
    if (count <= 0)
        return;
    const double s = viewport.scale();
    const double ox = viewport.size.width() / 2.0 - viewport.center.x() * s;
    const double oy = viewport.size.height() / 2.0 - viewport.center.y() * s;
    out.reserve(out.size() + count);
    QPointF last(world[0].x() * s + ox, world[0].y() * s + oy);
    out.append(last);
    for (qsizetype i = 1; i < count; ++i) {
        const QPointF p(world[i].x() * s + ox, world[i].y() * s + oy);
        if (i + 1 < count && std::abs(p.x() - last.x()) < minStep &&
            std::abs(p.y() - last.y()) < minStep)
            continue;
        out.append(p);
        last = p;
    }
}

namespace {

bool segmentTouches(QPointF a, QPointF b, const QRectF &clip)
{
    return std::max(a.x(), b.x()) >= clip.left() && std::min(a.x(), b.x()) <= clip.right() &&
           std::max(a.y(), b.y()) >= clip.top() && std::min(a.y(), b.y()) <= clip.bottom();
}

} // namespace

void drawPolylineClipped(QPainter *painter, const QPolygonF &screen, const QRectF &clip)
{
    const qsizetype n = screen.size();
    if (n < 2)
        return;
    qsizetype runStart = -1;
    for (qsizetype i = 0; i + 1 < n; ++i) {
        const bool touches = segmentTouches(screen[i], screen[i + 1], clip);
        if (touches && runStart < 0)
            runStart = i;
        if (!touches && runStart >= 0) {
            painter->drawPolyline(screen.constData() + runStart, int(i - runStart + 1));
            runStart = -1;
        }
    }
    if (runStart >= 0)
        painter->drawPolyline(screen.constData() + runStart, int(n - runStart));
}

} // namespace flmap
