#pragma once

// A live track (a patrol's path) on the map. Points are projected once as they are appended;
// for each whole zoom level the line is simplified (Douglas-Peucker, half a pixel) once and then
// extended as the track grows, so an 8-hour 1 Hz patrol (28,800 fixes) redraws in a few
// milliseconds and a new fix costs almost nothing.

#include "maplayer.h"
#include "trackpath.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QPointer>

class TrackLayer : public MapLayer
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(TrackPath *path READ path WRITE setPath NOTIFY pathChanged)
    Q_PROPERTY(QColor color READ color WRITE setColor NOTIFY styleChanged)
    Q_PROPERTY(qreal width READ width WRITE setWidth NOTIFY styleChanged)

public:
    explicit TrackLayer(QObject *parent = nullptr);
    ~TrackLayer() override;

    [[nodiscard]] TrackPath *path() const { return m_path; }
    void setPath(TrackPath *path);
    [[nodiscard]] QColor color() const { return m_color; }
    void setColor(const QColor &color);
    [[nodiscard]] qreal width() const { return m_width; }
    void setWidth(qreal width);

    void paint(QPainter *painter, const flmap::MapViewport &viewport) override;
    [[nodiscard]] QRectF worldBounds() const override;

    // How many points a redraw at `zoom` draws (simplified part plus the raw tail); for tests.
    [[nodiscard]] qsizetype drawnPointCount(double zoom);

Q_SIGNALS:
    void pathChanged();
    void styleChanged();

private:
    // The simplified track for one whole zoom level: indices into the path, covering its
    // first `covered` points; points after that are drawn as they are until there are enough
    // of them to simplify.
    struct Simplified
    {
        QList<qsizetype> indices;
        qsizetype covered = 0;
    };

    void syncPath();
    const Simplified &simplifiedFor(int zoomLevel);

    QPointer<TrackPath> m_path;
    quint64 m_generation = 0;
    QList<QPointF> m_world; // the path's points, projected
    QHash<int, Simplified> m_simplified;
    QColor m_color{0xc2, 0x18, 0x5b};
    qreal m_width = 4;
};
