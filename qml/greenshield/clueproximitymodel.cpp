#include "clueproximitymodel.h"

#include "cluelistmodel.h"

#include <cmath>

ClueProximityModel::ClueProximityModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    // Re-sorted whenever the distances change (the list model reports them under this role).
    setSortRole(ClueListModel::DistanceMetersRole);
    sort(0, Qt::AscendingOrder);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &ClueProximityModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &ClueProximityModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &ClueProximityModel::countChanged);
}

void ClueProximityModel::setShowClosedOut(bool show)
{
    if (m_showClosedOut == show)
        return;
    m_showClosedOut = show;
    invalidateFilter();
    Q_EMIT showClosedOutChanged();
    Q_EMIT countChanged();
}

QString ClueProximityModel::idAt(int row) const
{
    return data(index(row, 0), ClueListModel::IdRole).toString();
}

bool ClueProximityModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const double a = left.data(ClueListModel::DistanceMetersRole).toDouble();
    const double b = right.data(ClueListModel::DistanceMetersRole).toDouble();
    const bool knownA = std::isfinite(a);
    const bool knownB = std::isfinite(b);
    if (knownA != knownB)
        return knownA; // a known distance before an unknown one
    if (knownA && a != b)
        return a < b;
    return left.data(ClueListModel::ClueCodeRole).toString() <
           right.data(ClueListModel::ClueCodeRole).toString();
}

bool ClueProximityModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_showClosedOut)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return !index.data(ClueListModel::ClosedOutRole).toBool();
}
