#pragma once

// Records, clues or enterprises as dots on the map, from any list model (roles named in QML).
// Positions are read and projected when the model changes, not at every frame; labels are drawn
// only when few enough points are on screen to read them. A tap near a dot emits pointClicked.

#include "maplayer.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QImage>
#include <QList>
#include <QPointer>
#include <QString>

class PointLayer : public MapLayer
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QAbstractItemModel *model READ model WRITE setModel NOTIFY modelChanged)
    Q_PROPERTY(QString latitudeRole READ latitudeRole WRITE setLatitudeRole NOTIFY rolesChanged)
    Q_PROPERTY(QString longitudeRole READ longitudeRole WRITE setLongitudeRole NOTIFY rolesChanged)
    Q_PROPERTY(QString labelRole READ labelRole WRITE setLabelRole NOTIFY rolesChanged)
    Q_PROPERTY(QColor color READ color WRITE setColor NOTIFY styleChanged)
    Q_PROPERTY(qreal radius READ radius WRITE setRadius NOTIFY styleChanged)
    // Row of a highlighted point (drawn larger, outlined), -1 for none.
    Q_PROPERTY(int selectedRow READ selectedRow WRITE setSelectedRow NOTIFY selectedRowChanged)
    // Points with a valid position (rows without one are skipped).
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit PointLayer(QObject *parent = nullptr);

    [[nodiscard]] QAbstractItemModel *model() const { return m_model; }
    void setModel(QAbstractItemModel *model);
    [[nodiscard]] QString latitudeRole() const { return m_latitudeRole; }
    void setLatitudeRole(const QString &role);
    [[nodiscard]] QString longitudeRole() const { return m_longitudeRole; }
    void setLongitudeRole(const QString &role);
    [[nodiscard]] QString labelRole() const { return m_labelRole; }
    void setLabelRole(const QString &role);
    [[nodiscard]] QColor color() const { return m_color; }
    void setColor(const QColor &color);
    [[nodiscard]] qreal radius() const { return m_radius; }
    void setRadius(qreal radius);
    [[nodiscard]] int selectedRow() const { return m_selectedRow; }
    void setSelectedRow(int row);
    [[nodiscard]] int count() const { return int(m_points.size()); }

    // The model row of the point nearest to `screen` within a fingertip, or -1.
    [[nodiscard]] int rowAt(QPointF screen, const flmap::MapViewport &viewport) const;

    void paint(QPainter *painter, const flmap::MapViewport &viewport) override;
    bool tap(QPointF screen, const flmap::MapViewport &viewport) override;
    [[nodiscard]] QRectF worldBounds() const override;

Q_SIGNALS:
    void modelChanged();
    void rolesChanged();
    void styleChanged();
    void selectedRowChanged();
    void countChanged();
    void pointClicked(int row);

private:
    struct Point
    {
        int row = 0;
        QPointF world;
        QString label;
    };

    void reload();

    QPointer<QAbstractItemModel> m_model;
    QString m_latitudeRole = QStringLiteral("latitude");
    QString m_longitudeRole = QStringLiteral("longitude");
    QString m_labelRole;
    QColor m_color{0xb3, 0x26, 0x1e};
    qreal m_radius = 8;
    int m_selectedRow = -1;
    QList<Point> m_points;
    QImage m_sprite; // one dot in the current colour and radius
    QColor m_spriteColor;
    qreal m_spriteRadius = 0;
};
