#include "geojsonlayer.h"

#include "export/geojson.h"
#include "mapdraw.h"

#include <QFile>
#include <QPainter>
#include <QPainterPath>
#include <QUrl>

#include <cmath>

#include <variant>

namespace {

QString resolvePath(const QString &source)
{
    if (source.startsWith(QLatin1String("qrc:")))
        return QLatin1Char(':') + QUrl(source).path();
    if (source.startsWith(QLatin1String("file:")))
        return QUrl(source).toLocalFile();
    return source;
}

QList<QPointF> project(const fl::geo::Ring &ring)
{
    QList<QPointF> out;
    out.reserve(ring.size());
    for (const auto &p : ring)
        out.append(flmap::toWorld(p.lat, p.lon));
    return out;
}

} // namespace

GeoJsonLayer::GeoJsonLayer(QObject *parent)
    : MapLayer(parent)
{}

void GeoJsonLayer::setSource(const QString &source)
{
    if (source == m_source)
        return;
    m_source = source;
    load();
    Q_EMIT sourceChanged();
    Q_EMIT contentChanged();
}

void GeoJsonLayer::load()
{
    m_shapes.clear();
    m_bounds = QRectF();
    m_featureCount = 0;
    m_error.clear();
    if (m_source.isEmpty())
        return;

    QFile file(resolvePath(m_source));
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("The map file %1 could not be opened: %2").arg(m_source, file.errorString());
        return;
    }
    const auto parsed = fl::exporters::parseGeoJson(file.readAll());
    if (!parsed) {
        m_error = tr("The map file %1 could not be read: %2").arg(m_source, parsed.error().message);
        return;
    }

    const auto addPolygon = [this](const fl::geo::Polygon &polygon) {
        Shape shape{Kind::Polygon, {project(polygon.outer)}, {}, {}};
        for (const auto &hole : polygon.holes)
            shape.parts.append(project(hole));
        shape.bounds = flmap::worldBounds(shape.parts.front());
        m_shapes.append(std::move(shape));
    };
    for (const auto &feature : parsed.value()) {
        const auto &g = feature.geometry;
        if (const auto *point = std::get_if<fl::exporters::PointGeometry>(&g)) {
            const QPointF w = flmap::toWorld(point->point.lat, point->point.lon);
            m_shapes.append({Kind::Point, {{w}}, QRectF(w, w), {}});
        } else if (const auto *line = std::get_if<fl::exporters::LineGeometry>(&g)) {
            QList<QPointF> world;
            world.reserve(line->points.size());
            for (const auto &fix : line->points)
                world.append(flmap::toWorld(fix.lat, fix.lon));
            const QRectF bounds = flmap::worldBounds(world);
            m_shapes.append({Kind::Line, {std::move(world)}, bounds, {}});
        } else if (const auto *polygon = std::get_if<fl::geo::Polygon>(&g)) {
            addPolygon(*polygon);
        } else if (const auto *multi = std::get_if<fl::geo::MultiPolygon>(&g)) {
            for (const auto &part : *multi)
                addPolygon(part);
        }
        ++m_featureCount;
    }
    for (qsizetype i = 0; i < m_shapes.size(); ++i)
        m_bounds = i == 0 ? m_shapes[i].bounds : flmap::unite(m_bounds, m_shapes[i].bounds);
}

void GeoJsonLayer::setStrokeColor(const QColor &color)
{
    if (color == m_stroke)
        return;
    m_stroke = color;
    Q_EMIT styleChanged();
    Q_EMIT contentChanged();
}

void GeoJsonLayer::setStrokeWidth(qreal width)
{
    if (width == m_strokeWidth || width < 0)
        return;
    m_strokeWidth = width;
    Q_EMIT styleChanged();
    Q_EMIT contentChanged();
}

void GeoJsonLayer::setFillColor(const QColor &color)
{
    if (color == m_fill)
        return;
    m_fill = color;
    Q_EMIT styleChanged();
    Q_EMIT contentChanged();
}

