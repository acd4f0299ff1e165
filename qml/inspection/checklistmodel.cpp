#include "checklistmodel.h"

ChecklistModel::ChecklistModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const fl::ChecklistItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ItemRole:
        return item.item;
    case KeyPointsRole:
        return item.keyPoints;
    case StandardRole:
        return item.standard;
    case MethodRole:
        return item.method;
    case ResultRole:
        return int(item.result);
    case ProblemRole:
        return item.problem;
    case EvidenceIdsRole:
        return item.evidenceIds;
    default:
        return {};
    }
}

bool ChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    switch (role) {
    case ResultRole:
        return setResult(index.row(), value.toInt());
    case ProblemRole:
        return setProblem(index.row(), value.toString());
    case EvidenceIdsRole:
        return setEvidenceIds(index.row(), value.toStringList());
    default:
        return false;
    }
}

QHash<int, QByteArray> ChecklistModel::roleNames() const
{
    return {{ItemRole, "item"},
            {KeyPointsRole, "keyPoints"},
            {StandardRole, "standard"},
            {MethodRole, "method"},
            {ResultRole, "result"},
            {ProblemRole, "problem"},
            {EvidenceIdsRole, "evidenceIds"}};
}

int ChecklistModel::openCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const fl::ChecklistItem &i) {
        return i.result == fl::CheckResult::NotChecked;
    }));
}

int ChecklistModel::problemCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const fl::ChecklistItem &i) {
        return i.result == fl::CheckResult::ProblemFound;
    }));
}

bool ChecklistModel::setResult(int row, int result)
{
    if (row < 0 || row >= m_items.size() || result < NotChecked || result > NotApplicable)
        return false;
    const auto next = fl::CheckResult(result);
    if (m_items[row].result == next)
        return true;
    m_items[row].result = next;
    const QModelIndex at = index(row);
    Q_EMIT dataChanged(at, at, {ResultRole});
    Q_EMIT resultsChanged();
    Q_EMIT edited();
    return true;
}

bool ChecklistModel::setProblem(int row, const QString &problem)
{
    if (row < 0 || row >= m_items.size())
        return false;
    if (m_items[row].problem == problem)
        return true;
    m_items[row].problem = problem;
    const QModelIndex at = index(row);
    Q_EMIT dataChanged(at, at, {ProblemRole});
    Q_EMIT edited();
    return true;
}

bool ChecklistModel::setEvidenceIds(int row, const QStringList &ids)
{
    if (row < 0 || row >= m_items.size())
        return false;
    m_items[row].evidenceIds = ids;
    const QModelIndex at = index(row);
    Q_EMIT dataChanged(at, at, {EvidenceIdsRole});
    Q_EMIT edited();
    return true;
}

bool ChecklistModel::remove(int row)
{
    if (row < 0 || row >= m_items.size())
        return false;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
    Q_EMIT resultsChanged();
    Q_EMIT edited();
    return true;
}

QString ChecklistModel::resultText(int result) const
{
    switch (result) {
    case NoProblem:
        return tr("no problem");
    case ProblemFound:
        return tr("problem found");
    case NotApplicable:
        return tr("not applicable");
    default:
        return tr("not checked yet");
    }
}

void ChecklistModel::setItems(const QList<fl::ChecklistItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
    Q_EMIT countChanged();
    Q_EMIT resultsChanged();
}

void ChecklistModel::append(const QList<fl::ChecklistItem> &items)
{
    if (items.isEmpty())
        return;
    beginInsertRows({}, int(m_items.size()), int(m_items.size() + items.size() - 1));
    m_items.append(items);
    endInsertRows();
    Q_EMIT countChanged();
    Q_EMIT resultsChanged();
    Q_EMIT edited();
}
