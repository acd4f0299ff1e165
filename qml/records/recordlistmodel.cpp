#include "recordlistmodel.h"

#include "languagewatcher.h"
#include "recordstore.h"

#include <cmath>
#include <limits>

RecordListModel::RecordListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    // Names shown in the rows are translated: show them again in the new language.
    connect(new LanguageWatcher(this), &LanguageWatcher::languageChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    });
}

void RecordListModel::setStore(RecordStore *store)
{
    if (store == m_store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &RecordStore::recordsChanged, this, [this](int kind) {
            if (kind < 0 || m_kind < 0 || kind == m_kind)
                reload();
        });
    }
    Q_EMIT storeChanged();
    reload();
}

void RecordListModel::setKind(int kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    Q_EMIT kindChanged();
    reload();
}

void RecordListModel::setFromMs(qint64 fromMs)
{
    if (fromMs == m_fromMs)
        return;
    m_fromMs = fromMs;
    Q_EMIT fromMsChanged();
    reload();
}

fl::ListQuery RecordListModel::query(const QString &after) const
{
    fl::ListQuery q;
    if (m_kind >= 0)
        q.kind = static_cast<fl::RecordKind>(m_kind);
    q.fromMs = m_fromMs;
    q.limit = kPageSize;
    q.after = after;
    return q;
}

void RecordListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_nextCursor.clear();
    if (m_store) {
        auto page = m_store->store().list(query({}));
        if (page) {
            m_rows = page->rows;
            m_nextCursor = page->nextCursor;
            setError({});
        } else {
            setError(page.error().message);
        }
    }
    endResetModel();
    Q_EMIT countChanged();
}

bool RecordListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_store && !m_nextCursor.isEmpty();
}

void RecordListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = m_store->store().list(query(m_nextCursor));
    if (!page) {
        setError(page.error().message);
        m_nextCursor.clear(); // stop asking until the next reload
        Q_EMIT countChanged();
        return;
    }
    if (!page->rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->rows.size() - 1));
        m_rows += page->rows;
        endInsertRows();
    }
    m_nextCursor = page->nextCursor;
    Q_EMIT countChanged();
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const fl::RecordSummary &r = m_rows.at(index.row());
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    switch (role) {
    case IdRole:
        return r.id;
    case KindRole:
        return int(r.kind);
    case KindNameRole:
        return kindName(int(r.kind));
    case RevisionRole:
        return r.revision;
    case StatusRole:
        return r.status;
    case DateMsRole:
        return r.dateMs;
    case Qt::DisplayRole:
    case TitleRole:
        return r.title;
    case LatitudeRole:
        return r.lat.value_or(nan);
    case LongitudeRole:
        return r.lon.value_or(nan);
    default:
        return {};
    }
}

QHash<int, QByteArray> RecordListModel::roleNames() const
{
    return {
        {IdRole, "recordId"},       {KindRole, "kind"},         {KindNameRole, "kindName"},
        {RevisionRole, "revision"}, {StatusRole, "status"},     {DateMsRole, "dateMs"},
        {TitleRole, "title"},       {LatitudeRole, "latitude"}, {LongitudeRole, "longitude"},
    };
}

QString RecordListModel::kindName(int kind)
{
    switch (static_cast<fl::RecordKind>(kind)) {
    case fl::RecordKind::Patrol:
        return tr("River patrol");
    case fl::RecordKind::Inspection:
        return tr("Inspection");
    case fl::RecordKind::GreenShieldClue:
        return tr("Green Shield clue");
    case fl::RecordKind::Evidence:
        return tr("Evidence");
    case fl::RecordKind::RectificationTask:
        return tr("Rectification task");
    case fl::RecordKind::ComplaintCase:
        return tr("Complaint case");
    }
    return {};
}

void RecordListModel::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}
