// Records: create, revise, delete, history, outbox, immutability.

#include "storetest.h"

#include "domain/hlc.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace fl;
using namespace fl::test;

TEST_CASE("a new store gets a device id that survives reopening", "[store]")
{
    TempStore s;
    const QString device = s->deviceId();
    REQUIRE(device.size() == 36);
    s.reopen();
    REQUIRE(s->deviceId() == device);
    REQUIRE_FALSE(s->recoveredFromUncleanShutdown());
}

TEST_CASE("creating a store where one exists, or opening a missing one, fails clearly", "[store]")
{
    TempStore s;
    auto again = Store::create(s.path());
    REQUIRE_FALSE(again.ok());
    REQUIRE(again.error().code == ErrorCode::Conflict);

    auto missing = Store::open(s.dir.filePath(u"nowhere"_s));
    REQUIRE_FALSE(missing.ok());
    REQUIRE(missing.error().code == ErrorCode::NotFound);
}

TEST_CASE("a save writes the record, its history and its outbox entry together", "[store]")
{
    TempStore s;
    const Patrol patrol = samples::patrol(s.clockMs);
    const Record saved = require(s->createRecord(RecordKind::Patrol, patrol.toJson(), kAuthor));

    REQUIRE(saved.meta.revision == 1);
    REQUIRE(saved.meta.deviceId == s->deviceId());
    REQUIRE(saved.meta.author == kAuthor);
    const Record loaded = require(s->record(saved.meta.id));
    REQUIRE(loaded.body == saved.body);
    REQUIRE(loaded.body.value(u"waterBody"_s).toString() == u"乌鲁木齐河"_s);

    const auto stats = require(s->outboxStats());
    REQUIRE(stats.changes == 1);
    const auto pending = require(s->pendingChanges(10));
    REQUIRE(pending.size() == 1);
    REQUIRE(pending[0].op == u"put"_s);
    const QJsonObject change = QJsonDocument::fromJson(pending[0].payload).object();
    REQUIRE(change.value(u"recordId"_s).toString() == saved.meta.id);
    REQUIRE(change.value(u"body"_s).toObject() == saved.body);
    REQUIRE(stats.changeBytes == pending[0].payload.size());
}

