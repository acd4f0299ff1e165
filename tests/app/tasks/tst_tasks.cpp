// The task list and the task editor on real records in a temporary store whose clock is pinned
// to 2026-11-23 10:00 Beijing time, so "overdue" is decided against a known day.

#include "apptest.h"
#include "taskeditor.h"
#include "taskfiltermodel.h"
#include "tasklistmodel.h"

#include "domain/enumnames.h"
#include "domain/rectification.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

const QString kMe = u"阿依古丽"_s;
const QString kOffice = u"county office"_s;

qint64 nov23Beijing10am()
{
    return QDateTime(QDate(2026, 11, 23), QTime(10, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

// A device store with a pinned clock behind a RecordStore, as the screens see it.
struct PinnedStore
{
    PinnedStore()
    {
        fl::StoreOptions options;
        options.clock = [this] {
            return clockMs;
        };
        auto store = fl::Store::create(dir.filePath(u"store"_s), options);
        REQUIRE(store.ok());
        records = std::make_unique<RecordStore>(std::move(*store));
        records->setAuthor(kMe);
    }
    fl::Store &store() { return records->store(); }

    qint64 clockMs = nov23Beijing10am();
    QTemporaryDir dir;
    std::unique_ptr<RecordStore> records;
};

QString evidence(fl::Store &store)
{
    fl::EvidenceCapture capture;
    capture.sourcePath = u"closeout.txt"_s;
    capture.mediaType = u"text/plain"_s;
    auto saved =
        store.addEvidenceBytes("site cleared " + QByteArray::number(store.now()), capture, kOffice);
    REQUIRE(saved.ok());
    return saved->meta.id;
}

fl::RectificationTask task(const QString &number, const QString &assignee, const QString &deadline,
                           fl::TaskStatus status)
{
    fl::RectificationTask t;
    t.taskNumber = number;
    t.title = u"Task "_s + number;
    t.assignee = assignee;
    t.deadline = deadline;
    t.status = status;
    t.responsibleUnit = u"Township water station"_s;
    return t;
}

QString save(PinnedStore &s, fl::RectificationTask t)
{
    if (t.status == fl::TaskStatus::ClosedOut) {
        t.closedAtMs = s.clockMs - 3600'000;
        t.evidenceIds = {evidence(s.store())};
    }
    auto created = s.store().createRecord(fl::RecordKind::RectificationTask, t.toJson(), kOffice);
    REQUIRE(created.ok());
    return created->meta.id;
}

QStringList numbers(const QAbstractItemModel &model)
{
    QStringList list;
    for (int i = 0; i < model.rowCount(); ++i)
        list << model.index(i, 0).data(TaskListModel::TaskNumberRole).toString();
    return list;
}

fl::RectificationTask stored(PinnedStore &s, const QString &id, int *revision = nullptr)
{
    auto record = s.store().record(id);
    REQUIRE(record.ok());
    if (revision)
        *revision = record->meta.revision;
    auto t = fl::RectificationTask::fromJson(record->body);
    REQUIRE(t.ok());
    return *t;
}

} // namespace

TEST_CASE("the task list shows my open tasks, overdue first, then by deadline", "[tasks]")
{
    PinnedStore s;
    save(s, task(u"T-later"_s, kMe, u"2026-12-20"_s, fl::TaskStatus::InProgress));
    const QString overdue =
        save(s, task(u"T-overdue"_s, kMe, u"2026-11-20"_s, fl::TaskStatus::Assigned));
    save(s, task(u"T-soon"_s, kMe, u"2026-11-30"_s, fl::TaskStatus::Reopened));
    save(s, task(u"T-nodate"_s, kMe, {}, fl::TaskStatus::Assigned));
    save(s, task(u"T-submitted-late"_s, kMe, u"2026-11-01"_s, fl::TaskStatus::Submitted));
    save(s, task(u"T-closed"_s, kMe, u"2026-11-10"_s, fl::TaskStatus::ClosedOut));
    save(s, task(u"T-other"_s, u"someone else"_s, u"2026-11-01"_s, fl::TaskStatus::Assigned));

    TaskListModel tasks;
    tasks.setStore(s.records.get());
    REQUIRE(tasks.count() == 7);
    REQUIRE(tasks.error().isEmpty());

    TaskFilterModel mine;
    mine.setSourceModel(&tasks);
    mine.setAssignee(kMe);
    REQUIRE(numbers(mine) == QStringList{u"T-overdue"_s, u"T-submitted-late"_s, u"T-soon"_s,
                                         u"T-later"_s, u"T-nodate"_s});
    REQUIRE(mine.count() == 5);

    const QVariantMap first = mine.get(0);
    REQUIRE(first.value(u"id"_s).toString() == overdue);
    REQUIRE(first.value(u"overdue"_s).toBool());
    REQUIRE(first.value(u"status"_s).toInt() == TaskListModel::Assigned);
    REQUIRE(first.value(u"statusName"_s).toString() == u"Assigned"_s);
    REQUIRE(first.value(u"revision"_s).toInt() == 1);
    REQUIRE(first.value(u"responsibleUnit"_s).toString() == u"Township water station"_s);
    REQUIRE(first.value(u"followUpCount"_s).toInt() == 0);
    // A submitted task waits for the office: it is not overdue, even past its deadline.
    REQUIRE_FALSE(mine.get(1).value(u"overdue"_s).toBool());

    QSignalSpy counted(&mine, &TaskFilterModel::countChanged);
    mine.setShowClosed(true);
    REQUIRE(mine.count() == 6);
    REQUIRE(numbers(mine).contains(u"T-closed"_s));
    REQUIRE(counted.count() >= 1);

    mine.setAssignee({});
    REQUIRE(numbers(mine).first() == u"T-other"_s); // overdue, earliest deadline
    REQUIRE(mine.count() == 7);

    SECTION("a new task assigned to me appears when the store says so")
    {
        mine.setAssignee(kMe);
        mine.setShowClosed(false);
        save(s, task(u"T-new"_s, kMe, u"2026-11-25"_s, fl::TaskStatus::Assigned));
        s.records->notifyChanged(fl::RecordKind::RectificationTask);
        REQUIRE(numbers(mine) == QStringList{u"T-overdue"_s, u"T-submitted-late"_s, u"T-new"_s,
                                             u"T-soon"_s, u"T-later"_s, u"T-nodate"_s});
    }
    SECTION("the next day makes a task overdue")
    {
        s.clockMs += 8 * 24 * 3600'000LL; // 2026-12-01
        tasks.reload();
        mine.setAssignee(kMe);
        mine.setShowClosed(false);
        REQUIRE(numbers(mine).mid(0, 2) == QStringList{u"T-overdue"_s, u"T-soon"_s});
    }
}

TEST_CASE("a failed follow-up check reopens the task", "[tasks]")
{
    PinnedStore s;
    const QString id = save(s, task(u"T-1"_s, kMe, u"2026-11-10"_s, fl::TaskStatus::ClosedOut));
    TaskEditor editor;
    editor.setStore(s.records.get());
    REQUIRE(editor.load(id));
    REQUIRE(editor.canFollowUp());
    REQUIRE(editor.status() == TaskListModel::ClosedOut);

    SECTION("a failure needs words on what was found")
    {
        REQUIRE_FALSE(editor.addFollowUp(false, u"  "_s, {}));
        REQUIRE(editor.error().contains(u"what you found"_s));
        int revision = 0;
        stored(s, id, &revision);
        REQUIRE(revision == 1);
    }

    const QString photo = evidence(s.store());
    QSignalSpy changed(s.records.get(), &RecordStore::recordsChanged);
    REQUIRE(editor.addFollowUp(false, u"garbage dumped again"_s, {photo}));
    REQUIRE(editor.error().isEmpty());
    REQUIRE_FALSE(editor.message().isEmpty());
    REQUIRE(changed.count() == 1);
    REQUIRE(editor.status() == TaskListModel::Reopened);
    REQUIRE(editor.revision() == 2);

    int revision = 0;
    const fl::RectificationTask t = stored(s, id, &revision);
    REQUIRE(revision == 2);
    REQUIRE(t.status == fl::TaskStatus::Reopened);
    REQUIRE(t.followUps.size() == 1);
    REQUIRE_FALSE(t.followUps.at(0).passed);
    REQUIRE(t.followUps.at(0).checkedBy == kMe);
    REQUIRE(t.followUps.at(0).checkedAtMs == s.clockMs);
    REQUIRE(t.followUps.at(0).notes == u"garbage dumped again"_s);
    REQUIRE(t.followUps.at(0).evidenceIds == QStringList{photo});
    REQUIRE(editor.followUps().size() == 1);

    // A passed check keeps the status.
    s.clockMs += 60'000;
    REQUIRE(editor.addFollowUp(true, {}, {}));
    REQUIRE(stored(s, id).status == fl::TaskStatus::Reopened);
    REQUIRE(stored(s, id).followUps.size() == 2);
}

TEST_CASE("a follow-up check is refused for a task never closed out", "[tasks]")
{
    PinnedStore s;
    const QString id = save(s, task(u"T-2"_s, kMe, u"2026-12-10"_s, fl::TaskStatus::InProgress));
    TaskEditor editor;
    editor.setStore(s.records.get());
    REQUIRE(editor.load(id));
    REQUIRE_FALSE(editor.canFollowUp());
    REQUIRE_FALSE(editor.addFollowUp(true, {}, {}));
    REQUIRE(editor.error().contains(u"never closed out"_s));
    int revision = 0;
    stored(s, id, &revision);
    REQUIRE(revision == 1);
}

TEST_CASE("a task changed since it was opened is not overwritten", "[tasks]")
{
    PinnedStore s;
    const QString id = save(s, task(u"T-3"_s, kMe, u"2026-12-10"_s, fl::TaskStatus::Assigned));
    TaskEditor editor;
    editor.setStore(s.records.get());
    REQUIRE(editor.load(id));

    // The office changes the deadline meanwhile (a pulled sync page).
    fl::RectificationTask changed = stored(s, id);
    changed.deadline = u"2026-12-01"_s;
    REQUIRE(s.store().updateRecord(id, 1, changed.toJson(), kOffice).ok());

    REQUIRE_FALSE(editor.startWork());
    REQUIRE(editor.error().contains(u"changed since you opened it"_s));
    int revision = 0;
    const fl::RectificationTask kept = stored(s, id, &revision);
    REQUIRE(revision == 2);
    REQUIRE(kept.status == fl::TaskStatus::Assigned);
    REQUIRE(kept.deadline == u"2026-12-01"_s);

    REQUIRE(editor.reload());
    REQUIRE(editor.deadline() == u"2026-12-01"_s);
    REQUIRE(editor.startWork());
    REQUIRE(stored(s, id, &revision).status == fl::TaskStatus::InProgress);
    REQUIRE(revision == 3);
}

TEST_CASE("submitting a task needs the measures and evidence", "[tasks]")
{
    PinnedStore s;
    const QString id = save(s, task(u"T-4"_s, kMe, u"2026-12-10"_s, fl::TaskStatus::InProgress));
    TaskEditor editor;
    editor.setStore(s.records.get());
    REQUIRE(editor.load(id));

    REQUIRE_FALSE(editor.submit(u" "_s, {}));
    REQUIRE(editor.error().contains(u"measures"_s));
    REQUIRE_FALSE(editor.submit(u"Garbage removed, 2.5 t"_s, {}));
    REQUIRE(editor.error().contains(u"photo"_s));

    const QString photo = evidence(s.store());
    REQUIRE(editor.submit(u"Garbage removed, 2.5 t"_s, {photo}));
    int revision = 0;
    const fl::RectificationTask t = stored(s, id, &revision);
    REQUIRE(revision == 2);
    REQUIRE(t.status == fl::TaskStatus::Submitted);
    REQUIRE(t.measures == u"Garbage removed, 2.5 t"_s);
    REQUIRE(t.evidenceIds == QStringList{photo});
    REQUIRE(editor.statusName() == u"Submitted for close-out"_s);
}

TEST_CASE("a task that is not on this device cannot be opened", "[tasks]")
{
    PinnedStore s;
    TaskEditor editor;
    editor.setStore(s.records.get());
    REQUIRE_FALSE(editor.load(u"0190a000-0000-7000-8000-000000000000"_s));
    REQUIRE_FALSE(editor.loaded());
    REQUIRE(editor.error().contains(u"not on this device"_s));
}
