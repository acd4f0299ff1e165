#pragma once

// One layer of the map (rivers, a track, records, a basemap): the MapView asks each visible
// layer, lowest z first, to draw itself for the current viewport, and repaints when a layer says
// its content or style changed.

#include "mapprojection.h"

#include <QObject>
#include <QRectF>
#include <QtQml/qqmlregistration.h>

class QPainter;

class MapLayer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("MapLayer is the base of GeoJsonLayer, TrackLayer, PointLayer, MbtilesLayer")
    Q_PROPERTY(bool visible READ isVisible WRITE setVisible NOTIFY visibleChanged)
    Q_PROPERTY(qreal opacity READ opacity WRITE setOpacity NOTIFY opacityChanged)
    Q_PROPERTY(int z READ z WRITE setZ NOTIFY zChanged)

public:
    explicit MapLayer(QObject *parent = nullptr);

    [[nodiscard]] bool isVisible() const { return m_visible; }
    void setVisible(bool visible);
    [[nodiscard]] qreal opacity() const { return m_opacity; }
    void setOpacity(qreal opacity);
    [[nodiscard]] int z() const { return m_z; }
    void setZ(int z);

    // Draws the layer; the painter's opacity is already set to the layer's.
    virtual void paint(QPainter *painter, const flmap::MapViewport &viewport) = 0;

    // World bounds of what the layer shows (a null rect when it shows nothing), for fitLayer.
    [[nodiscard]] virtual QRectF worldBounds() const;

    // A tap at `screen` (pixels in the view); true when the layer used it (e.g. a point was hit).
    virtual bool tap(QPointF screen, const flmap::MapViewport &viewport);

Q_SIGNALS:
    void visibleChanged();
    void opacityChanged();
    void zChanged();
    // Whatever the layer draws changed: the view repaints (once per frame at most).
    void contentChanged();

private:
    bool m_visible = true;
    qreal m_opacity = 1.0;
    int m_z = 0;
};
