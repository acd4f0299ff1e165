#include "rectification.h"

#include "checks.h"
#include "jsonfields.h"

using namespace Qt::StringLiterals;

namespace fl {

using json::Need;

namespace {

QJsonObject followUpToJson(const FollowUpCheck &check)
{
    QJsonObject o;
    o.insert(u"checkedAtMs"_s, QJsonValue(check.checkedAtMs));
    json::putText(o, u"checkedBy"_s, check.checkedBy);
    o.insert(u"passed"_s, check.passed); // always written: false is the important case
    json::putText(o, u"notes"_s, check.notes);
    json::putTexts(o, u"evidenceIds"_s, check.evidenceIds);
    return o;
}

FollowUpCheck followUpFromJson(json::Reader &in)
{
    FollowUpCheck check;
    check.checkedAtMs = in.integer(u"checkedAtMs"_s, Need::Required);
    check.checkedBy = in.text(u"checkedBy"_s);
    check.passed = in.boolean(u"passed"_s, Need::Required, true);
    check.notes = in.text(u"notes"_s);
    check.evidenceIds = in.texts(u"evidenceIds"_s);
    return check;
}

void validateFollowUps(QList<FieldIssue> &issues, const RectificationTask &task, qint64 nowMs)
{
    for (qsizetype i = 0; i < task.followUps.size(); ++i) {
        const QString path = json::indexPath(u"followUps"_s, i);
        const FollowUpCheck &check = task.followUps.at(i);
        checks::requireTime(issues, path + u".checkedAtMs"_s, check.checkedAtMs, nowMs,
                            u"the time of the follow-up check"_s);
        checks::requireText(issues, path + u".checkedBy"_s, check.checkedBy,
                            u"who made the follow-up check"_s);
        if (!check.passed)
            checks::requireText(issues, path + u".notes"_s, check.notes,
                                u"what was found when the follow-up check failed"_s);
        checks::checkIds(issues, path + u".evidenceIds"_s, check.evidenceIds);
    }
    // 回头看 revisits a closed-out problem: there is nothing to follow up before a close-out.
    if (!task.followUps.isEmpty() && task.closedAtMs == 0) {
        checks::error(issues, u"followUps"_s,
                      u"a follow-up check (回头看) is for a closed-out task; this task was never "
                      "closed out"_s);
    }
    // A failed check means the problem came back: the task may not stay closed unless it was
    // closed out again after that check.
    if (!task.followUps.isEmpty()) {
        const FollowUpCheck &latest = task.followUps.last();
        if (!latest.passed && task.status == TaskStatus::ClosedOut &&
            task.closedAtMs <= latest.checkedAtMs)
            checks::error(
                issues, u"status"_s,
                u"the latest follow-up check failed on %1: the task must be reopened"_s.arg(
                    checks::beijingTime(latest.checkedAtMs)));
    }
}

} // namespace

QJsonObject RectificationTask::toJson() const
{
    QJsonObject o;
    json::putText(o, u"taskNumber"_s, taskNumber);
    json::putText(o, u"title"_s, title);
    json::putText(o, u"description"_s, description);
    json::putText(o, u"sourceKind"_s, sourceKind);
    json::putText(o, u"sourceRecordId"_s, sourceRecordId);
    json::putText(o, u"divisionCode"_s, divisionCode);
    if (location)
        o.insert(u"location"_s, json::positionToJson(*location));
    json::putText(o, u"responsibleUnit"_s, responsibleUnit);
    json::putText(o, u"responsiblePerson"_s, responsiblePerson);
    json::putText(o, u"assignee"_s, assignee);
    json::putText(o, u"measures"_s, measures);
    json::putText(o, u"deadline"_s, deadline);
    json::putEnum(o, u"status"_s, status);
    json::putNonZero(o, u"closedAtMs"_s, closedAtMs);
    json::putTexts(o, u"evidenceIds"_s, evidenceIds);
    json::putArray(o, u"followUps"_s, json::arrayOf(followUps, followUpToJson));
    return o;
}

Result<RectificationTask> RectificationTask::fromJson(const QJsonObject &json)
{
    std::optional<Error> error;
    json::Reader in(json, &error);
    RectificationTask t;
    t.taskNumber = in.text(u"taskNumber"_s);
    t.title = in.text(u"title"_s);
    t.description = in.text(u"description"_s);
    t.sourceKind = in.text(u"sourceKind"_s);
    t.sourceRecordId = in.text(u"sourceRecordId"_s);
    t.divisionCode = in.text(u"divisionCode"_s);
    t.location = in.optionalPosition(u"location"_s);
    t.responsibleUnit = in.text(u"responsibleUnit"_s);
    t.responsiblePerson = in.text(u"responsiblePerson"_s);
    t.assignee = in.text(u"assignee"_s);
    t.measures = in.text(u"measures"_s);
    t.deadline = in.text(u"deadline"_s);
    t.status = in.enumeration<TaskStatus>(u"status"_s);
    t.closedAtMs = in.integer(u"closedAtMs"_s);
    t.evidenceIds = in.texts(u"evidenceIds"_s);
    t.followUps = in.list<FollowUpCheck>(u"followUps"_s, followUpFromJson);
    if (error)
        return *error;
    return t;
}

QList<FieldIssue> RectificationTask::validate(qint64 nowMs) const
{
    QList<FieldIssue> issues;
    checks::requireText(issues, u"title"_s, title, u"the task title"_s);
    if (!sourceKind.isEmpty() && !recordKindFromName(sourceKind))
        checks::error(issues, u"sourceKind"_s, u"\"%1\" is not a kind of record"_s.arg(sourceKind));
    checks::checkId(issues, u"sourceRecordId"_s, sourceRecordId, false);
    checks::checkDivisionCode(issues, u"divisionCode"_s, divisionCode, false);
    if (location)
        checks::checkPosition(issues, u"location"_s, *location);
    checks::checkIsoDate(issues, u"deadline"_s, deadline);
    checks::checkIds(issues, u"evidenceIds"_s, evidenceIds);
    if (status == TaskStatus::ClosedOut) {
        if (evidenceIds.isEmpty())
            checks::error(issues, u"evidenceIds"_s,
                          u"a close-out needs evidence (photos or documents)"_s);
        checks::requireTime(issues, u"closedAtMs"_s, closedAtMs, nowMs, u"the close-out time"_s);
    } else {
        checks::checkTime(issues, u"closedAtMs"_s, closedAtMs, nowMs);
    }
    validateFollowUps(issues, *this, nowMs);
    return issues;
}

// closedAtMs is left as it was: it records when the task was last closed out, which the ledger
// needs ("closed on time, reopened after the follow-up"); a new close-out overwrites it.
void RectificationTask::addFollowUp(const FollowUpCheck &check)
{
    followUps.append(check);
    if (!check.passed)
        status = TaskStatus::Reopened;
}

QJsonObject ComplaintCase::toJson() const
{
    QJsonObject o;
    json::putText(o, u"caseNumber"_s, caseNumber);
    o.insert(u"receivedAtMs"_s, QJsonValue(receivedAtMs));
    json::putEnum(o, u"channel"_s, channel);
    json::putText(o, u"complainantName"_s, complainantName);
    json::putText(o, u"complainantContact"_s, complainantContact);
    json::putText(o, u"content"_s, content);
    json::putText(o, u"address"_s, address);
    if (location)
        o.insert(u"location"_s, json::positionToJson(*location));
    json::putText(o, u"divisionCode"_s, divisionCode);
    json::putText(o, u"assignee"_s, assignee);
    json::putEnum(o, u"status"_s, status);
    json::putText(o, u"investigationFindings"_s, investigationFindings);
    json::putText(o, u"reply"_s, reply);
    json::putNonZero(o, u"closedAtMs"_s, closedAtMs);
    json::putTexts(o, u"evidenceIds"_s, evidenceIds);
    return o;
}

Result<ComplaintCase> ComplaintCase::fromJson(const QJsonObject &json)
{
    std::optional<Error> error;
    json::Reader in(json, &error);
    ComplaintCase c;
    c.caseNumber = in.text(u"caseNumber"_s);
    c.receivedAtMs = in.integer(u"receivedAtMs"_s, Need::Required);
    c.channel = in.enumeration<ComplaintChannel>(u"channel"_s);
    c.complainantName = in.text(u"complainantName"_s);
    c.complainantContact = in.text(u"complainantContact"_s);
    c.content = in.text(u"content"_s);
    c.address = in.text(u"address"_s);
    c.location = in.optionalPosition(u"location"_s);
    c.divisionCode = in.text(u"divisionCode"_s);
    c.assignee = in.text(u"assignee"_s);
    c.status = in.enumeration<ComplaintStatus>(u"status"_s);
    c.investigationFindings = in.text(u"investigationFindings"_s);
    c.reply = in.text(u"reply"_s);
    c.closedAtMs = in.integer(u"closedAtMs"_s);
    c.evidenceIds = in.texts(u"evidenceIds"_s);
    if (error)
        return *error;
    return c;
}

QList<FieldIssue> ComplaintCase::validate(qint64 nowMs) const
{
    QList<FieldIssue> issues;
    checks::requireText(issues, u"caseNumber"_s, caseNumber, u"the case number"_s);
    checks::requireText(issues, u"content"_s, content, u"what the complaint is about"_s);
    checks::requireTime(issues, u"receivedAtMs"_s, receivedAtMs, nowMs,
                        u"the time the complaint was received"_s);
    if (location)
        checks::checkPosition(issues, u"location"_s, *location);
    checks::checkDivisionCode(issues, u"divisionCode"_s, divisionCode, false);
    if (status == ComplaintStatus::Answered || status == ComplaintStatus::Closed) {
        checks::requireText(issues, u"investigationFindings"_s, investigationFindings,
                            u"the investigation findings"_s);
        checks::requireText(issues, u"reply"_s, reply, u"the reply to the complainant"_s);
    }
    if (status == ComplaintStatus::Closed)
        checks::requireTime(issues, u"closedAtMs"_s, closedAtMs, nowMs, u"the close time"_s);
    else
        checks::checkTime(issues, u"closedAtMs"_s, closedAtMs, nowMs);
    if (closedAtMs != 0)
        checks::checkEndAfterStart(issues, u"closedAtMs"_s, receivedAtMs, closedAtMs);
    checks::checkIds(issues, u"evidenceIds"_s, evidenceIds);
    return issues;
}

} // namespace fl
