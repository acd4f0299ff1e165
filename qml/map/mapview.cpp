#include "mapview.h"

#include "geo/latlon.h"
#include "maplayer.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {

constexpr double kFitMarginPixels = 24;

QPointF clampWorld(QPointF world)
{
    return {std::clamp(world.x(), 0.0, 1.0), std::clamp(world.y(), 0.0, 1.0)};
}

} // namespace

MapView::MapView(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setRenderTarget(QQuickPaintedItem::FramebufferObject);
    setAntialiasing(true);
    setOpaquePainting(true);
    // The demo region (Xinjiang) until a page centres on something.
    m_viewport.center = flmap::toWorld(41.5, 85.5);
    m_viewport.zoom = 5;
}

MapView::~MapView() = default;

double MapView::centerLatitude() const
{
    return flmap::latitudeOf(m_viewport.center.y());
}

void MapView::setCenterLatitude(double lat)
{
    if (!std::isfinite(lat))
        return;
    setCenterWorld({m_viewport.center.x(), flmap::worldY(lat)});
}

double MapView::centerLongitude() const
{
    return flmap::longitudeOf(m_viewport.center.x());
}

void MapView::setCenterLongitude(double lon)
{
    if (!std::isfinite(lon))
        return;
    setCenterWorld({flmap::worldX(std::clamp(lon, -180.0, 180.0)), m_viewport.center.y()});
}

void MapView::setCenterWorld(QPointF world)
{
    world = clampWorld(world);
    if (world == m_viewport.center)
        return;
    m_viewport.center = world;
    Q_EMIT viewChanged();
    update();
}

void MapView::setZoom(double zoom)
{
    if (!std::isfinite(zoom))
        return;
    zoom = std::clamp(zoom, flmap::kMinZoom, flmap::kMaxZoom);
    if (zoom == m_viewport.zoom)
        return;
    m_viewport.zoom = zoom;
    Q_EMIT viewChanged();
    update();
}

void MapView::setPositionLatitude(double lat)
{
    if (lat == m_positionLat || (std::isnan(lat) && std::isnan(m_positionLat)))
        return;
    m_positionLat = lat;
    Q_EMIT positionChanged();
    if (m_positionValid)
        update();
}

void MapView::setPositionLongitude(double lon)
{
    if (lon == m_positionLon || (std::isnan(lon) && std::isnan(m_positionLon)))
        return;
    m_positionLon = lon;
    Q_EMIT positionChanged();
    if (m_positionValid)
        update();
}

void MapView::setPositionAccuracy(double meters)
{
    if (meters == m_positionAccuracy || (std::isnan(meters) && std::isnan(m_positionAccuracy)))
        return;
    m_positionAccuracy = meters;
    Q_EMIT positionChanged();
    if (m_positionValid)
        update();
}

void MapView::setPositionValid(bool valid)
{
    if (valid == m_positionValid)
        return;
    m_positionValid = valid;
    Q_EMIT positionChanged();
    update();
}

void MapView::setBackgroundColor(const QColor &color)
{
    if (color == m_background)
        return;
    m_background = color;
    Q_EMIT backgroundColorChanged();
    update();
}

void MapView::pan(double dx, double dy)
{
    if (!std::isfinite(dx) || !std::isfinite(dy) || (dx == 0 && dy == 0))
        return;
    const double s = m_viewport.scale();
    setCenterWorld({m_viewport.center.x() - dx / s, m_viewport.center.y() - dy / s});
}

void MapView::zoomAt(double factor, double x, double y)
{
    if (!std::isfinite(factor) || factor <= 0 || !std::isfinite(x) || !std::isfinite(y))
        return;
    const double zoom =
        std::clamp(m_viewport.zoom + std::log2(factor), flmap::kMinZoom, flmap::kMaxZoom);
    if (zoom == m_viewport.zoom)
        return;
    const QPointF anchor = viewport().toWorld({x, y});
    m_viewport.zoom = zoom;
    // The centre moves so that `anchor` is drawn at (x, y) again.
    const double s = m_viewport.scale();
    m_viewport.center =
        clampWorld({anchor.x() - (x - width() / 2.0) / s, anchor.y() - (y - height() / 2.0) / s});
    Q_EMIT viewChanged();
    update();
}

