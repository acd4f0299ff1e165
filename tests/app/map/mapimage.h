#pragma once

// Draws a MapView into an image the way the scene graph's paint() would, and compares colours.

#include "mapview.h"

#include <QColor>
#include <QImage>
#include <QPainter>

#include <cstdlib>

namespace maptest {

inline QImage render(MapView &view)
{
    QImage image(int(view.width()), int(view.height()), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    QPainter painter(&image);
    view.paint(&painter);
    painter.end();
    return image;
}

inline bool near(QColor a, QColor b, int tolerance = 24)
{
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

inline QColor pixel(const QImage &image, QPointF at)
{
    return image.pixelColor(int(at.x()), int(at.y()));
}

} // namespace maptest