TEST_CASE("edits append revisions and keep the history", "[store]")
{
    TempStore s;
    Patrol patrol = samples::patrol(s.clockMs);
    const Record first = require(s->createRecord(RecordKind::Patrol, patrol.toJson(), kAuthor));
    patrol.problems << samples::garbageProblem(s.clockMs + 60'000);
    s.clockMs += 120'000;
    const Record second = require(s->updateRecord(first.meta.id, 1, patrol.toJson(), u"热合曼"_s));
    REQUIRE(second.meta.revision == 2);
    REQUIRE(Hlc::parse(second.meta.hlc) > Hlc::parse(first.meta.hlc));

    const auto history = require(s->history(first.meta.id));
    REQUIRE(history.size() == 2);
    REQUIRE(history[0].body == first.body);
    REQUIRE(history[1].body == second.body);
    REQUIRE(history[1].meta.author == u"热合曼"_s);
    REQUIRE(require(s->outboxStats()).changes == 2);

    SECTION("an edit of a stale revision is refused, not merged silently")
    {
        auto stale = s->updateRecord(first.meta.id, 1, patrol.toJson(), kAuthor);
        REQUIRE_FALSE(stale.ok());
        REQUIRE(stale.error().code == ErrorCode::Conflict);
        REQUIRE(require(s->record(first.meta.id)).meta.revision == 2);
    }
    SECTION("deletion is a tombstone; the history stays")
    {
        const Record tomb = require(s->deleteRecord(first.meta.id, 2, kAuthor));
        REQUIRE(tomb.meta.deleted);
        REQUIRE(tomb.meta.revision == 3);
        REQUIRE(require(s->history(first.meta.id)).size() == 3);
        auto edit = s->updateRecord(first.meta.id, 3, patrol.toJson(), kAuthor);
        REQUIRE_FALSE(edit.ok());
        REQUIRE(edit.error().code == ErrorCode::Conflict);
        const auto pending = require(s->pendingChanges(10));
        REQUIRE(pending.last().op == u"delete"_s);
    }
}

TEST_CASE("invalid records are refused with the reason and nothing is written", "[store]")
{
    TempStore s;
    Patrol patrol = samples::patrol(s.clockMs);
    PatrolProblem problem = samples::garbageProblem(s.clockMs);
    problem.location.lat = 95.2;
    patrol.problems << problem;
    auto saved = s->createRecord(RecordKind::Patrol, patrol.toJson(), kAuthor);
    REQUIRE_FALSE(saved.ok());
    REQUIRE(saved.error().code == ErrorCode::InvalidInput);
    REQUIRE(saved.error().message.contains(u"problems[0].location"_s));
    REQUIRE(require(s->outboxStats()).changes == 0);
    REQUIRE(require(s->list({})).rows.isEmpty());

    SECTION("a record from the future (wrong device clock) is refused")
    {
        Patrol future = samples::patrol(s.clockMs + 3 * 3600'000);
        auto r = s->createRecord(RecordKind::Patrol, future.toJson(), kAuthor);
        REQUIRE_FALSE(r.ok());
        REQUIRE(r.error().message.contains(u"future"_s));
    }
    SECTION("an inspection of an enterprise with a bad credit code is refused")
    {
        Inspection inspection = samples::inspection(s.clockMs);
        inspection.enterprise.uscc = u"91620105MA73NBBLX1"_s;
        auto r = s->createRecord(RecordKind::Inspection, inspection.toJson(), kAuthor);
        REQUIRE_FALSE(r.ok());
        REQUIRE(r.error().message.contains(u"check character"_s));

        inspection.usccOverrideReason = u"early pilot code, confirmed with the registry"_s;
        REQUIRE(s->createRecord(RecordKind::Inspection, inspection.toJson(), kAuthor).ok());
    }
    SECTION("a record without an author is refused")
    {
        auto r = s->createRecord(RecordKind::Patrol, samples::patrol(s.clockMs).toJson(), u" "_s);
        REQUIRE_FALSE(r.ok());
        REQUIRE(r.error().code == ErrorCode::InvalidInput);
    }
}

TEST_CASE("a signed inspection can no longer be changed or deleted", "[store]")
{
    TempStore s;
    Inspection inspection = samples::inspection(s.clockMs);
    const Record draft =
        require(s->createRecord(RecordKind::Inspection, inspection.toJson(), kAuthor));
    inspection.endMs = s.clockMs + 3600'000;
    inspection.findings = u"未发现问题"_s;
    for (const auto &inspector : inspection.inspectors) {
        inspection.signatures << Signature{SignerRole::Inspector,
                                           inspector.name,
                                           s.clockMs + 3600'000,
                                           {{{0.1, 0.5, 0}, {0.9, 0.5, 300}}},
                                           {}};
    }
    inspection.signatures << Signature{SignerRole::SiteRepresentative,
                                       u"王建国"_s,
                                       s.clockMs + 3600'000,
                                       {{{0.2, 0.2, 0}, {0.8, 0.8, 200}}},
                                       {}};
    inspection.status = InspectionStatus::Signed;
    s.clockMs += 3600'000;
    const Record signedRecord =
        require(s->updateRecord(draft.meta.id, 1, inspection.toJson(), kAuthor));
    REQUIRE(signedRecord.meta.revision == 2);

    inspection.findings = u"改过的结论"_s;
    auto edit = s->updateRecord(draft.meta.id, 2, inspection.toJson(), kAuthor);
    REQUIRE_FALSE(edit.ok());
    REQUIRE(edit.error().code == ErrorCode::Conflict);
    auto removal = s->deleteRecord(draft.meta.id, 2, kAuthor);
    REQUIRE_FALSE(removal.ok());
    REQUIRE(require(s->record(draft.meta.id)).body == signedRecord.body);
}

TEST_CASE("clock stamps keep increasing across restarts even if the wall clock goes back",
          "[store]")
{
    TempStore s;
    const Record a =
        require(s->createRecord(RecordKind::Patrol, samples::patrol(s.clockMs).toJson(), kAuthor));
    s.clockMs -= 3600'000; // the user set the phone's clock back an hour
    s.reopen();
    const Record b =
        require(s->createRecord(RecordKind::Patrol, samples::patrol(s.clockMs).toJson(), kAuthor));
    REQUIRE(Hlc::parse(b.meta.hlc) > Hlc::parse(a.meta.hlc));
}

TEST_CASE("acknowledged changes leave the outbox but the records stay", "[store]")
{
    TempStore s;
    const Record a =
        require(s->createRecord(RecordKind::Patrol, samples::patrol(s.clockMs).toJson(), kAuthor));
    const Record b = require(s->createRecord(RecordKind::ComplaintCase,
                                             samples::complaint(s.clockMs).toJson(), kAuthor));
    const auto pending = require(s->pendingChanges(10));
    REQUIRE(pending.size() == 2);
    requireOk(s->acknowledge({pending[0].changeId}));
    const auto left = require(s->pendingChanges(10));
    REQUIRE(left.size() == 1);
    REQUIRE(left[0].changeId == pending[1].changeId);
    REQUIRE(require(s->record(a.meta.id)).meta.id == a.meta.id);
    REQUIRE(require(s->record(b.meta.id)).meta.id == b.meta.id);
}

TEST_CASE("the functional zone of a clue is derived from the protected area's zones", "[store]")
{
    TempStore s;
    requireOk(s->saveProtectedArea(samples::protectedArea()));
    GreenShieldClue clue = samples::clue();
    clue.verification.functionalZone = FunctionalZone::Experimental; // typed by hand: ignored
    const Record inCore =
        require(s->createRecord(RecordKind::GreenShieldClue, clue.toJson(), kAuthor));
    REQUIRE(require(GreenShieldClue::fromJson(inCore.body)).verification.functionalZone ==
            FunctionalZone::Core);

    clue.location->lat += 0.04; // 4.4 km north: the buffer zone
    const Record inBuffer =
        require(s->createRecord(RecordKind::GreenShieldClue, clue.toJson(), kAuthor));
    REQUIRE(require(GreenShieldClue::fromJson(inBuffer.body)).verification.functionalZone ==
            FunctionalZone::Buffer);

    clue.location->lat += 1.0;
    const Record outside =
        require(s->createRecord(RecordKind::GreenShieldClue, clue.toJson(), kAuthor));
    REQUIRE(require(GreenShieldClue::fromJson(outside.body)).verification.functionalZone ==
            FunctionalZone::Outside);
}

TEST_CASE("patrol rules are a per-store setting", "[store]")
{
    TempStore s;
    REQUIRE(require(s->patrolRules()).minMinutes == 30);
    PatrolRules rules;
    rules.minMinutes = 45;
    rules.minKmTownshipVillage = 3.0;
    requireOk(s->setPatrolRules(rules));
    s.reopen();
    const PatrolRules loaded = require(s->patrolRules());
    REQUIRE(loaded.minMinutes == 45);
    REQUIRE(loaded.minKmTownshipVillage == 3.0);
}

TEST_CASE("the offline enterprise directory finds a scanned code", "[store]")
{
    TempStore s;
    Enterprise enterprise{
        u"91620105MA73NBBLXE"_s, u"兰州某化工有限公司"_s, u"化工"_s, u"张三"_s, u"兰州市"_s,
        u"0931-0000000"_s};
    requireOk(s->saveEnterprise(enterprise));
    const auto found = require(s->findEnterprise(u"91620105ma73nbblxe"_s)); // typed lower case
    REQUIRE(found.has_value());
    REQUIRE(found->name == enterprise.name);
    REQUIRE(found->legalRepresentative == u"张三"_s);
    REQUIRE_FALSE(require(s->findEnterprise(u"91110000600037341L"_s)).has_value());

    enterprise.uscc = u"91620105MA73NBBLX1"_s;
    auto bad = s->saveEnterprise(enterprise);
    REQUIRE_FALSE(bad.ok());
    REQUIRE(bad.error().message.contains(u"check character"_s));
}
