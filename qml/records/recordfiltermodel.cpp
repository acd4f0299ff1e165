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

bool RecordFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QString needle = m_text.trimmed();
    if (needle.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    for (int role :
         {RecordListModel::TitleRole, RecordListModel::StatusRole, RecordListModel::KindNameRole}) {
        if (index.data(role).toString().contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
