#pragma once

// The protected areas the office imported into this device's store, drawn on the map with
// each functional zone in its own colour (core red, buffer orange, experimental yellow), so a
// supervisor sees which zone a clue lies in before the form says so.

#include "maplayer.h"
#include "recordstore.h"

#include <QPointer>
#include <QPolygonF>

class ProtectedAreaLayer : public MapLayer
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(RecordStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(int zoneCount READ zoneCount NOTIFY storeChanged)

public:
    explicit ProtectedAreaLayer(QObject *parent = nullptr);

    [[nodiscard]] RecordStore *store() const { return m_store; }
    void setStore(RecordStore *store);
    [[nodiscard]] int zoneCount() const { return int(m_zones.size()); }

    // The colour a zone is drawn in (also used by the legend).
    Q_INVOKABLE [[nodiscard]] static QColor zoneColor(int zone);

    void paint(QPainter *painter, const flmap::MapViewport &viewport) override;
    [[nodiscard]] QRectF worldBounds() const override;

Q_SIGNALS:
    void storeChanged();

private:
    struct Zone
    {
        int zone = 0;                // fl::FunctionalZone
        QList<QList<QPointF>> rings; // world coordinates; outer rings and holes, filled even-odd
        QRectF bounds;
    };
    void reload();

    QPointer<RecordStore> m_store;
    QList<Zone> m_zones; // least strict first, so the core zone is drawn on top
};
