#include "refusalmodel.h"

#include "domain/recordrules.h"
#include "recordstore.h"
#include "syncwords.h"

RefusalModel::RefusalModel(RecordStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    reload();
}

int RefusalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RefusalModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case ChangeIdRole:
        return row.changeId;
    case RecordIdRole:
        return row.recordId;
    case Qt::DisplayRole:
    case TitleRole:
        return row.title.isEmpty() ? SyncWords::kind(row.kind) : row.title;
    case KindRole:
        return row.kind;
    case KindLabelRole:
        return SyncWords::kind(row.kind);
    case OperationRole:
        return row.operation;
    case CodeRole:
        return row.code;
    case ReasonRole:
        return row.reason;
    case AdviceRole:
        return SyncWords::refusalAdvice(row.code, row.reason);
    case RefusedMsRole:
        return row.refusedMs;
    default:
        return {};
    }
}

QHash<int, QByteArray> RefusalModel::roleNames() const
{
    return {{ChangeIdRole, "changeId"},  {RecordIdRole, "recordId"},   {TitleRole, "title"},
            {KindRole, "kind"},          {KindLabelRole, "kindLabel"}, {OperationRole, "operation"},
            {CodeRole, "code"},          {ReasonRole, "reason"},       {AdviceRole, "advice"},
            {RefusedMsRole, "refusedMs"}};
}

void RefusalModel::reload()
{
    fl::Store &store = m_store->store();
    auto refusals = store.refusals();
    if (!refusals) {
        setError(
            tr("The list of refused changes could not be read: %1").arg(refusals.error().message));
        return;
    }
    QList<Row> rows;
    for (const fl::RefusedChange &refused : std::as_const(*refusals)) {
        Row row{refused.changeId, refused.recordId, {}, {}, refused.op, refused.code,
                refused.reason,   refused.refusedMs};
        if (auto record = store.record(refused.recordId)) {
            row.kind = fl::recordKindName(record->meta.kind);
            row.title = fl::indexFields(record->meta.kind, record->body).title;
        }
        rows << row;
    }
    const int before = count();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    setError({});
    if (count() != before)
        Q_EMIT countChanged();
}

bool RefusalModel::retry(const QString &changeId)
{
    if (auto cleared = m_store->store().clearRefusal(changeId); !cleared) {
        setError(tr("The change could not be queued again: %1").arg(cleared.error().message));
        return false;
    }
    reload();
    Q_EMIT retried(changeId);
    return true;
}

void RefusalModel::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}
