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

QList<QPointF> simplifyWorld(const QList<QPointF> &points, double tolerance)
{
    const qsizetype n = points.size();
    if (n <= 2)
        return points;
    QList<bool> keep(n, false);
    keep[0] = keep[n - 1] = true;
    QList<std::pair<qsizetype, qsizetype>> stack{{0, n - 1}};
    const double tolerance2 = tolerance * tolerance;
    while (!stack.isEmpty()) {
        const auto [first, last] = stack.takeLast();
        const QPointF a = points[first];
        const QPointF d = points[last] - a;
        const double length2 = d.x() * d.x() + d.y() * d.y();
        double worst = -1;
        qsizetype worstAt = -1;
        for (qsizetype i = first + 1; i < last; ++i) {
            const QPointF v = points[i] - a;
            double distance2 = 0;
            if (length2 <= 0) {
                distance2 = v.x() * v.x() + v.y() * v.y();
            } else {
                const double t = std::clamp((v.x() * d.x() + v.y() * d.y()) / length2, 0.0, 1.0);
                const QPointF off = v - d * t;
                distance2 = off.x() * off.x() + off.y() * off.y();
            }
            if (distance2 > worst) {
                worst = distance2;
                worstAt = i;
            }
        }
        if (worstAt >= 0 && worst > tolerance2) {
            keep[worstAt] = true;
            stack.append({first, worstAt});
            stack.append({worstAt, last});
        }
    }
    QList<QPointF> out;
    for (qsizetype i = 0; i < n; ++i) {
        if (keep[i])
            out.append(points[i]);
    }
    return out;
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

QPolygonF clipRing(const QPolygonF &ring, const QRectF &clip)
{
    // One pass per edge of the rectangle: keep what is inside, add the crossing points.
    enum Edge { Left, Right, Top, Bottom };
    const auto inside = [&clip](const QPointF &p, Edge edge) {
        switch (edge) {
        case Left:
            return p.x() >= clip.left();
        case Right:
            return p.x() <= clip.right();
        case Top:
            return p.y() >= clip.top();
        case Bottom:
            return p.y() <= clip.bottom();
        }
        return true;
    };
    const auto cross = [&clip](const QPointF &a, const QPointF &b, Edge edge) {
        double t = 0;
        switch (edge) {
        case Left:
            t = (clip.left() - a.x()) / (b.x() - a.x());
            break;
        case Right:
            t = (clip.right() - a.x()) / (b.x() - a.x());
            break;
        case Top:
            t = (clip.top() - a.y()) / (b.y() - a.y());
            break;
        case Bottom:
            t = (clip.bottom() - a.y()) / (b.y() - a.y());
            break;
        }
        return a + (b - a) * t;
    };
    QPolygonF input = ring;
    QPolygonF output;
    for (Edge edge : {Left, Right, Top, Bottom}) {
        output.clear();
        const qsizetype n = input.size();
        for (qsizetype i = 0; i < n; ++i) {
            const QPointF &current = input[i];
            const QPointF &previous = input[(i + n - 1) % n];
            const bool currentIn = inside(current, edge);
            if (currentIn != inside(previous, edge))
                output.append(cross(previous, current, edge));
            if (currentIn)
                output.append(current);
        }
        input.swap(output);
        if (input.isEmpty())
            break;
    }
    return input;
}

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
