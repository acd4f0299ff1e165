#include "domaintest.h"

#include "domain/enumnames.h"
#include "domain/rectification.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace domaintest;
using namespace fl;

namespace {

constexpr qint64 kDay = 24 * 3600 * 1000;

RectificationTask closedTask()
{
    RectificationTask t;
    t.taskNumber = u"ZG-2026-025"_s;
    t.title = u"拆除保护区内农家乐"_s;
    t.description = u"绿盾问题整改"_s;
    t.sourceKind = u"greenshield_clue"_s;
    t.sourceRecordId = kId1;
    t.divisionCode = u"654301"_s;
    t.location = Position{48.71, 87.02, std::nullopt, 8.0};
    t.responsibleUnit = u"布尔津县人民政府"_s;
    t.responsiblePerson = u"王某"_s;
    t.assignee = u"zhangwei"_s;
    t.measures = u"拆除并复绿"_s;
    t.deadline = u"2026-12-31"_s;
    t.status = TaskStatus::ClosedOut;
    t.closedAtMs = kMorning - 30 * kDay;
    t.evidenceIds = {kId2};
    t.followUps = {FollowUpCheck{kMorning - 10 * kDay, u"李明"_s, true, u"未反弹"_s, {kId3}}};
    return t;
}

ComplaintCase closedComplaint()
{
    ComplaintCase c;
    c.caseNumber = u"12369-650102-20261120-0031"_s;
    c.receivedAtMs = kMorning - 3 * kDay;
    c.channel = ComplaintChannel::Hotline12369;
    c.complainantName = u"匿名"_s;
    c.complainantContact = u"138****0000"_s;
    c.content = u"夜间异味 odour at night"_s;
    c.address = u"米东区"_s;
    c.location = Position{43.96, 87.65, std::nullopt, std::nullopt};
    c.divisionCode = u"650109"_s;
    c.assignee = u"zhangwei"_s;
    c.status = ComplaintStatus::Closed;
    c.investigationFindings = u"废气处理设施未运行"_s;
    c.reply = u"已责令整改"_s;
    c.closedAtMs = kMorning;
    c.evidenceIds = {kId1};
    return c;
}

} // namespace

TEST_CASE("task and complaint JSON round trip byte for byte", "[rectification][json]")
{
    requireRoundTrip(closedTask());
    requireRoundTrip(RectificationTask{});
    requireRoundTrip(closedComplaint());
    requireRoundTrip(ComplaintCase{});

    const QJsonObject task = closedTask().toJson();
    CHECK(task.value(u"status"_s).toString() == u"closed_out"_s);
    const QJsonObject check = task.value(u"followUps"_s).toArray().at(0).toObject();
    CHECK(check.value(u"passed"_s).toBool());
    CHECK(closedComplaint().toJson().value(u"channel"_s).toString() == u"hotline_12369"_s);
    CHECK(enumName(TaskStatus::Reopened) == u"reopened"_s);
    CHECK(enumName(ComplaintStatus::Investigating) == u"investigating"_s);
}

TEST_CASE("task and complaint fromJson errors", "[rectification][json]")
{
    QJsonObject task = closedTask().toJson();
    QJsonArray followUps = task.value(u"followUps"_s).toArray();
    QJsonObject check = followUps.at(0).toObject();
    check.insert(u"passed"_s, u"yes"_s);
    followUps.replace(0, check);
    task.insert(u"followUps"_s, followUps);
    CHECK(parseError<RectificationTask>(task) == u"followUps[0].passed: expected true or false"_s);

    QJsonObject complaint = closedComplaint().toJson();
    complaint.insert(u"channel"_s, u"fax"_s);
    CHECK(parseError<ComplaintCase>(complaint) == u"channel: unknown value \"fax\""_s);
    complaint = closedComplaint().toJson();
    complaint.insert(u"evidenceIds"_s, QJsonArray{1});
    CHECK(parseError<ComplaintCase>(complaint) == u"evidenceIds[0]: expected text"_s);
}

