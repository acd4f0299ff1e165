#include "inspectormodel.h"

InspectorModel::InspectorModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int InspectorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_inspectors.size());
}

QVariant InspectorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const fl::Inspector &inspector = m_inspectors.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return inspector.name;
    case CertificateRole:
        return inspector.certificateNumber;
    default:
        return {};
    }
}

bool InspectorModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (role == NameRole)
        return setName(index.row(), value.toString());
    if (role == CertificateRole)
        return setCertificateNumber(index.row(), value.toString());
    return false;
}

QHash<int, QByteArray> InspectorModel::roleNames() const
{
    return {{NameRole, "name"}, {CertificateRole, "certificateNumber"}};
}

void InspectorModel::add(const QString &name, const QString &certificateNumber)
{
    const int row = int(m_inspectors.size());
    beginInsertRows({}, row, row);
    m_inspectors.append(fl::Inspector{name, certificateNumber});
    endInsertRows();
    Q_EMIT countChanged();
    Q_EMIT edited();
}

bool InspectorModel::remove(int row)
{
    if (row < 0 || row >= m_inspectors.size())
        return false;
    beginRemoveRows({}, row, row);
    m_inspectors.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
    Q_EMIT edited();
    return true;
}

bool InspectorModel::setName(int row, const QString &name)
{
    if (row < 0 || row >= m_inspectors.size())
        return false;
    if (m_inspectors[row].name != name) {
        m_inspectors[row].name = name;
        Q_EMIT dataChanged(index(row), index(row), {NameRole});
        Q_EMIT edited();
    }
    return true;
}

bool InspectorModel::setCertificateNumber(int row, const QString &certificateNumber)
{
    if (row < 0 || row >= m_inspectors.size())
        return false;
    if (m_inspectors[row].certificateNumber != certificateNumber) {
        m_inspectors[row].certificateNumber = certificateNumber;
        Q_EMIT dataChanged(index(row), index(row), {CertificateRole});
        Q_EMIT edited();
    }
    return true;
}

QStringList InspectorModel::names() const
{
    QStringList names;
    for (const fl::Inspector &inspector : m_inspectors)
        names << inspector.name;
    return names;
}

void InspectorModel::setInspectors(const QList<fl::Inspector> &inspectors)
{
    beginResetModel();
    m_inspectors = inspectors;
    endResetModel();
    Q_EMIT countChanged();
}
