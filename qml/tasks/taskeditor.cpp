#include "taskeditor.h"

#include "tasklistmodel.h"

#include <QVariantMap>

using namespace Qt::StringLiterals;

TaskEditor::TaskEditor(QObject *parent)
    : QObject(parent)
{}

void TaskEditor::setStore(RecordStore *store)
{
    if (m_store == store)
        return;
    m_store = store;
    Q_EMIT storeChanged();
}

void TaskEditor::setPosition(PositionFeed *position)
{
    if (m_position == position)
        return;
    m_position = position;
    Q_EMIT positionChanged();
}

QString TaskEditor::statusName() const
{
    return loaded() ? TaskListModel::statusName(int(m_task.status)) : QString();
}

bool TaskEditor::overdue() const
{
    return loaded() && m_store &&
           TaskListModel::isOverdue(m_task, TaskListModel::today(m_store->store()));
}

QVariantList TaskEditor::followUps() const
{
    QVariantList list;
    for (const fl::FollowUpCheck &check : m_task.followUps) {
        list.append(QVariantMap{
            {u"checkedAtMs"_s, check.checkedAtMs},
            {u"checkedBy"_s, check.checkedBy},
            {u"passed"_s, check.passed},
            {u"notes"_s, check.notes},
            {u"evidenceIds"_s, check.evidenceIds},
        });
    }
    return list;
}

bool TaskEditor::load(const QString &taskId)
{
    if (!m_store)
        return fail(tr("The task cannot be shown: the record store is not open."));
    auto record = m_store->store().record(taskId);
    if (!record || record->meta.kind != fl::RecordKind::RectificationTask)
        return fail(tr("This task is not on this device. Sync to receive it."));
    if (record->meta.deleted)
        return fail(tr("This task was withdrawn by the office."));
    auto task = fl::RectificationTask::fromJson(record->body);
    if (!task)
        return fail(tr("This task cannot be read: %1").arg(task.error().message));
    m_taskId = taskId;
    m_revision = record->meta.revision;
    m_task = std::move(task).value();
    setMessages({}, {});
    Q_EMIT loadedChanged();
    return true;
}

bool TaskEditor::startWork()
{
    if (!loaded())
        return fail(tr("Open a task first."));
    fl::RectificationTask next = m_task;
    next.status = fl::TaskStatus::InProgress;
    return save(next, tr("The task is now in progress."));
}

bool TaskEditor::submit(const QString &measures, const QStringList &evidenceIds)
{
    if (!loaded())
        return fail(tr("Open a task first."));
    if (measures.trimmed().isEmpty())
        return fail(tr("Describe the measures taken before submitting the task."));
    if (evidenceIds.isEmpty())
        return fail(tr("Add at least one photo of the rectified site before submitting the task."));
    fl::RectificationTask next = m_task;
    next.measures = measures.trimmed();
    for (const QString &id : evidenceIds) {
        if (!next.evidenceIds.contains(id))
            next.evidenceIds.append(id);
    }
    next.status = fl::TaskStatus::Submitted;
    return save(next, tr("The task was submitted for close-out."));
}

bool TaskEditor::addFollowUp(bool passed, const QString &notes, const QStringList &evidenceIds)
{
    if (!loaded())
        return fail(tr("Open a task first."));
    if (!canFollowUp())
        return fail(tr("A follow-up check is for a closed-out task; this task was never closed "
                       "out."));
    if (!passed && notes.trimmed().isEmpty())
        return fail(tr("Write what you found: the follow-up check failed."));
    const QString author = m_store->author();
    if (author.isEmpty())
        return fail(tr("Enter your name in Settings first: every check records who made it."));
    fl::FollowUpCheck check;
    check.checkedAtMs = m_store->store().now();
    check.checkedBy = author;
    check.passed = passed;
    check.notes = notes.trimmed();
    check.evidenceIds = evidenceIds;
    fl::RectificationTask next = m_task;
    next.addFollowUp(check);
    return save(next, passed ? tr("The follow-up check passed and was saved.")
                             : tr("The follow-up check failed: the task is reopened."));
}

bool TaskEditor::save(const fl::RectificationTask &next, const QString &success)
{
    if (!m_store)
        return fail(tr("The task was not saved: the record store is not open."));
    fl::Store &store = m_store->store();
    auto written = store.updateRecord(m_taskId, m_revision, next.toJson(), m_store->author());
    if (!written) {
        const fl::Error &e = written.error();
        switch (e.code) {
        case fl::ErrorCode::Conflict: {
            auto current = store.record(m_taskId);
            if (current && current->meta.deleted)
                return fail(
                    tr("This task was withdrawn by the office; your change was not saved."));
            return fail(tr("This task changed since you opened it; reload it and enter your change "
                           "again."));
        }
        case fl::ErrorCode::StorageFull:
            return fail(tr("The phone's storage is full: the task was not saved. Free some space "
                           "and try again."));
        default:
            return fail(tr("The task was not saved: %1").arg(e.message));
        }
    }
    m_revision = written->meta.revision;
    m_task = next;
    setMessages({}, success);
    Q_EMIT loadedChanged();
    m_store->notifyChanged(fl::RecordKind::RectificationTask);
    Q_EMIT saved();
    return true;
}

bool TaskEditor::fail(const QString &error)
{
    setMessages(error, {});
    return false;
}

void TaskEditor::setMessages(const QString &error, const QString &message)
{
    if (m_error == error && m_message == message)
        return;
    m_error = error;
    m_message = message;
    Q_EMIT messageChanged();
}
