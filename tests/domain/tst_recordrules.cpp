#include "domaintest.h"

#include "domain/evidence.h"
#include "domain/greenshield.h"
#include "domain/inspection.h"
#include "domain/patrol.h"
#include "domain/recordrules.h"
#include "domain/rectification.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace domaintest;
using namespace fl;

namespace {

Patrol patrol()
{
    Patrol p;
    p.waterBody = u"水磨河"_s;
    p.segment = u"七道湾段"_s;
    p.divisionCode = u"650102"_s;
    p.chiefName = u"Li"_s;
    p.startMs = kMorning;
    p.endMs = kMorning + 40 * kMinute;
    p.status = PatrolStatus::Finished;
    PatrolProblem problem;
    problem.id = kId1;
    problem.category = ProblemCategory::BankGarbage;
    problem.location = Position{43.8, 87.6, std::nullopt, std::nullopt};
    problem.evidenceIds = {kId2, kId3};
    p.problems = {problem};
    return p;
}

Inspection inspection(InspectionStatus status)
{
    Inspection r;
    r.enterprise = Enterprise{u"91110000600037341L"_s, u"某化工有限公司"_s, {}, {}, {}, {}};
    r.divisionCode = u"650109"_s;
    r.location = Position{43.96, 87.64, std::nullopt, std::nullopt};
    r.startMs = kMorning;
    r.status = status;
    ChecklistItem item;
    item.item = u"permit"_s;
    item.evidenceIds = {kId1};
    r.checklist = {item};
    Signature signature;
    signature.renderingEvidenceId = kId2;
    r.signatures = {signature};
    return r;
}

} // namespace

TEST_CASE("validateRecordBody parses and validates by kind", "[recordrules]")
{
    CHECK(validateRecordBody(RecordKind::Patrol, patrol().toJson(), kNow).isEmpty());

    Patrol bad = patrol();
    bad.waterBody.clear();
    const auto issues = validateRecordBody(RecordKind::Patrol, bad.toJson(), kNow);
    CHECK(hasError(issues, u"waterBody"_s));

    SECTION("a body that does not parse is one error naming the field")
    {
        QJsonObject body = patrol().toJson();
        body.insert(u"startMs"_s, u"yesterday"_s);
        const auto parseIssues = validateRecordBody(RecordKind::Patrol, body, kNow);
        REQUIRE(parseIssues.size() == 1);
        CHECK(parseIssues[0].field == u"startMs"_s);
        CHECK(parseIssues[0].message == u"expected a whole number"_s);
        CHECK_FALSE(parseIssues[0].warning);
    }
    SECTION("every kind dispatches to its own parser")
    {
        for (RecordKind kind : allRecordKinds) {
            const auto empty = validateRecordBody(kind, QJsonObject{}, kNow);
            INFO(recordKindName(kind).toStdString());
            REQUIRE(empty.size() == 1);
            CHECK(empty[0].message == u"required but missing"_s);
        }
    }
    SECTION("an evidence body of the wrong kind is rejected")
    {
        CHECK(hasErrors(validateRecordBody(RecordKind::Evidence, patrol().toJson(), kNow)));
    }
}

