#include "taskfiltermodel.h"

#include "tasklistmodel.h"

TaskFilterModel::TaskFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    connect(this, &QAbstractItemModel::rowsInserted, this, &TaskFilterModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &TaskFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &TaskFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &TaskFilterModel::countChanged);
}

void TaskFilterModel::setAssignee(const QString &assignee)
{
    if (m_assignee == assignee)
        return;
    m_assignee = assignee;
    invalidateFilter();
    Q_EMIT assigneeChanged();
    Q_EMIT countChanged();
}

void TaskFilterModel::setShowClosed(bool show)
{
    if (m_showClosed == show)
        return;
    m_showClosed = show;
    invalidateFilter();
    Q_EMIT showClosedChanged();
    Q_EMIT countChanged();
}

void TaskFilterModel::setSourceModel(QAbstractItemModel *model)
{
    QSortFilterProxyModel::setSourceModel(model);
    sort(0);
    Q_EMIT countChanged();
}

QVariantMap TaskFilterModel::get(int row) const
{
    QVariantMap map;
    if (row < 0 || row >= rowCount())
        return map;
    const QModelIndex i = index(row, 0);
    const auto names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        map.insert(QString::fromLatin1(it.value()), data(i, it.key()));
    return map;
}

bool TaskFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_assignee.isEmpty() && i.data(TaskListModel::AssigneeRole).toString() != m_assignee)
        return false;
    if (!m_showClosed && i.data(TaskListModel::ClosedRole).toBool())
        return false;
    return true;
}

bool TaskFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftOverdue = left.data(TaskListModel::OverdueRole).toBool();
    const bool rightOverdue = right.data(TaskListModel::OverdueRole).toBool();
    if (leftOverdue != rightOverdue)
        return leftOverdue;
    // ISO dates sort as text; a task without a deadline comes after those with one.
    const QString leftDeadline = left.data(TaskListModel::DeadlineRole).toString();
    const QString rightDeadline = right.data(TaskListModel::DeadlineRole).toString();
    if (leftDeadline != rightDeadline) {
        if (leftDeadline.isEmpty() || rightDeadline.isEmpty())
            return rightDeadline.isEmpty();
        return leftDeadline < rightDeadline;
    }
    return left.data(TaskListModel::TaskNumberRole).toString() <
           right.data(TaskListModel::TaskNumberRole).toString();
}
