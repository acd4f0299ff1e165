#include "tracklayer.h"

#include "geo/simplify.h"
#include "mapdraw.h"
#include "trackpath.h"

#include <QPainter>

#include <cmath>

namespace {

// New points drawn unsimplified before the tail is simplified onto the cached line.
constexpr qsizetype kRawTail = 120;

} // namespace

TrackLayer::TrackLayer(QObject *parent)
    : MapLayer(parent)
{}

TrackLayer::~TrackLayer() = default;

void TrackLayer::setPath(TrackPath *path)
{
    if (path == m_path)
        return;
    if (m_path)
        m_path->disconnect(this);
    m_path = path;
    m_world.clear();
    m_simplified.clear();
    if (m_path) {
        connect(m_path, &TrackPath::changed, this, &TrackLayer::syncPath);
        connect(m_path, &QObject::destroyed, this, [this] {
            m_world.clear();
            m_simplified.clear();
            Q_EMIT pathChanged();
            Q_EMIT contentChanged();
        });
    }
    syncPath();
    Q_EMIT pathChanged();
}

void TrackLayer::syncPath()
{
    const QList<fl::geo::LatLon> empty;
    const auto &points = m_path ? m_path->points() : empty;
    const quint64 generation = m_path ? m_path->generation() : 0;
    if (generation != m_generation || points.size() < m_world.size()) {
        m_generation = generation;
        m_world.clear();
        m_simplified.clear();
    }
    m_world.reserve(points.size());
    for (qsizetype i = m_world.size(); i < points.size(); ++i)
        m_world.append(flmap::toWorld(points[i].lat, points[i].lon));
    Q_EMIT contentChanged();
}

const TrackLayer::Simplified &TrackLayer::simplifiedFor(int zoomLevel)
{
    Simplified &s = m_simplified[zoomLevel];
    const qsizetype n = m_world.size();
    if (!m_path || n == 0 || n - s.covered < (s.covered == 0 ? 1 : kRawTail))
        return s;
    const auto &points = m_path->points();
    // Half a pixel at this zoom level (at the track's latitude) cannot be seen.
    const double tolerance = 0.5 * flmap::metersPerPixel(points.front().lat, zoomLevel);
    if (s.covered == 0) {
        s.indices = fl::geo::simplifyIndices(points, tolerance);
    } else {
        // The cached line ends at the last covered point; simplify from there to the end.
        const qsizetype anchor = s.indices.back();
        const auto tail = fl::geo::simplifyIndices(points.mid(anchor), tolerance);
        s.indices.removeLast();
        for (qsizetype i : tail)
            s.indices.append(anchor + i);
    }
    s.covered = n;
    return s;
}

qsizetype TrackLayer::drawnPointCount(double zoom)
{
    const auto &s = simplifiedFor(int(std::floor(zoom)));
    return s.indices.size() + (m_world.size() - s.covered);
}

QRectF TrackLayer::worldBounds() const
{
    return flmap::worldBounds(m_world);
}

void TrackLayer::setColor(const QColor &color)
{
    if (color == m_color)
        return;
    m_color = color;
    Q_EMIT styleChanged();
    Q_EMIT contentChanged();
}

void TrackLayer::setWidth(qreal width)
{
    if (width == m_width || width <= 0)
        return;
    m_width = width;
    Q_EMIT styleChanged();
    Q_EMIT contentChanged();
}

void TrackLayer::paint(QPainter *painter, const flmap::MapViewport &viewport)
{
    if (m_world.isEmpty())
        return;
    const Simplified &s = simplifiedFor(int(std::floor(viewport.zoom)));
    QPolygonF screen;
    screen.reserve(s.indices.size() + (m_world.size() - s.covered));
    for (qsizetype i : s.indices)
        screen.append(viewport.toScreen(m_world[i]));
    for (qsizetype i = s.covered; i < m_world.size(); ++i)
        screen.append(viewport.toScreen(m_world[i]));

    const double margin = m_width + 4;
    const QRectF clip(-margin, -margin, viewport.size.width() + 2 * margin,
                      viewport.size.height() + 2 * margin);
    painter->setBrush(Qt::NoBrush);
    // A white casing keeps the track readable over rivers, fills and photos of the ground.
    QPen casing(QColor(255, 255, 255, 220), m_width + 3, Qt::SolidLine, Qt::RoundCap,
                Qt::RoundJoin);
    painter->setPen(casing);
    flmap::drawPolylineClipped(painter, screen, clip);
    painter->setPen(QPen(m_color, m_width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    flmap::drawPolylineClipped(painter, screen, clip);

    // The start of the patrol.
    const QPointF start = screen.front();
    if (clip.contains(start)) {
        painter->setPen(QPen(Qt::white, 2));
        painter->setBrush(QColor(0x1c, 0x7c, 0x34));
        painter->drawEllipse(start, m_width + 3, m_width + 3);
    }
}
