#include "tasklistmodel.h"

#include "languagewatcher.h"

#include <QDateTime>
#include <QTimeZone>

#include <limits>

using namespace Qt::StringLiterals;

static_assert(int(TaskListModel::Assigned) == int(fl::TaskStatus::Assigned) &&
              int(TaskListModel::InProgress) == int(fl::TaskStatus::InProgress) &&
              int(TaskListModel::Submitted) == int(fl::TaskStatus::Submitted) &&
              int(TaskListModel::ClosedOut) == int(fl::TaskStatus::ClosedOut) &&
              int(TaskListModel::Reopened) == int(fl::TaskStatus::Reopened));

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

TaskListModel::TaskListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    // Names shown in the rows are translated: show them again in the new language.
    connect(new LanguageWatcher(this), &LanguageWatcher::languageChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    });
}

void TaskListModel::setStore(RecordStore *store)
{
    if (m_store == store)
        return;
    disconnect(m_storeConnection);
    m_store = store;
    if (m_store) {
        m_storeConnection = connect(m_store, &RecordStore::recordsChanged, this, [this](int kind) {
            if (kind < 0 || kind == int(fl::RecordKind::RectificationTask))
                reload();
        });
    }
    Q_EMIT storeChanged();
    reload();
}

void TaskListModel::reload()
{
    QList<Row> rows;
    QString error;
    if (m_store) {
        fl::Store &store = m_store->store();
        const QDate now = today(store);
        fl::ListQuery query;
        query.kind = fl::RecordKind::RectificationTask;
        query.limit = 1000;
        do {
            auto page = store.list(query);
            if (!page) {
                error = tr("The tasks could not be read: %1").arg(page.error().message);
                break;
            }
            for (const fl::RecordSummary &summary : page->rows) {
                auto record = store.record(summary.id);
                if (!record)
                    continue;
                auto task = fl::RectificationTask::fromJson(record->body);
                if (!task)
                    continue;
                Row row;
                row.id = record->meta.id;
                row.revision = record->meta.revision;
                row.overdue = isOverdue(*task, now);
                row.task = std::move(task).value();
                rows.append(std::move(row));
            }
            query.after = page->nextCursor;
        } while (!query.after.isEmpty());
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT countChanged();
    setError(error);
}

int TaskListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant TaskListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const fl::RectificationTask &task = row.task;
    switch (Role(role)) {
    case IdRole:
        return row.id;
    case RevisionRole:
        return row.revision;
    case TaskNumberRole:
        return task.taskNumber;
    case TitleRole:
        return task.title;
    case StatusRole:
        return int(task.status);
    case StatusNameRole:
        return statusName(int(task.status));
    case DeadlineRole:
        return task.deadline;
    case OverdueRole:
        return row.overdue;
    case ResponsibleUnitRole:
        return task.responsibleUnit;
    case AssigneeRole:
        return task.assignee;
    case FollowUpCountRole:
        return int(task.followUps.size());
    case LatitudeRole:
        return task.location ? task.location->lat : kNaN;
    case LongitudeRole:
        return task.location ? task.location->lon : kNaN;
    case ClosedRole:
        return task.status == fl::TaskStatus::ClosedOut;
    }
    return {};
}

QHash<int, QByteArray> TaskListModel::roleNames() const
{
    return {
        {IdRole, "id"},
        {RevisionRole, "revision"},
        {TaskNumberRole, "taskNumber"},
        {TitleRole, "title"},
        {StatusRole, "status"},
        {StatusNameRole, "statusName"},
        {DeadlineRole, "deadline"},
        {OverdueRole, "overdue"},
        {ResponsibleUnitRole, "responsibleUnit"},
        {AssigneeRole, "assignee"},
        {FollowUpCountRole, "followUpCount"},
        {LatitudeRole, "latitude"},
        {LongitudeRole, "longitude"},
        {ClosedRole, "closed"},
    };
}

QString TaskListModel::statusName(int status)
{
    switch (Status(status)) {
    case Assigned:
        return tr("Assigned");
    case InProgress:
        return tr("In progress");
    case Submitted:
        return tr("Submitted for close-out");
    case ClosedOut:
        return tr("Closed out");
    case Reopened:
        return tr("Reopened");
    }
    return {};
}

bool TaskListModel::isOverdue(const fl::RectificationTask &task, QDate today)
{
    switch (task.status) {
    case fl::TaskStatus::Assigned:
    case fl::TaskStatus::InProgress:
    case fl::TaskStatus::Reopened:
        break;
    case fl::TaskStatus::Submitted:
    case fl::TaskStatus::ClosedOut:
        return false;
    }
    const QDate deadline = QDate::fromString(task.deadline, Qt::ISODate);
    return deadline.isValid() && deadline < today;
}

QDate TaskListModel::today(fl::Store &store)
{
    return QDateTime::fromMSecsSinceEpoch(store.now(), QTimeZone(8 * 3600)).date();
}

void TaskListModel::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}
