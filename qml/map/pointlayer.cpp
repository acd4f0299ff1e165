#include "pointlayer.h"

#include "geo/latlon.h"
#include "mapdraw.h"

#include <QAbstractItemModel>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace {

// A gloved fingertip: taps this close to a dot (in pixels) hit it.
constexpr double kTouchRadius = 28;
// More labels than this on screen would be unreadable clutter.
constexpr int kMaxLabels = 60;

int roleNamed(const QAbstractItemModel *model, const QString &name)
{
    if (name.isEmpty())
        return -1;
    const QByteArray wanted = name.toUtf8();
    const auto names = model->roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (it.value() == wanted)
            return it.key();
    }
    return -1;
}

} // namespace

PointLayer::PointLayer(QObject *parent)
    : MapLayer(parent)
{}

void PointLayer::setModel(QAbstractItemModel *model)
{
    if (model == m_model)
        return;
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &PointLayer::reload);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, &PointLayer::reload);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &PointLayer::reload);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PointLayer::reload);
        connect(m_model, &QAbstractItemModel::rowsMoved, this, &PointLayer::reload);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &PointLayer::reload);
        connect(m_model, &QObject::destroyed, this, [this] {
            m_model = nullptr;
            reload();
        });
    }
    reload();
    Q_EMIT modelChanged();
}

void PointLayer::setLatitudeRole(const QString &role)
{
    if (role == m_latitudeRole)
        return;
    m_latitudeRole = role;
    reload();
    Q_EMIT rolesChanged();
}

void PointLayer::setLongitudeRole(const QString &role)
{
    if (role == m_longitudeRole)
        return;
    m_longitudeRole = role;
    reload();
    Q_EMIT rolesChanged();
}

void PointLayer::setLabelRole(const QString &role)
{
    if (role == m_labelRole)
        return;
    m_labelRole = role;
    reload();
    Q_EMIT rolesChanged();
}

void PointLayer::setColor(const QColor &color)
{
    if (color == m_color)
        return;
    m_color = color;
    Q_EMIT styleChanged();
    Q_EMIT contentChanged();
}

void PointLayer::setRadius(qreal radius)
{
    if (radius == m_radius || radius <= 0)
        return;
    m_radius = radius;
    Q_EMIT styleChanged();
    Q_EMIT contentChanged();
}

void PointLayer::setSelectedRow(int row)
{
    if (row == m_selectedRow)
        return;
    m_selectedRow = row;
    Q_EMIT selectedRowChanged();
    Q_EMIT contentChanged();
}

void PointLayer::reload()
{
    const int before = count();
    m_points.clear();
    const QAbstractItemModel *model = m_model;
    if (model) {
        const int latRole = roleNamed(model, m_latitudeRole);
        const int lonRole = roleNamed(model, m_longitudeRole);
        const int labelRole = roleNamed(model, m_labelRole);
        const int rows = model->rowCount();
        if (latRole >= 0 && lonRole >= 0) {
            m_points.reserve(rows);
            for (int row = 0; row < rows; ++row) {
                const QModelIndex index = model->index(row, 0);
                bool latOk = false;
                bool lonOk = false;
                const double lat = model->data(index, latRole).toDouble(&latOk);
                const double lon = model->data(index, lonRole).toDouble(&lonOk);
                if (!latOk || !lonOk || !fl::geo::isValidWgs84(lat, lon))
                    continue;
                m_points.append(
                    {row, flmap::toWorld(lat, lon),
                     labelRole >= 0 ? model->data(index, labelRole).toString() : QString()});
            }
        }
    }
    if (count() != before)
        Q_EMIT countChanged();
    Q_EMIT contentChanged();
}

int PointLayer::rowAt(QPointF screen, const flmap::MapViewport &viewport) const
{
    int best = -1;
    double bestDistance = std::max(kTouchRadius, m_radius) * std::max(kTouchRadius, m_radius);
    for (const Point &p : m_points) {
        const QPointF d = viewport.toScreen(p.world) - screen;
        const double distance = d.x() * d.x() + d.y() * d.y();
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = p.row;
        }
    }
    return best;
}

QRectF PointLayer::worldBounds() const
{
    QList<QPointF> world;
    world.reserve(m_points.size());
    for (const Point &p : m_points)
        world.append(p.world);
    return flmap::worldBounds(world);
}

bool PointLayer::tap(QPointF screen, const flmap::MapViewport &viewport)
{
    const int row = rowAt(screen, viewport);
    if (row < 0)
        return false;
    Q_EMIT pointClicked(row);
    return true;
}

void PointLayer::paint(QPainter *painter, const flmap::MapViewport &viewport)
{
    if (m_points.isEmpty())
        return;
    const double margin = m_radius + 2;
    const QRectF visible = viewport.visibleWorld(margin);
    QList<qsizetype> onScreen;
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        if (visible.contains(m_points[i].world))
            onScreen.append(i);
    }
    if (onScreen.isEmpty())
        return;

    // One antialiased dot drawn once, then copied to each place: a thousand copies of a small
    // image cost far less than rasterising a thousand circles.
    const qreal dpr = painter->device() != nullptr ? painter->device()->devicePixelRatioF() : 1.0;
    if (m_sprite.isNull() || m_spriteColor != m_color || m_spriteRadius != m_radius ||
        m_sprite.devicePixelRatio() != dpr) {
        const int size = int(std::ceil((m_radius + 2) * 2 * dpr)) + 2;
        m_sprite = QImage(size, size, QImage::Format_ARGB32_Premultiplied);
        m_sprite.fill(Qt::transparent);
        QPainter dot(&m_sprite);
        dot.setRenderHint(QPainter::Antialiasing, true);
        dot.scale(dpr, dpr);
        dot.setPen(QPen(Qt::white, 2));
        dot.setBrush(m_color);
        const double c = size / dpr / 2.0;
        dot.drawEllipse(QPointF(c, c), m_radius, m_radius);
        dot.end();
        m_sprite.setDevicePixelRatio(dpr);
        m_spriteColor = m_color;
        m_spriteRadius = m_radius;
    }
    const QPointF half(m_sprite.width() / dpr / 2.0, m_sprite.height() / dpr / 2.0);
    const Point *selected = nullptr;
    for (qsizetype i : std::as_const(onScreen)) {
        const Point &p = m_points[i];
        if (p.row == m_selectedRow)
            selected = &p;
        painter->drawImage(viewport.toScreen(p.world) - half, m_sprite);
    }
    if (selected != nullptr) {
        painter->setPen(QPen(QColor(0x11, 0x14, 0x18), 3));
        painter->setBrush(Qt::NoBrush);
        const double r = m_radius * 1.6;
        painter->drawEllipse(viewport.toScreen(selected->world), r, r);
    }

    if (m_labelRole.isEmpty() || onScreen.size() > kMaxLabels)
        return;
    QFont font = painter->font();
    font.setPixelSize(15);
    font.setBold(true);
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    for (qsizetype i : std::as_const(onScreen)) {
        const Point &p = m_points[i];
        if (p.label.isEmpty())
            continue;
        const QPointF at = viewport.toScreen(p.world);
        const QString text = metrics.elidedText(p.label, Qt::ElideRight, 220);
        const QRectF box(at.x() + m_radius + 4, at.y() - metrics.height() / 2,
                         metrics.horizontalAdvance(text) + 8, metrics.height());
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 210));
        painter->drawRoundedRect(box, 4, 4);
        painter->setPen(QColor(0x11, 0x14, 0x18));
        painter->drawText(box, Qt::AlignCenter, text);
    }
}
