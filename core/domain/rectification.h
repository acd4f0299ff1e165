#pragma once

// 整改任务 rectification task and 信访件 complaint case: mostly created at the office, record
// kinds here so the app shows the tasks assigned to its user.

#include "common.h"
#include "record.h"
#include "result.h"

#include <QJsonObject>
#include <QList>

namespace fl {

enum class TaskStatus { Assigned, InProgress, Submitted, ClosedOut, Reopened };

// 回头看: a later visit to check a closed problem has not come back.
struct FollowUpCheck
{
    qint64 checkedAtMs = 0;
    QString checkedBy;
    bool passed = true;
    QString notes;
    QStringList evidenceIds;
};

struct RectificationTask
{
    QString taskNumber;
    QString title;
    QString description;
    QString sourceKind;     // a record kind name: "greenshield_clue", "patrol", ...
    QString sourceRecordId; // the record the problem came from
    QString divisionCode;
    std::optional<Position> location;
    QString responsibleUnit;
    QString responsiblePerson;
    QString assignee; // the user who must act on the device
    QString measures;
    QString deadline; // ISO date
    TaskStatus status = TaskStatus::Assigned;
    qint64 closedAtMs = 0;
    QStringList evidenceIds;
    QList<FollowUpCheck> followUps;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<RectificationTask> fromJson(const QJsonObject &json);
    // ClosedOut needs evidence and a close time; a failed latest follow-up requires Reopened.
    [[nodiscard]] QList<FieldIssue> validate(qint64 nowMs) const;
    // Records a follow-up; a failed one reopens the task.
    void addFollowUp(const FollowUpCheck &check);
};

enum class ComplaintChannel { Hotline12369, Letter, Online, Visit, Referral };
enum class ComplaintStatus { Received, Assigned, Investigating, Answered, Closed };

struct ComplaintCase
{
    QString caseNumber;
    qint64 receivedAtMs = 0;
    ComplaintChannel channel = ComplaintChannel::Hotline12369;
    QString complainantName; // empty = anonymous
    QString complainantContact;
    QString content;
    QString address;
    std::optional<Position> location;
    QString divisionCode;
    QString assignee;
    ComplaintStatus status = ComplaintStatus::Received;
    QString investigationFindings;
    QString reply;
    qint64 closedAtMs = 0;
    QStringList evidenceIds;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<ComplaintCase> fromJson(const QJsonObject &json);
    // Answered/Closed need findings and a reply; Closed needs a close time.
    [[nodiscard]] QList<FieldIssue> validate(qint64 nowMs) const;
};

} // namespace fl
