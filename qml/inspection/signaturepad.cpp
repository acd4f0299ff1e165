#include "signaturepad.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

SignaturePad::SignaturePad(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAcceptedMouseButtons(Qt::LeftButton);
    setAcceptTouchEvents(true);
    setAntialiasing(true);
    // A stylus arrives as touch or synthesized mouse events; both are handled below.
}

bool SignaturePad::empty() const
{
    return std::none_of(m_strokes.cbegin(), m_strokes.cend(),
                        [](const fl::Stroke &stroke) { return !stroke.isEmpty(); });
}

void SignaturePad::setInkColor(const QColor &color)
{
    if (m_inkColor == color)
        return;
    m_inkColor = color;
    Q_EMIT inkColorChanged();
    update();
}

void SignaturePad::setInkWidth(qreal width)
{
    if (qFuzzyCompare(m_inkWidth, width))
        return;
    m_inkWidth = width;
    Q_EMIT inkWidthChanged();
    update();
}

void SignaturePad::clear()
{
    m_drawing = false;
    if (m_strokes.isEmpty())
        return;
    m_strokes.clear();
    m_clock.invalidate();
    Q_EMIT strokesChanged();
    update();
}

void SignaturePad::setStrokes(const QList<fl::Stroke> &strokes)
{
    m_drawing = false;
    m_strokes = strokes;
    Q_EMIT strokesChanged();
    update();
}

fl::StrokePoint SignaturePad::toPoint(QPointF at)
{
    if (!m_clock.isValid())
        m_clock.start();
    const double w = std::max(1.0, width());
    const double h = std::max(1.0, height());
    return fl::StrokePoint{std::clamp(at.x() / w, 0.0, 1.0), std::clamp(at.y() / h, 0.0, 1.0),
                           m_clock.elapsed()};
}

void SignaturePad::beginStroke(QPointF at)
{
    m_strokes.append(fl::Stroke{toPoint(at)});
    m_drawing = true;
    Q_EMIT strokesChanged();
    update();
}

void SignaturePad::extendStroke(QPointF at)
{
    if (!m_drawing || m_strokes.isEmpty()) {
        beginStroke(at);
        return;
    }
    const fl::StrokePoint point = toPoint(at);
    const fl::StrokePoint &last = m_strokes.last().last();
    if (point.x == last.x && point.y == last.y)
        return;
    m_strokes.last().append(point);
    update();
}

void SignaturePad::endStroke()
{
    m_drawing = false;
}

QString SignaturePad::svg() const
{
    return QString::fromUtf8(fl::renderSignatureSvg(m_strokes));
}

void SignaturePad::paint(QPainter *painter)
{
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(m_inkColor, m_inkWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(pen);
    const auto at = [this](const fl::StrokePoint &p) {
        return QPointF(p.x * width(), p.y * height());
    };
    for (const fl::Stroke &stroke : std::as_const(m_strokes)) {
        if (stroke.isEmpty())
            continue;
        if (stroke.size() == 1) {
            painter->drawPoint(at(stroke.first()));
            continue;
        }
        // Quadratic curves through the midpoints: smooth ink from jittery finger samples.
        QPainterPath path(at(stroke.first()));
        for (qsizetype i = 1; i + 1 < stroke.size(); ++i) {
            const QPointF control = at(stroke[i]);
            const QPointF mid = (control + at(stroke[i + 1])) / 2;
            path.quadTo(control, mid);
        }
        path.lineTo(at(stroke.last()));
        painter->drawPath(path);
    }
}

void SignaturePad::mousePressEvent(QMouseEvent *event)
{
    // A signature pad inside a scrolling page must keep the drag, not scroll the page.
    setKeepMouseGrab(true);
    beginStroke(event->position());
    event->accept();
}

void SignaturePad::mouseMoveEvent(QMouseEvent *event)
{
    extendStroke(event->position());
    event->accept();
}

void SignaturePad::mouseReleaseEvent(QMouseEvent *event)
{
    extendStroke(event->position());
    endStroke();
    setKeepMouseGrab(false);
    event->accept();
}

void SignaturePad::mouseUngrabEvent()
{
    endStroke();
}

void SignaturePad::touchEvent(QTouchEvent *event)
{
    // One finger signs; a second finger resting on the pad is ignored.
    if (event->points().isEmpty()) {
        event->ignore();
        return;
    }
    const QEventPoint &point = event->points().first();
    switch (point.state()) {
    case QEventPoint::Pressed:
        setKeepTouchGrab(true);
        beginStroke(point.position());
        break;
    case QEventPoint::Updated:
        extendStroke(point.position());
        break;
    case QEventPoint::Released:
        extendStroke(point.position());
        endStroke();
        setKeepTouchGrab(false);
        break;
    default:
        break;
    }
    event->accept();
}

void SignaturePad::touchUngrabEvent()
{
    endStroke();
}
