#include "protectedarealayer.h"

#include "domain/greenshield.h"
#include "mapdraw.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace {

QList<QPointF> toWorld(const fl::geo::Ring &ring)
{
    QList<QPointF> world;
    world.reserve(ring.size());
    for (const fl::geo::LatLon &p : ring)
        world.append(flmap::toWorld(p.lat, p.lon));
    return world;
}

// Least strict first: experimental, buffer, core.
int drawOrder(int zone)
{
    switch (static_cast<fl::FunctionalZone>(zone)) {
    case fl::FunctionalZone::Core:
    case fl::FunctionalZone::CoreProtection:
        return 2;
    case fl::FunctionalZone::Buffer:
        return 1;
    default:
        return 0;
    }
}

} // namespace

ProtectedAreaLayer::ProtectedAreaLayer(QObject *parent)
    : MapLayer(parent)
{}

void ProtectedAreaLayer::setStore(RecordStore *store)
{
    if (store == m_store)
        return;
    m_store = store;
    reload();
    Q_EMIT storeChanged();
    Q_EMIT contentChanged();
}

void ProtectedAreaLayer::reload()
{
    m_zones.clear();
    if (!m_store)
        return;
    auto areas = m_store->store().protectedAreas();
    if (!areas)
        return; // an unreadable reference table shows no zones; the form still derives none
    for (const fl::ProtectedArea &area : *areas) {
        for (const fl::ProtectedArea::Zone &z : area.zones) {
            Zone zone;
            zone.zone = int(z.zone);
            for (const fl::geo::Polygon &polygon : z.shape) {
                zone.rings.append(toWorld(polygon.outer));
                for (const fl::geo::Ring &hole : polygon.holes)
                    zone.rings.append(toWorld(hole));
            }
            for (const auto &ring : zone.rings)
                zone.bounds = zone.bounds.isNull()
                                  ? flmap::worldBounds(ring)
                                  : flmap::unite(zone.bounds, flmap::worldBounds(ring));
            m_zones.append(zone);
        }
    }
    std::stable_sort(m_zones.begin(), m_zones.end(), [](const Zone &a, const Zone &b) {
        return drawOrder(a.zone) < drawOrder(b.zone);
    });
}

QColor ProtectedAreaLayer::zoneColor(int zone)
{
    switch (static_cast<fl::FunctionalZone>(zone)) {
    case fl::FunctionalZone::Core:
    case fl::FunctionalZone::CoreProtection:
        return QColor(0xc6, 0x28, 0x28);
    case fl::FunctionalZone::Buffer:
        return QColor(0xef, 0x6c, 0x00);
    case fl::FunctionalZone::Experimental:
    case fl::FunctionalZone::GeneralControl:
        return QColor(0xf9, 0xa8, 0x25);
    default:
        return QColor(0x2e, 0x7d, 0x32);
    }
}

void ProtectedAreaLayer::paint(QPainter *painter, const flmap::MapViewport &viewport)
{
    const QRectF visible = viewport.visibleWorld(4);
    const QRectF clip(QPointF(-4, -4), viewport.size + QSizeF(8, 8));
    for (const Zone &zone : m_zones) {
        if (!flmap::overlaps(zone.bounds, visible))
            continue;
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const auto &ring : zone.rings) {
            QPolygonF screen;
            flmap::projectDecimated(ring.constData(), ring.size(), viewport, 0.5, screen);
            path.addPolygon(flmap::clipRing(screen, clip));
        }
        QColor fill = zoneColor(zone.zone);
        const QColor stroke = fill.darker(120);
        fill.setAlphaF(0.22);
        painter->setPen(QPen(stroke, 2));
        painter->setBrush(fill);
        painter->drawPath(path);
    }
}

QRectF ProtectedAreaLayer::worldBounds() const
{
    QRectF bounds;
    for (const Zone &zone : m_zones)
        bounds = bounds.isNull() ? zone.bounds : flmap::unite(bounds, zone.bounds);
    return bounds;
}