const QList<QList<QPointF>> &GeoJsonLayer::partsFor(Shape &shape, int zoomLevel)
{
    auto it = shape.simplified.find(zoomLevel);
    if (it == shape.simplified.end()) {
        const double tolerance = 0.5 / (flmap::kTileSize * std::exp2(zoomLevel));
        QList<QList<QPointF>> parts;
        parts.reserve(shape.parts.size());
        for (const auto &part : std::as_const(shape.parts))
            parts.append(flmap::simplifyWorld(part, tolerance));
        it = shape.simplified.insert(zoomLevel, std::move(parts));
    }
    return it.value();
}

void GeoJsonLayer::paint(QPainter *painter, const flmap::MapViewport &viewport)
{
    if (m_shapes.isEmpty())
        return;
    const double margin = m_strokeWidth + 4;
    const QRectF visible = viewport.visibleWorld(margin);
    const QRectF clip(-margin, -margin, viewport.size.width() + 2 * margin,
                      viewport.size.height() + 2 * margin);
    QPen pen(m_stroke, m_strokeWidth);
    // Round joins only show on thick lines; on thin ones they cost a lot of stroking.
    pen.setCapStyle(m_strokeWidth > 3 ? Qt::RoundCap : Qt::FlatCap);
    pen.setJoinStyle(m_strokeWidth > 3 ? Qt::RoundJoin : Qt::BevelJoin);
    const bool stroke = m_strokeWidth > 0 && m_stroke.alpha() > 0;
    const bool fill = m_fill.alpha() > 0;
    constexpr double kMinStep = 0.75; // pixels: finer detail cannot be seen

    QPolygonF screen;
    const int level = int(std::floor(viewport.zoom));
    for (Shape &shape : m_shapes) {
        if (!flmap::overlaps(visible, shape.bounds))
            continue;
        switch (shape.kind) {
        case Kind::Point: {
            const QPointF at = viewport.toScreen(shape.parts.front().front());
            painter->setPen(stroke ? pen : QPen(Qt::NoPen));
            painter->setBrush(fill ? QBrush(m_fill) : QBrush(m_stroke));
            const double r = std::max<double>(3, m_strokeWidth * 2);
            painter->drawEllipse(at, r, r);
            break;
        }
        case Kind::Line: {
            if (!stroke)
                break;
            const auto &part = partsFor(shape, level).front();
            screen.clear();
            flmap::projectDecimated(part.constData(), part.size(), viewport, kMinStep, screen);
            painter->setPen(pen);
            painter->setBrush(Qt::NoBrush);
            flmap::drawPolylineClipped(painter, screen, clip);
            break;
        }
        case Kind::Polygon: {
            if (fill) {
                QPainterPath path;
                path.setFillRule(Qt::OddEvenFill);
                for (const auto &ring : partsFor(shape, level)) {
                    screen.clear();
                    flmap::projectDecimated(ring.constData(), ring.size(), viewport, kMinStep,
                                            screen);
                    path.addPolygon(flmap::clipRing(screen, clip));
                    path.closeSubpath();
                }
                // The outline is drawn antialiased over the edge; the fill need not be.
                painter->setRenderHint(QPainter::Antialiasing, false);
                painter->fillPath(path, m_fill);
                painter->setRenderHint(QPainter::Antialiasing, true);
            }
            if (stroke) {
                painter->setPen(pen);
                painter->setBrush(Qt::NoBrush);
                for (const auto &ring : partsFor(shape, level)) {
                    screen.clear();
                    flmap::projectDecimated(ring.constData(), ring.size(), viewport, kMinStep,
                                            screen);
                    if (!screen.isEmpty() && screen.front() != screen.back())
                        screen.append(screen.front());
                    flmap::drawPolylineClipped(painter, screen, clip);
                }
            }
            break;
        }
        }
    }
}