TEST_CASE("rectification task validation", "[rectification][validate]")
{
    RectificationTask t = closedTask();
    {
        const auto issues = t.validate(kNow);
        INFO(describe(issues).toStdString());
        CHECK(issues.isEmpty());
    }
    SECTION("title required")
    {
        t.title.clear();
        CHECK(hasError(t.validate(kNow), u"title"_s));
    }
    SECTION("closed out needs evidence and a close time")
    {
        t.evidenceIds.clear();
        t.closedAtMs = 0;
        auto issues = t.validate(kNow);
        CHECK(hasError(issues, u"evidenceIds"_s));
        CHECK(hasError(issues, u"closedAtMs"_s));
        t.status = TaskStatus::Submitted;
        t.followUps.clear(); // never closed out: nothing to follow up yet
        CHECK(t.validate(kNow).isEmpty());
    }
    SECTION("a follow-up check needs a task that was closed out")
    {
        t.status = TaskStatus::InProgress;
        t.closedAtMs = 0;
        CHECK(hasError(t.validate(kNow), u"followUps"_s));
    }
    SECTION("deadline, source and ids")
    {
        t.deadline = u"31.12.2026"_s;
        t.sourceKind = u"river"_s;
        t.sourceRecordId = u"42"_s;
        t.divisionCode = u"12345"_s;
        t.evidenceIds = {u"photo"_s};
        const auto issues = t.validate(kNow);
        CHECK(hasError(issues, u"deadline"_s));
        CHECK(hasError(issues, u"sourceKind"_s));
        CHECK(hasError(issues, u"sourceRecordId"_s));
        CHECK(hasError(issues, u"divisionCode"_s));
        CHECK(hasError(issues, u"evidenceIds[0]"_s));
    }
    SECTION("a follow-up needs its time and checker")
    {
        t.followUps[0].checkedAtMs = 0;
        t.followUps[0].checkedBy.clear();
        const auto issues = t.validate(kNow);
        CHECK(hasError(issues, u"followUps[0].checkedAtMs"_s));
        CHECK(hasError(issues, u"followUps[0].checkedBy"_s));
    }
    SECTION("a failed latest follow-up may not leave the task closed out")
    {
        t.followUps.append(FollowUpCheck{kMorning, u"李明"_s, false, u"又有人居住"_s, {}});
        CHECK(hasError(t.validate(kNow), u"status"_s));
        t.status = TaskStatus::Reopened;
        CHECK_FALSE(hasError(t.validate(kNow), u"status"_s));
        // Rectified again and closed out again after the failed check: fine.
        t.status = TaskStatus::ClosedOut;
        t.closedAtMs = kMorning + 60 * kMinute;
        CHECK_FALSE(hasError(t.validate(kNow), u"status"_s));
    }
    SECTION("a failed follow-up says what was found")
    {
        t.addFollowUp(FollowUpCheck{kMorning, u"李明"_s, false, QString(), {}});
        CHECK(hasError(t.validate(kNow), u"followUps[1].notes"_s));
    }
}

TEST_CASE("addFollowUp appends and a failure reopens the task", "[rectification]")
{
    RectificationTask t = closedTask();
    const qint64 closedAt = t.closedAtMs;
    t.addFollowUp(FollowUpCheck{kMorning - kDay, u"李明"_s, true, QString(), {}});
    CHECK(t.followUps.size() == 2);
    CHECK(t.status == TaskStatus::ClosedOut);

    t.addFollowUp(FollowUpCheck{kMorning, u"李明"_s, false, u"问题反弹"_s, {kId3}});
    CHECK(t.followUps.size() == 3);
    CHECK(t.status == TaskStatus::Reopened);
    CHECK(t.closedAtMs == closedAt); // history of the last close-out kept
    CHECK_FALSE(hasErrors(t.validate(kNow)));
}

TEST_CASE("complaint case validation", "[rectification][validate]")
{
    ComplaintCase c = closedComplaint();
    {
        const auto issues = c.validate(kNow);
        INFO(describe(issues).toStdString());
        CHECK(issues.isEmpty());
    }
    SECTION("case number, content and received time are required")
    {
        c.caseNumber.clear();
        c.content.clear();
        c.receivedAtMs = 0;
        const auto issues = c.validate(kNow);
        CHECK(hasError(issues, u"caseNumber"_s));
        CHECK(hasError(issues, u"content"_s));
        CHECK(hasError(issues, u"receivedAtMs"_s));
    }
    SECTION("answered needs findings and a reply")
    {
        c.status = ComplaintStatus::Answered;
        c.closedAtMs = 0;
        c.reply.clear();
        c.investigationFindings.clear();
        auto issues = c.validate(kNow);
        CHECK(hasError(issues, u"reply"_s));
        CHECK(hasError(issues, u"investigationFindings"_s));
        CHECK_FALSE(hasError(issues, u"closedAtMs"_s));
        c.status = ComplaintStatus::Investigating;
        CHECK(c.validate(kNow).isEmpty());
    }
    SECTION("closed needs a close time, not before receipt")
    {
        c.closedAtMs = 0;
        CHECK(hasError(c.validate(kNow), u"closedAtMs"_s));
        c.closedAtMs = c.receivedAtMs - 1000;
        CHECK(hasError(c.validate(kNow), u"closedAtMs"_s));
    }
    SECTION("location, division and evidence")
    {
        c.location->lat = 100;
        c.divisionCode = u"x"_s;
        c.evidenceIds = {u"y"_s};
        const auto issues = c.validate(kNow);
        CHECK(hasError(issues, u"location.lat"_s));
        CHECK(hasError(issues, u"divisionCode"_s));
        CHECK(hasError(issues, u"evidenceIds[0]"_s));
    }
}