void MapView::centerOn(double latitude, double longitude, double zoom)
{
    if (!fl::geo::isValidWgs84(latitude, longitude))
        return;
    const QPointF world = clampWorld(flmap::toWorld(latitude, longitude));
    const double z =
        std::isfinite(zoom) ? std::clamp(zoom, flmap::kMinZoom, flmap::kMaxZoom) : m_viewport.zoom;
    if (world == m_viewport.center && z == m_viewport.zoom)
        return;
    m_viewport.center = world;
    m_viewport.zoom = z;
    Q_EMIT viewChanged();
    update();
}

void MapView::fitBounds(double minLatitude, double minLongitude, double maxLatitude,
                        double maxLongitude)
{
    if (!fl::geo::isValidWgs84(minLatitude, minLongitude) ||
        !fl::geo::isValidWgs84(maxLatitude, maxLongitude))
        return;
    const QPointF a = flmap::toWorld(minLatitude, minLongitude);
    const QPointF b = flmap::toWorld(maxLatitude, maxLongitude);
    const QRectF world = QRectF(a, b).normalized();
    if (width() <= 0 || height() <= 0) {
        m_pendingBounds = world;
        return;
    }
    applyBounds(world);
}

void MapView::applyBounds(const QRectF &world)
{
    m_pendingBounds.reset();
    const double w = std::max(1.0, width() - 2 * kFitMarginPixels);
    const double h = std::max(1.0, height() - 2 * kFitMarginPixels);
    double zoom = flmap::kMaxZoom;
    if (world.width() > 0 || world.height() > 0) {
        const double scaleX = world.width() > 0 ? w / world.width() : 1e12;
        const double scaleY = world.height() > 0 ? h / world.height() : 1e12;
        zoom = std::log2(std::min(scaleX, scaleY) / flmap::kTileSize);
    }
    const QPointF c = world.center();
    m_viewport.center = clampWorld(c);
    m_viewport.zoom = std::clamp(zoom, flmap::kMinZoom, flmap::kMaxZoom);
    Q_EMIT viewChanged();
    update();
}

bool MapView::fitLayer(MapLayer *layer, double zoomForPoint)
{
    const QRectF world = layer != nullptr ? layer->worldBounds() : QRectF();
    if (world.isNull() && world.topLeft() == QPointF())
        return false; // nothing drawn (a real point at world (0, 0) is the North Pole's corner)
    if (world.width() <= 0 && world.height() <= 0) {
        centerOn(flmap::latitudeOf(world.y()), flmap::longitudeOf(world.x()), zoomForPoint);
        return true;
    }
    if (width() <= 0 || height() <= 0)
        m_pendingBounds = world;
    else
        applyBounds(world);
    return true;
}

QPointF MapView::toScreen(double latitude, double longitude) const
{
    return viewport().toScreen(flmap::toWorld(latitude, longitude));
}

QGeoCoordinate MapView::toCoordinate(double x, double y) const
{
    const QPointF world = viewport().toWorld({x, y});
    return QGeoCoordinate(flmap::latitudeOf(world.y()), flmap::longitudeOf(world.x()));
}

bool MapView::tapAt(double x, double y)
{
    // Topmost first: higher z, and among equal z the later child (drawn last).
    QList<MapLayer *> topFirst(m_layers.crbegin(), m_layers.crend());
    std::stable_sort(topFirst.begin(), topFirst.end(),
                     [](const MapLayer *a, const MapLayer *b) { return a->z() > b->z(); });
    const auto vp = viewport();
    for (MapLayer *layer : std::as_const(topFirst)) {
        if (layer->isVisible() && layer->tap({x, y}, vp))
            return true;
    }
    return false;
}

