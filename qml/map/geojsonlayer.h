#pragma once

// Vector geography from a GeoJSON file (rivers, lake shores, borders, protected areas and their
// zones): LineString, Polygon, MultiPolygon (and Point as a small dot), read with the core's
// reader, projected once and cached; each frame only scales the cached shapes that are on screen.

#include "maplayer.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>

class GeoJsonLayer : public MapLayer
{
    Q_OBJECT
    QML_ELEMENT
    // A file path, a file: URL, or a resource (":/geo/xinjiang-rivers.geojson", "qrc:/...").
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(QColor strokeColor READ strokeColor WRITE setStrokeColor NOTIFY styleChanged)
    Q_PROPERTY(qreal strokeWidth READ strokeWidth WRITE setStrokeWidth NOTIFY styleChanged)
    Q_PROPERTY(QColor fillColor READ fillColor WRITE setFillColor NOTIFY styleChanged)
    Q_PROPERTY(int featureCount READ featureCount NOTIFY sourceChanged)
    // Plain words when the file could not be read ("" when it was).
    Q_PROPERTY(QString error READ error NOTIFY sourceChanged)

public:
    explicit GeoJsonLayer(QObject *parent = nullptr);

    [[nodiscard]] QString source() const { return m_source; }
    void setSource(const QString &source);
    [[nodiscard]] QColor strokeColor() const { return m_stroke; }
    void setStrokeColor(const QColor &color);
    [[nodiscard]] qreal strokeWidth() const { return m_strokeWidth; }
    void setStrokeWidth(qreal width);
    [[nodiscard]] QColor fillColor() const { return m_fill; }
    void setFillColor(const QColor &color);
    [[nodiscard]] int featureCount() const { return m_featureCount; }
    [[nodiscard]] QString error() const { return m_error; }
    // World bounds of everything loaded (empty when nothing is), e.g. to fit the view on it.
    [[nodiscard]] QRectF worldBounds() const override { return m_bounds; }

    void paint(QPainter *painter, const flmap::MapViewport &viewport) override;

Q_SIGNALS:
    void sourceChanged();
    void styleChanged();

private:
    enum class Kind { Point, Line, Polygon };
    struct Shape
    {
        Kind kind = Kind::Line;
        QList<QList<QPointF>> parts; // line: one part; polygon: outer ring then holes
        QRectF bounds;               // world
        // Per whole zoom level, the parts simplified to half a pixel (made when first drawn).
        QHash<int, QList<QList<QPointF>>> simplified;
    };

    const QList<QList<QPointF>> &partsFor(Shape &shape, int zoomLevel);

    void load();

    QString m_source;
    QColor m_stroke{0x0b, 0x5c, 0xad};
    qreal m_strokeWidth = 2;
    QColor m_fill = Qt::transparent;
    QList<Shape> m_shapes;
    QRectF m_bounds;
    int m_featureCount = 0;
    QString m_error;
};