TEST_CASE("indexFields per kind", "[recordrules]")
{
    SECTION("patrol: start time, water body and segment, no position")
    {
        const IndexFields f = indexFields(RecordKind::Patrol, patrol().toJson());
        CHECK(f.status == u"finished"_s);
        CHECK(f.dateMs == kMorning);
        CHECK(f.title == u"水磨河 · 七道湾段"_s);
        CHECK(f.divisionCode == u"650102"_s);
        CHECK_FALSE(f.lat.has_value());
    }
    SECTION("inspection: enterprise name and location")
    {
        const IndexFields f =
            indexFields(RecordKind::Inspection, inspection(InspectionStatus::Signed).toJson());
        CHECK(f.status == u"signed"_s);
        CHECK(f.dateMs == kMorning);
        CHECK(f.title == u"某化工有限公司"_s);
        REQUIRE(f.lat.has_value());
        CHECK(*f.lat == 43.96);
        CHECK(*f.lon == 87.64);
    }
    SECTION("green shield clue: close-out state, verification time, reference point")
    {
        GreenShieldClue c;
        c.clueCode = u"202302-65-N1-007-MD-0018"_s;
        c.protectedAreaName = u"卡拉麦里"_s;
        c.countyCode = u"652302"_s;
        c.location = Position{45.0, 89.0, std::nullopt, std::nullopt};
        c.rectification.state = CloseOutState::Rectifying;
        IndexFields f = indexFields(RecordKind::GreenShieldClue, c.toJson());
        CHECK(f.status == u"rectifying"_s);
        CHECK(f.dateMs == 0);
        CHECK(f.title == u"202302-65-N1-007-MD-0018 · 卡拉麦里"_s);
        CHECK(f.divisionCode == u"652302"_s);
        CHECK(f.lat == 45.0);
        c.verification.verifiedAtMs = kMorning;
        c.verification.position = Position{45.1, 89.1, std::nullopt, std::nullopt};
        f = indexFields(RecordKind::GreenShieldClue, c.toJson());
        CHECK(f.dateMs == kMorning);
        CHECK(f.lat == 45.1);
    }
    SECTION("evidence: capture time, name, position")
    {
        Evidence e;
        e.sha256 = u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_s;
        e.capturedAtMs = kNow;
        e.position = Position{43.0, 87.0, std::nullopt, std::nullopt};
        IndexFields f = indexFields(RecordKind::Evidence, e.toJson());
        CHECK(f.dateMs == kNow);
        CHECK(f.title == u"9f86d081884c"_s);
        CHECK(f.lon == 87.0);
        e.originalName = u"IMG_1.jpg"_s;
        CHECK(indexFields(RecordKind::Evidence, e.toJson()).title == u"IMG_1.jpg"_s);
    }
    SECTION("task: status, close time, assignee")
    {
        RectificationTask t;
        t.taskNumber = u"ZG-1"_s;
        t.title = u"清理垃圾"_s;
        t.assignee = u"zhangwei"_s;
        t.divisionCode = u"650102"_s;
        t.status = TaskStatus::InProgress;
        IndexFields f = indexFields(RecordKind::RectificationTask, t.toJson());
        CHECK(f.status == u"in_progress"_s);
        CHECK(f.dateMs == 0);
        CHECK(f.title == u"ZG-1 · 清理垃圾"_s);
        CHECK(f.assignee == u"zhangwei"_s);
        t.closedAtMs = kMorning;
        CHECK(indexFields(RecordKind::RectificationTask, t.toJson()).dateMs == kMorning);
    }
    SECTION("complaint: received time, case number, assignee")
    {
        ComplaintCase c;
        c.caseNumber = u"12369-0031"_s;
        c.receivedAtMs = kMorning;
        c.assignee = u"li"_s;
        c.status = ComplaintStatus::Assigned;
        const IndexFields f = indexFields(RecordKind::ComplaintCase, c.toJson());
        CHECK(f.status == u"assigned"_s);
        CHECK(f.dateMs == kMorning);
        CHECK(f.title == u"12369-0031"_s);
        CHECK(f.assignee == u"li"_s);
    }
    SECTION("an unparsable body still shows its status")
    {
        QJsonObject body = patrol().toJson();
        body.insert(u"startMs"_s, u"x"_s);
        const IndexFields f = indexFields(RecordKind::Patrol, body);
        CHECK(f.status == u"finished"_s);
        CHECK(f.divisionCode == u"650102"_s);
    }
}

TEST_CASE("immutability: evidence always, inspections once signed", "[recordrules]")
{
    CHECK(isImmutable(RecordKind::Evidence, QJsonObject{}));
    CHECK(isImmutable(RecordKind::Inspection, inspection(InspectionStatus::Signed).toJson()));
    CHECK_FALSE(isImmutable(RecordKind::Inspection, inspection(InspectionStatus::Draft).toJson()));
    CHECK_FALSE(isImmutable(RecordKind::Patrol, patrol().toJson()));
    RectificationTask closed;
    closed.status = TaskStatus::ClosedOut;
    CHECK_FALSE(isImmutable(RecordKind::RectificationTask, closed.toJson()));
}

TEST_CASE("referencedEvidence collects every evidence reference", "[recordrules]")
{
    CHECK(referencedEvidence(RecordKind::Patrol, patrol().toJson()) == QStringList{kId2, kId3});
    CHECK(
        referencedEvidence(RecordKind::Inspection, inspection(InspectionStatus::Draft).toJson()) ==
        QStringList{kId1, kId2});

    GreenShieldClue c;
    c.verification.evidenceIds = {kId1};
    c.rectification.evidenceIds = {kId1, kId3};
    const QStringList clueIds = referencedEvidence(RecordKind::GreenShieldClue, c.toJson());
    CHECK(clueIds.size() == 2); // duplicates listed once
    CHECK(clueIds.contains(kId1));
    CHECK(clueIds.contains(kId3));

    RectificationTask t;
    t.evidenceIds = {kId1};
    t.followUps = {FollowUpCheck{kMorning, u"a"_s, false, u"b"_s, {kId2}}};
    const QStringList taskIds = referencedEvidence(RecordKind::RectificationTask, t.toJson());
    CHECK(taskIds.size() == 2);
    CHECK(taskIds.contains(kId2));

    ComplaintCase complaint;
    complaint.evidenceIds = {kId3};
    CHECK(referencedEvidence(RecordKind::ComplaintCase, complaint.toJson()) == QStringList{kId3});
    CHECK(referencedEvidence(RecordKind::Evidence, Evidence{}.toJson()).isEmpty());
}