flmap::MapViewport MapView::viewport() const
{
    flmap::MapViewport vp = m_viewport;
    vp.size = QSizeF(width(), height());
    return vp;
}

QQmlListProperty<MapLayer> MapView::layers()
{
    return QQmlListProperty<MapLayer>(this, nullptr, &MapView::appendLayer, &MapView::layerCount,
                                      &MapView::layerAt, &MapView::clearLayers);
}

void MapView::addLayer(MapLayer *layer)
{
    if (layer == nullptr || m_layers.contains(layer))
        return;
    m_layers.append(layer);
    if (layer->parent() == nullptr)
        layer->setParent(this);
    connect(layer, &MapLayer::contentChanged, this, [this] { update(); });
    connect(layer, &QObject::destroyed, this, [this, layer] {
        m_layers.removeAll(layer);
        update();
    });
    update();
}

void MapView::appendLayer(QQmlListProperty<MapLayer> *list, MapLayer *layer)
{
    static_cast<MapView *>(list->object)->addLayer(layer);
}

qsizetype MapView::layerCount(QQmlListProperty<MapLayer> *list)
{
    return static_cast<MapView *>(list->object)->m_layers.size();
}

MapLayer *MapView::layerAt(QQmlListProperty<MapLayer> *list, qsizetype index)
{
    return static_cast<MapView *>(list->object)->m_layers.value(index);
}

void MapView::clearLayers(QQmlListProperty<MapLayer> *list)
{
    auto *view = static_cast<MapView *>(list->object);
    for (MapLayer *layer : std::as_const(view->m_layers))
        layer->disconnect(view);
    view->m_layers.clear();
    view->update();
}

void MapView::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    if (m_pendingBounds && newGeometry.width() > 0 && newGeometry.height() > 0)
        applyBounds(*m_pendingBounds);
    else if (newGeometry.size() != oldGeometry.size())
        Q_EMIT viewChanged(); // toScreen results moved
    if (newGeometry.size() != oldGeometry.size())
        update();
}

void MapView::paint(QPainter *painter)
{
    const auto vp = viewport();
    painter->fillRect(QRectF(QPointF(0, 0), vp.size), m_background);
    painter->setRenderHint(QPainter::Antialiasing, true);
    auto ordered = m_layers;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const MapLayer *a, const MapLayer *b) { return a->z() < b->z(); });
    for (MapLayer *layer : std::as_const(ordered)) {
        if (!layer->isVisible() || layer->opacity() <= 0)
            continue;
        painter->save();
        painter->setOpacity(layer->opacity());
        layer->paint(painter, vp);
        painter->restore();
    }
    paintPosition(painter, vp);
}

void MapView::paintPosition(QPainter *painter, const flmap::MapViewport &viewport) const
{
    if (!m_positionValid || !fl::geo::isValidWgs84(m_positionLat, m_positionLon))
        return;
    const QPointF at = viewport.toScreen(flmap::toWorld(m_positionLat, m_positionLon));
    painter->save();
    const QColor blue(0x0b, 0x5c, 0xad);
    if (std::isfinite(m_positionAccuracy) && m_positionAccuracy > 0) {
        const double radius =
            m_positionAccuracy / flmap::metersPerPixel(m_positionLat, viewport.zoom);
        if (radius > 10 && radius < 4 * (viewport.size.width() + viewport.size.height())) {
            QColor fill = blue;
            fill.setAlphaF(0.15f);
            QColor edge = blue;
            edge.setAlphaF(0.5f);
            painter->setPen(QPen(edge, 1.5));
            painter->setBrush(fill);
            painter->drawEllipse(at, radius, radius);
        }
    }
    painter->setPen(QPen(Qt::white, 3));
    painter->setBrush(blue);
    painter->drawEllipse(at, 9, 9);
    painter->restore();
}
