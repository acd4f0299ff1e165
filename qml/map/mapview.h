#pragma once

// The app's own map (Qt 6.4 on Debian has no Qt Location): a Web Mercator view that draws its
// MapLayer children (rivers, borders, a live track, records, an MBTiles basemap) and the
// current-position marker. It repaints only when the view, a layer or the marker changed.
// Drawing is never mirrored in right-to-left layouts: east stays on the right.

#include "mapprojection.h"

#include <QGeoCoordinate>
#include <QList>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

#include <optional>

class MapLayer;

class MapView : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_CLASSINFO("DefaultProperty", "layers")
    Q_PROPERTY(double centerLatitude READ centerLatitude WRITE setCenterLatitude NOTIFY viewChanged)
    Q_PROPERTY(
        double centerLongitude READ centerLongitude WRITE setCenterLongitude NOTIFY viewChanged)
    Q_PROPERTY(double zoom READ zoom WRITE setZoom NOTIFY viewChanged)
    Q_PROPERTY(double minimumZoom READ minimumZoom CONSTANT)
    Q_PROPERTY(double maximumZoom READ maximumZoom CONSTANT)
    // Ground metres per pixel at the centre (for a scale bar).
    Q_PROPERTY(double metersPerPixel READ metersPerPixel NOTIFY viewChanged)
    Q_PROPERTY(QQmlListProperty<MapLayer> layers READ layers)
    Q_PROPERTY(double positionLatitude READ positionLatitude WRITE setPositionLatitude NOTIFY
                   positionChanged)
    Q_PROPERTY(double positionLongitude READ positionLongitude WRITE setPositionLongitude NOTIFY
                   positionChanged)
    // Metres; NaN or <= 0 draws no accuracy circle.
    Q_PROPERTY(double positionAccuracy READ positionAccuracy WRITE setPositionAccuracy NOTIFY
                   positionChanged)
    Q_PROPERTY(bool positionValid READ positionValid WRITE setPositionValid NOTIFY positionChanged)
    Q_PROPERTY(QColor backgroundColor READ backgroundColor WRITE setBackgroundColor NOTIFY
                   backgroundColorChanged)

public:
    explicit MapView(QQuickItem *parent = nullptr);
    ~MapView() override;

    [[nodiscard]] double centerLatitude() const;
    void setCenterLatitude(double lat);
    [[nodiscard]] double centerLongitude() const;
    void setCenterLongitude(double lon);
    [[nodiscard]] double zoom() const { return m_viewport.zoom; }
    void setZoom(double zoom);
    [[nodiscard]] static double minimumZoom() { return flmap::kMinZoom; }
    [[nodiscard]] static double maximumZoom() { return flmap::kMaxZoom; }
    [[nodiscard]] double metersPerPixel() const { return m_viewport.metersPerPixel(); }

    [[nodiscard]] double positionLatitude() const { return m_positionLat; }
    void setPositionLatitude(double lat);
    [[nodiscard]] double positionLongitude() const { return m_positionLon; }
    void setPositionLongitude(double lon);
    [[nodiscard]] double positionAccuracy() const { return m_positionAccuracy; }
    void setPositionAccuracy(double meters);
    [[nodiscard]] bool positionValid() const { return m_positionValid; }
    void setPositionValid(bool valid);

    [[nodiscard]] QColor backgroundColor() const { return m_background; }
    void setBackgroundColor(const QColor &color);

    // Moves the map content by (dx, dy) pixels, as a finger dragging it does.
    Q_INVOKABLE void pan(double dx, double dy);
    // Scales by `factor` (2 = one zoom level closer) keeping the place under (x, y) still.
    Q_INVOKABLE void zoomAt(double factor, double x, double y);
    // Centres on a place; a NaN zoom keeps the current one.
    Q_INVOKABLE void centerOn(double latitude, double longitude, double zoom = qQNaN());
    // Shows the whole box with a small margin (deferred until the view has a size).
    Q_INVOKABLE void fitBounds(double minLatitude, double minLongitude, double maxLatitude,
                               double maxLongitude);
    // Shows everything a layer draws (a track, the points, a GeoJSON file); false when the layer
    // is empty. A single point is shown at `zoomForPoint`.
    Q_INVOKABLE bool fitLayer(MapLayer *layer, double zoomForPoint = 16);
    Q_INVOKABLE QPointF toScreen(double latitude, double longitude) const;
    Q_INVOKABLE QGeoCoordinate toCoordinate(double x, double y) const;
    // Offers a tap to the layers, topmost first (PointLayer emits pointClicked); true if used.
    Q_INVOKABLE bool tapAt(double x, double y);

    [[nodiscard]] QQmlListProperty<MapLayer> layers();
    void addLayer(MapLayer *layer); // C++ (tests, bench): same as a QML child layer
    [[nodiscard]] const QList<MapLayer *> &layerList() const { return m_layers; }
    [[nodiscard]] flmap::MapViewport viewport() const;

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void viewChanged();
    void positionChanged();
    void backgroundColorChanged();

protected:
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

private:
    static void appendLayer(QQmlListProperty<MapLayer> *list, MapLayer *layer);
    static qsizetype layerCount(QQmlListProperty<MapLayer> *list);
    static MapLayer *layerAt(QQmlListProperty<MapLayer> *list, qsizetype index);
    static void clearLayers(QQmlListProperty<MapLayer> *list);

    void setCenterWorld(QPointF world);
    void applyBounds(const QRectF &world);
    void paintPosition(QPainter *painter, const flmap::MapViewport &viewport) const;

    flmap::MapViewport m_viewport;
    QList<MapLayer *> m_layers;
    std::optional<QRectF> m_pendingBounds; // world box to fit once the view has a size
    double m_positionLat = qQNaN();
    double m_positionLon = qQNaN();
    double m_positionAccuracy = qQNaN();
    bool m_positionValid = false;
    QColor m_background{0xee, 0xf0, 0xe8};
};
