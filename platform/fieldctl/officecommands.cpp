// Office-created kinds, recorded here so a device can hold (and tests can create) them:
// 整改任务 rectification tasks with 回头看 follow-ups, and 信访件 complaint cases.

#include "cli.h"
#include "commands.h"
#include "enumoptions.h"

using namespace Qt::StringLiterals;

namespace fl::cli {

namespace {

int taskAdd(Context &c, const QCommandLineParser &p)
{
    Store *store = c.store();
    if (!store)
        return Failed;
    RectificationTask task;
    task.taskNumber = p.value(u"number"_s);
    task.title = p.value(u"title"_s);
    task.description = p.value(u"description"_s);
    task.divisionCode = p.value(u"division"_s);
    task.responsibleUnit = p.value(u"unit"_s);
    task.responsiblePerson = p.value(u"person"_s);
    task.assignee = p.value(u"assignee"_s);
    task.measures = p.value(u"measures"_s);
    task.deadline = p.value(u"deadline"_s);
    task.sourceRecordId = p.value(u"source"_s);
    if (!task.sourceRecordId.isEmpty()) {
        auto source = store->record(task.sourceRecordId);
        if (!source)
            return c.fail(source.error());
        task.sourceKind = recordKindName(source->meta.kind);
    }
    auto position = parsePosition(p);
    if (!position)
        return c.fail(position.error());
    task.location = *position;
    auto saved = store->createRecord(RecordKind::RectificationTask, task.toJson(), c.author());
    if (!saved)
        return c.fail(saved.error());
    c.print({{u"id"_s, saved->meta.id}},
            u"task %1 (%2) assigned to %3, due %4"_s.arg(saved->meta.id, task.title, task.assignee,
                                                         task.deadline));
    return Ok;
}

int taskFollowUp(Context &c, const QCommandLineParser &p)
{
    int exitCode = Ok;
    auto target = loadTarget<RectificationTask>(c, p, RecordKind::RectificationTask, exitCode);
    if (!target)
        return exitCode;
    Store *store = target->store;
    const QString id = target->record.meta.id;
    const Record *record = &target->record;
    RectificationTask *task = &target->value;
    FollowUpCheck check;
    check.checkedAtMs = store->now();
    check.checkedBy = c.author();
    check.passed = !p.isSet(u"failed"_s);
    check.notes = p.value(u"notes"_s);
    const QStringList photos = p.values(u"photo"_s);
    auto saved = saveWithEvidence(
        *store, *record, photos.size(),
        [&] {
            return attachPhotos(*store, photos, id, u"follow-up"_s, task->location, c.author());
        },
        [&](const QStringList &evidenceIds) {
            check.evidenceIds = evidenceIds;
            RectificationTask next = *task;
            next.addFollowUp(check);
            return next.toJson();
        },
        c.author());
    if (!saved)
        return c.fail(saved.error());
    task->addFollowUp(check);
    c.print({{u"status"_s, enumName(task->status)}, {u"revision"_s, saved->meta.revision}},
            u"follow-up recorded; task is now %1"_s.arg(enumName(task->status)));
    return Ok;
}

int complaintAdd(Context &c, const QCommandLineParser &p)
{
    Store *store = c.store();
    if (!store)
        return Failed;
    ComplaintCase complaint;
    complaint.caseNumber = p.value(u"number"_s);
    complaint.content = p.value(u"content"_s);
    complaint.address = p.value(u"address"_s);
    complaint.divisionCode = p.value(u"division"_s);
    complaint.assignee = p.value(u"assignee"_s);
    auto channel = enumOption<ComplaintChannel>(p.value(u"channel"_s), u"--channel"_s);
    if (!channel)
        return c.fail(channel.error());
    complaint.channel = *channel;
    auto received = parseTime(p.value(u"received"_s), store->now());
    if (!received)
        return c.fail(received.error());
    complaint.receivedAtMs = *received;
    complaint.status =
        complaint.assignee.isEmpty() ? ComplaintStatus::Received : ComplaintStatus::Assigned;
    auto position = parsePosition(p);
    if (!position)
        return c.fail(position.error());
    complaint.location = *position;
    auto saved = store->createRecord(RecordKind::ComplaintCase, complaint.toJson(), c.author());
    if (!saved)
        return c.fail(saved.error());
    c.print({{u"id"_s, saved->meta.id}},
            u"complaint %1 (%2) recorded"_s.arg(complaint.caseNumber, saved->meta.id));
    return Ok;
}

} // namespace

void registerOfficeCommands()
{
    auto &table = commands();
    table << Command{u"task add"_s, u"Add a rectification task (整改任务)"_s,
                     [](QCommandLineParser &p) {
                         p.addOption({u"number"_s, u"Task number."_s, u"text"_s});
                         p.addOption({u"title"_s, u"Title."_s, u"text"_s});
                         p.addOption({u"description"_s, u"Description."_s, u"text"_s});
                         p.addOption({u"division"_s, u"Division code."_s, u"code"_s});
                         p.addOption({u"unit"_s, u"Responsible unit."_s, u"text"_s});
                         p.addOption({u"person"_s, u"Responsible person."_s, u"name"_s});
                         p.addOption({u"assignee"_s, u"Device user who must act."_s, u"user"_s});
                         p.addOption({u"measures"_s, u"Measures."_s, u"text"_s});
                         p.addOption({u"deadline"_s, u"Deadline (yyyy-MM-dd)."_s, u"date"_s});
                         p.addOption({u"source"_s, u"Record the problem came from."_s, u"id"_s});
                         addPositionOptions(p);
                     },
                     taskAdd};
    table << Command{u"task follow-up"_s, u"Record a follow-up check (回头看); --failed reopens"_s,
                     [](QCommandLineParser &p) {
                         p.addPositionalArgument(u"task"_s, u"Task id."_s);
                         p.addOption({u"failed"_s, u"The problem has come back."_s});
                         p.addOption({u"notes"_s, u"Notes."_s, u"text"_s});
                         p.addOption({u"photo"_s, u"Photo file (repeat)."_s, u"file"_s});
                     },
                     taskFollowUp};
    table << Command{u"complaint add"_s, u"Record a complaint case (信访件)"_s,
                     [](QCommandLineParser &p) {
                         p.addOption({u"number"_s, u"Case number."_s, u"text"_s});
                         p.addOption({u"channel"_s, enumNames<ComplaintChannel>().join(u", "_s),
                                      u"channel"_s, u"hotline_12369"_s});
                         p.addOption({u"content"_s, u"What was reported."_s, u"text"_s});
                         p.addOption({u"address"_s, u"Where."_s, u"text"_s});
                         p.addOption({u"division"_s, u"Division code."_s, u"code"_s});
                         p.addOption({u"assignee"_s, u"Who investigates."_s, u"user"_s});
                         p.addOption({u"received"_s, u"When received."_s, u"time"_s, u"now"_s});
                         addPositionOptions(p);
                     },
                     complaintAdd};
}

} // namespace fl::cli
