#pragma once

// A pad to sign on with a finger, a stylus or a mouse. It keeps the strokes as the domain stores
// them (0..1 of the pad, ms since the first touch), so the same signature renders the same way
// at any size, and draws them as smooth curves.

#include "domain/inspection.h"

#include <QElapsedTimer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

class SignaturePad : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool empty READ empty NOTIFY strokesChanged)
    Q_PROPERTY(int strokeCount READ strokeCount NOTIFY strokesChanged)
    Q_PROPERTY(QColor inkColor READ inkColor WRITE setInkColor NOTIFY inkColorChanged)
    Q_PROPERTY(qreal inkWidth READ inkWidth WRITE setInkWidth NOTIFY inkWidthChanged)

public:
    explicit SignaturePad(QQuickItem *parent = nullptr);

    void paint(QPainter *painter) override;

    // No ink: no stroke with a point.
    [[nodiscard]] bool empty() const;
    [[nodiscard]] int strokeCount() const { return int(m_strokes.size()); }
    [[nodiscard]] QColor inkColor() const { return m_inkColor; }
    void setInkColor(const QColor &color);
    [[nodiscard]] qreal inkWidth() const { return m_inkWidth; }
    void setInkWidth(qreal width);

    Q_INVOKABLE void clear();

    // The strokes in domain form, and the pen API the pointer handlers (and tests) use, in item
    // coordinates. Points outside the pad are clamped onto its edge.
    [[nodiscard]] const QList<fl::Stroke> &strokes() const { return m_strokes; }
    void setStrokes(const QList<fl::Stroke> &strokes);
    void beginStroke(QPointF at);
    void extendStroke(QPointF at);
    void endStroke();
    // The SVG rendering the record keeps (fl::renderSignatureSvg).
    Q_INVOKABLE [[nodiscard]] QString svg() const;

Q_SIGNALS:
    void strokesChanged();
    void inkColorChanged();
    void inkWidthChanged();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseUngrabEvent() override;
    void touchEvent(QTouchEvent *event) override;
    void touchUngrabEvent() override;

private:
    [[nodiscard]] fl::StrokePoint toPoint(QPointF at);

    QList<fl::Stroke> m_strokes;
    QElapsedTimer m_clock; // started at the signature's first point
    bool m_drawing = false;
    QColor m_inkColor = QColor(0x11, 0x14, 0x18);
    qreal m_inkWidth = 3;
};
