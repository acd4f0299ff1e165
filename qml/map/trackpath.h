#pragma once

// A track as the map draws it: the positions of a patrol in order, growing while it records.
// PatrolSession owns one and appends each kept fix; a TrackLayer draws it. Appending is cheap
// (the layer projects and simplifies only the new points); setPoints and clear start over.

#include "geo/latlon.h"

#include <QList>
#include <QObject>
#include <QtQml/qqmlregistration.h>

class TrackPath : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY changed)

public:
    explicit TrackPath(QObject *parent = nullptr);

    void append(fl::geo::LatLon point);
    void append(const QList<fl::geo::LatLon> &points);
    void setPoints(QList<fl::geo::LatLon> points);
    Q_INVOKABLE void clear();
    // From QML (e.g. demos and tests): invalid coordinates are ignored.
    Q_INVOKABLE void appendCoordinate(double latitude, double longitude);

    [[nodiscard]] const QList<fl::geo::LatLon> &points() const { return m_points; }
    [[nodiscard]] int count() const { return int(m_points.size()); }
    // Bumped by setPoints and clear (not by append): a reader that saw the same generation and
    // fewer points knows only points were appended.
    [[nodiscard]] quint64 generation() const { return m_generation; }

Q_SIGNALS:
    void changed();

private:
    QList<fl::geo::LatLon> m_points;
    quint64 m_generation = 0;
};
