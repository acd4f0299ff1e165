#include "trackpath.h"

#include <algorithm>

TrackPath::TrackPath(QObject *parent)
    : QObject(parent)
{}

void TrackPath::append(fl::geo::LatLon point)
{
    if (!fl::geo::isValidWgs84(point))
        return;
    m_points.append(point);
    Q_EMIT changed();
}

void TrackPath::append(const QList<fl::geo::LatLon> &points)
{
    const auto before = m_points.size();
    for (const auto &p : points) {
        if (fl::geo::isValidWgs84(p))
            m_points.append(p);
    }
    if (m_points.size() != before)
        Q_EMIT changed();
}

void TrackPath::setPoints(QList<fl::geo::LatLon> points)
{
    points.removeIf([](const fl::geo::LatLon &p) { return !fl::geo::isValidWgs84(p); });
    m_points = std::move(points);
    ++m_generation;
    Q_EMIT changed();
}

void TrackPath::clear()
{
    if (m_points.isEmpty())
        return;
    m_points.clear();
    ++m_generation;
    Q_EMIT changed();
}

void TrackPath::appendCoordinate(double latitude, double longitude)
{
    append(fl::geo::LatLon{latitude, longitude});
}
