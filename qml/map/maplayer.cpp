#include "maplayer.h"

#include <algorithm>

MapLayer::MapLayer(QObject *parent)
    : QObject(parent)
{}

void MapLayer::setVisible(bool visible)
{
    if (m_visible == visible)
        return;
    m_visible = visible;
    Q_EMIT visibleChanged();
    Q_EMIT contentChanged();
}

void MapLayer::setOpacity(qreal opacity)
{
    opacity = std::clamp(opacity, 0.0, 1.0);
    if (m_opacity == opacity)
        return;
    m_opacity = opacity;
    Q_EMIT opacityChanged();
    Q_EMIT contentChanged();
}

void MapLayer::setZ(int z)
{
    if (m_z == z)
        return;
    m_z = z;
    Q_EMIT zChanged();
    Q_EMIT contentChanged();
}

QRectF MapLayer::worldBounds() const
{
    return {};
}

bool MapLayer::tap(QPointF, const flmap::MapViewport &)
{
    return false;
}
