#include "recordfiltermodel.h"

#include "recordlistmodel.h"

RecordFilterModel::RecordFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &RecordFilterModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &RecordFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &RecordFilterModel::countChanged);
}

void RecordFilterModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
    Q_EMIT textChanged();
    Q_EMIT countChanged();
}

void RecordFilterModel::setExcludedKind(int kind)
{
    if (kind == m_excludedKind)
        return;
    m_excludedKind = kind;
    invalidateRowsFilter();
    Q_EMIT excludedKindChanged();
    Q_EMIT countChanged();
}

bool RecordFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_excludedKind >= 0 && index.data(RecordListModel::KindRole).toInt() == m_excludedKind)
        return false;
    const QString needle = m_text.trimmed();
    if (needle.isEmpty())
        return true;
    for (int role :
         {RecordListModel::TitleRole, RecordListModel::StatusRole, RecordListModel::KindNameRole}) {
        if (index.data(role).toString().contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
