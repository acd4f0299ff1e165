// Concurrent edits against a real ledgerd (docs/sync-protocol.md, "Conflicts"): two devices
// edit one rectification task while offline; different fields merge, the same field merges to
// the later HLC and is recorded as a conflict, nothing is lost from the chain, the office
// resolves it, and `ledgerd verify` checks the conflicts table against the chain.

#include "ledgerdharness.h"

#include "domain/hlc.h"

#include <QDateTime>

using namespace Qt::StringLiterals;
using namespace fl;
using namespace fl::test;

namespace {

QJsonObject onlyResult(const HttpReply &reply)
{
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 200);
    const QJsonArray results = reply.json[u"results"_s].toArray();
    REQUIRE(results.size() == 1);
    const QJsonObject result = results.first().toObject();
    REQUIRE(result[u"status"_s].toString() == u"accepted"_s);
    return result;
}

// The device's one pending change, pushed and acknowledged.
QByteArray pushPending(LedgerdProcess &server, Device &device, QJsonObject *result = nullptr)
{
    const QList<QByteArray> pending = device.pendingPayloads();
    REQUIRE(pending.size() == 1);
    const QJsonObject r = onlyResult(device.push(server, pending));
    if (result)
        *result = r;
    REQUIRE(
        device.store().acknowledge({parseObject(pending.first())[u"changeId"_s].toString()}).ok());
    return pending.first();
}

// The device edits its own copy of the record (without having pulled) and keeps the change.
void editLocally(Device &device, const QString &recordId, const QString &field,
                 const QJsonValue &value)
{
    auto record = device.store().record(recordId);
    REQUIRE(record.ok());
    QJsonObject body = record->body;
    body.insert(field, value);
    auto saved = device.store().updateRecord(recordId, record->meta.revision, body, kAuthor);
    INFO((saved ? QString() : saved.error().toString()).toStdString());
    REQUIRE(saved.ok());
}

// The record as the ledger shows it to this token: everything pulled from the start.
QJsonObject pulledRecord(LedgerdProcess &server, const QString &token, const QString &recordId)
{
    const HttpReply reply = server.pull(token, 0, 1000);
    INFO(reply.body.left(2000).toStdString());
    REQUIRE(reply.status == 200);
    REQUIRE_FALSE(reply.json[u"more"_s].toBool());
    const QJsonObject record = reply.json[u"records"_s][recordId].toObject();
    REQUIRE_FALSE(record.isEmpty());
    return record;
}

// A put as a device builds it after a pull: the ledger's body with one field changed, the next
// revision after the ledger's, its own device id and the given HLC.
QByteArray putOnPulled(const Device &device, const QString &recordId, const QJsonObject &pulled,
                       const QString &field, const QJsonValue &value, const QString &hlc)
{
    QJsonObject body = pulled[u"body"_s].toObject();
    body.insert(field, value);
    return compact(QJsonObject{{u"changeId"_s, newUuid()},
                               {u"op"_s, u"put"_s},
                               {u"recordId"_s, recordId},
                               {u"kind"_s, pulled[u"kind"_s].toString()},
                               {u"revision"_s, number(pulled[u"revision"_s]) + 1},
                               {u"hlc"_s, hlc},
                               {u"deviceId"_s, device.id()},
                               {u"author"_s, kAuthor},
                               {u"savedMs"_s, QDateTime::currentMSecsSinceEpoch()},
                               {u"body"_s, body}});
}

// An HLC of `device` `deltaMs` after (or before) the one in `payload`.
QString hlcBeside(const QByteArray &payload, qint64 deltaMs, const Device &device)
{
    const auto theirs = Hlc::parse(parseObject(payload)[u"hlc"_s].toString());
    REQUIRE(theirs);
    return Hlc{theirs->wallMs + deltaMs, 0, device.id()}.toString();
}

QString changeIdOf(const QByteArray &payload)
{
    return parseObject(payload)[u"changeId"_s].toString();
}

ProgramRun conflicts(LedgerdProcess &server)
{
    const ProgramRun run = server.office({u"conflicts"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run;
}

// Every change that was accepted is in the chain with exactly the bytes pushed.
void requireChainHolds(const QString &db, const QList<QByteArray> &payloads)
{
    auto connection = ledger::sql::openConnection(db, false);
    REQUIRE(connection.ok());
    for (const QByteArray &payload : payloads) {
        auto rows = (*connection)
                        ->query("SELECT payload FROM ledger_entries WHERE change_id = ?1",
                                {changeIdOf(payload)});
        REQUIRE(rows.ok());
        REQUIRE(rows->size() == 1);
        CHECK(rows->first().blob(0) == payload);
    }
    auto count = (*connection)->query("SELECT count(*) FROM ledger_entries");
    REQUIRE(count.ok());
    CHECK(count->first().int64(0) == payloads.size());
}

VerifyRun verify(const QString &db)
{
    const VerifyRun run = runVerify(db);
    INFO(run.output.toStdString());
    return run;
}

struct TwoEditors
{
    LedgerdProcess server;
    Device a, b, office;
    QString taskId;
    QList<QByteArray> chain; // every accepted payload, in order
    TwoEditors()
    {
        a.enrol(server, u"inspector-a"_s, u"inspector"_s, u"652800"_s);
        b.enrol(server, u"inspector-b"_s, u"inspector"_s, u"650000"_s);
        office.enrol(server, u"office"_s, u"office"_s, u"650000"_s);
        auto task = a.store().createRecord(RecordKind::RectificationTask,
                                           samples::task(u"inspector-a"_s).toJson(), kAuthor);
        REQUIRE(task.ok());
        taskId = task->meta.id;
        chain << pushPending(server, a);
    }
};

// A and B set the status to different values: one open conflict at seq 3, versions 1 to 3.
// The server is stopped and the ledger verifies.
void makeConflict(TwoEditors &t)
{
    const QJsonObject created = pulledRecord(t.server, t.b.token(), t.taskId);
    editLocally(t.a, t.taskId, u"status"_s, u"in_progress"_s);
    t.chain << pushPending(t.server, t.a);
    const QByteArray bStatus = putOnPulled(t.b, t.taskId, created, u"status"_s, u"submitted"_s,
                                           hlcBeside(t.chain.last(), 1000, t.b));
    CHECK(onlyResult(t.b.push(t.server, {bStatus}))[u"conflicts"_s].toArray() ==
          QJsonArray{u"status"_s});
    t.chain << bStatus;
    t.server.stop();
    REQUIRE(verify(t.server.db()).exitCode == 0);
}

} // namespace

TEST_CASE("concurrent edits of a task merge per field, conflicts keep the later HLC, and the "
          "office resolves them",
          "[server][conflicts]")
{
    TwoEditors t;
    LedgerdProcess &server = t.server;
    const QJsonObject created = pulledRecord(server, t.b.token(), t.taskId);
    REQUIRE(number(created[u"revision"_s]) == 1);
    const QString originalMeasures = created[u"body"_s][u"measures"_s].toString();
    REQUIRE_FALSE(originalMeasures.isEmpty());

    // (a) Different fields: A rewrites the measures, B (from the pulled version) names the
    // responsible person. Both apply.
    editLocally(t.a, t.taskId, u"measures"_s, u"拆除违建，12月20日前恢复植被"_s);
    QJsonObject answer;
    t.chain << pushPending(server, t.a, &answer);
    CHECK_FALSE(answer.contains(u"conflicts"_s));
    const QByteArray bMerged = putOnPulled(t.b, t.taskId, created, u"responsiblePerson"_s,
                                           u"王建国"_s, hlcBeside(t.chain.last(), 1000, t.b));
    answer = onlyResult(t.b.push(server, {bMerged}));
    t.chain << bMerged;
    CHECK_FALSE(answer.contains(u"conflicts"_s));
    const QJsonObject merged = pulledRecord(server, t.b.token(), t.taskId);
    CHECK(number(merged[u"revision"_s]) == 3);
    CHECK(merged[u"body"_s][u"measures"_s].toString() == u"拆除违建，12月20日前恢复植被"_s);
    CHECK(merged[u"body"_s][u"responsiblePerson"_s].toString() == u"王建国"_s);
    CHECK(merged[u"body"_s][u"status"_s].toString() == u"assigned"_s);
    CHECK(merged[u"conflicts"_s].toArray().isEmpty());
    CHECK(conflicts(server).out.contains(u"0 open conflict(s)"_s));

    // (b) The same field: A (still offline) starts the work, B marks it submitted.
    editLocally(t.a, t.taskId, u"status"_s, u"in_progress"_s);
    t.chain << pushPending(server, t.a, &answer);
    CHECK_FALSE(answer.contains(u"conflicts"_s));
    const QByteArray aStatus = t.chain.last();
    QString kept, other, keptChange, otherChange;
    QByteArray bStatus;
    SECTION("B's edit is later: B's value is kept")
    {
        bStatus = putOnPulled(t.b, t.taskId, merged, u"status"_s, u"submitted"_s,
                              hlcBeside(aStatus, 5000, t.b));
        kept = u"submitted"_s;
        other = u"in_progress"_s;
        keptChange = changeIdOf(bStatus);
        otherChange = changeIdOf(aStatus);
    }
    SECTION("A's edit is later: A's value is kept although B pushed last")
    {
        bStatus = putOnPulled(t.b, t.taskId, merged, u"status"_s, u"submitted"_s,
                              hlcBeside(aStatus, -5000, t.b));
        kept = u"in_progress"_s;
        other = u"submitted"_s;
        keptChange = changeIdOf(aStatus);
        otherChange = changeIdOf(bStatus);
    }
    answer = onlyResult(t.b.push(server, {bStatus}));
    t.chain << bStatus;
    CHECK(answer[u"conflicts"_s].toArray() == QJsonArray{u"status"_s});

    const QJsonObject disputed = pulledRecord(server, t.b.token(), t.taskId);
    CHECK(number(disputed[u"revision"_s]) == 5);
    const QJsonObject body = disputed[u"body"_s].toObject();
    CHECK(body[u"status"_s].toString() == kept);
    CHECK(body[u"measures"_s].toString() == u"拆除违建，12月20日前恢复植被"_s);
    CHECK(body[u"responsiblePerson"_s].toString() == u"王建国"_s);
    const QJsonArray open = disputed[u"conflicts"_s].toArray();
    INFO(QJsonDocument(open).toJson().toStdString());
    REQUIRE(open.size() == 1);
    CHECK(open[0][u"field"_s].toString() == u"status"_s);
    CHECK(open[0][u"values"_s].toArray() == (QJsonArray{kept, other}));
    CHECK(open[0][u"changes"_s].toArray() == (QJsonArray{keptChange, otherChange}));

    const ProgramRun listed = conflicts(server);
    INFO(listed.out.toStdString());
    CHECK(listed.out.contains(u"1 open conflict(s)"_s));
    const QStringList line = listed.out.split(u'\n').first().split(u'\t');
    REQUIRE(line.size() >= 4);
    CHECK(line[0] == t.taskId);
    CHECK(line[1] == u"status"_s);
    CHECK(line[2] == u"kept \"%1\" (change %2)"_s.arg(kept, keptChange));
    CHECK(line[3] == u"other \"%1\" (change %2)"_s.arg(other, otherChange));

    // Nothing is lost: every change is in the chain byte for byte, and pull hands them out so.
    requireChainHolds(server.db(), t.chain);
    const HttpReply all = server.pull(t.office.token(), 0, 1000);
    REQUIRE(all.status == 200);
    const QJsonArray pulled = all.json[u"changes"_s].toArray();
    REQUIRE(pulled.size() == t.chain.size());
    for (qsizetype i = 0; i < pulled.size(); ++i)
        CHECK(pulled[i][u"payload"_s].toString().toUtf8() == t.chain[i]);

    // (c) A field user's edit of the merged version leaves the conflict open for the office.
    const QByteArray bLater =
        putOnPulled(t.b, t.taskId, disputed, u"measures"_s, u"拆除违建，12月25日前恢复植被"_s,
                    hlcBeside(bStatus, 60'000, t.b));
    answer = onlyResult(t.b.push(server, {bLater}));
    t.chain << bLater;
    CHECK_FALSE(answer.contains(u"conflicts"_s));
    CHECK(conflicts(server).out.contains(u"1 open conflict(s)"_s));
    CHECK(pulledRecord(server, t.office.token(), t.taskId)[u"conflicts"_s].toArray().size() == 1);

    // The office decides on the merged version: that resolves it.
    const QJsonObject latest = pulledRecord(server, t.office.token(), t.taskId);
    REQUIRE(number(latest[u"revision"_s]) == 6);
    const QByteArray decision = putOnPulled(t.office, t.taskId, latest, u"status"_s, u"submitted"_s,
                                            hlcBeside(bLater, 60'000, t.office));
    answer = onlyResult(t.office.push(server, {decision}));
    t.chain << decision;
    CHECK_FALSE(answer.contains(u"conflicts"_s));
    CHECK(conflicts(server).out.contains(u"0 open conflict(s)"_s));
    const QJsonObject resolved = pulledRecord(server, t.b.token(), t.taskId);
    CHECK(number(resolved[u"revision"_s]) == 7);
    CHECK(resolved[u"body"_s][u"status"_s].toString() == u"submitted"_s);
    CHECK(resolved[u"conflicts"_s].toArray().isEmpty());
    const ProgramRun summary = server.office({u"summary"_s});
    CHECK(summary.out.contains(u"0 open conflicts"_s));
    requireChainHolds(server.db(), t.chain);

    // (d) verify replays the merges; the conflicts table must match them.
    server.stop();
    const VerifyRun clean = verify(server.db());
    CHECK(clean.exitCode == 0);
    CHECK(clean.output.startsWith(u"ok: %1 entries"_s.arg(t.chain.size())));
    CHECK(execute(server.db(), "UPDATE conflicts SET kept_value = '\"closed_out\"'") == 1);
    const VerifyRun edited = verify(server.db());
    CHECK(edited.exitCode == 1);
    CHECK(edited.output.contains(u"BROKEN"_s));
    CHECK(edited.output.contains(u"conflict"_s));
}

TEST_CASE("ledgerd verify notices a conflicts row removed, swapped or made up by hand",
          "[server][conflicts][verify]")
{
    TwoEditors t;
    makeConflict(t);
    LedgerdProcess &server = t.server;

    SECTION("removed")
    {
        CHECK(execute(server.db(), "DELETE FROM conflicts") == 1);
        CHECK(verify(server.db()).exitCode == 1);
    }
    SECTION("the kept side swapped")
    {
        CHECK(execute(server.db(), "UPDATE conflicts SET kept_change_id = other_change_id,"
                                   " other_change_id = kept_change_id") == 1);
        CHECK(verify(server.db()).exitCode == 1);
    }
    SECTION("one made up")
    {
        CHECK(execute(server.db(),
                      "INSERT INTO conflicts (record_id, field, seq, kept_change_id,"
                      " other_change_id, kept_value, other_value, resolved_seq)"
                      " SELECT record_id, 'measures', seq, kept_change_id, other_change_id,"
                      " kept_value, other_value, 0 FROM conflicts") == 1);
        CHECK(verify(server.db()).exitCode == 1);
    }
}

TEST_CASE("ledgerd verify notices a record version or a conflict's resolution edited by hand",
          "[server][conflicts][verify]")
{
    TwoEditors t;
    makeConflict(t);
    LedgerdProcess &server = t.server;
    SECTION("a stored version edited")
    {
        // The versions are what later puts are merged against.
        CHECK(execute(server.db(), "UPDATE record_versions SET body = replace(body,"
                                   " '\"in_progress\"', '\"closed_out\"') WHERE version = 2") == 1);
        CHECK(verify(server.db()).exitCode == 1);
    }
    SECTION("marked resolved without an office decision in the chain")
    {
        // Hides the conflict from `ledgerd conflicts` and from pull.
        CHECK(execute(server.db(), "UPDATE conflicts SET resolved_seq = 2") == 1);
        CHECK(conflicts(server).out.contains(u"0 open conflict(s)"_s));
        CHECK(verify(server.db()).exitCode == 1);
    }
}

TEST_CASE("a merged put leaves the record in the division its merged body names",
          "[server][conflicts][scope]")
{
    TwoEditors t;
    LedgerdProcess &server = t.server;
    const QJsonObject created = pulledRecord(server, t.office.token(), t.taskId);
    REQUIRE(created[u"body"_s][u"divisionCode"_s].toString() == u"652827"_s);
    // The office hands the task to Korla (652801) ...
    const QByteArray moved = putOnPulled(t.office, t.taskId, created, u"divisionCode"_s,
                                         u"652801"_s, hlcBeside(t.chain.last(), 1000, t.office));
    onlyResult(t.office.push(server, {moved}));
    // ... while B, who pulled the first version, starts the work: only B changed the status,
    // only the office the division, so the merge takes both.
    const QByteArray started = putOnPulled(t.b, t.taskId, created, u"status"_s, u"in_progress"_s,
                                           hlcBeside(moved, 1000, t.b));
    CHECK_FALSE(onlyResult(t.b.push(server, {started})).contains(u"conflicts"_s));
    const QJsonObject merged = pulledRecord(server, t.office.token(), t.taskId);
    CHECK(merged[u"body"_s][u"divisionCode"_s].toString() == u"652801"_s);
    CHECK(merged[u"body"_s][u"status"_s].toString() == u"in_progress"_s);

    // Pull scopes by the record's division: Korla sees the task, Hoxud (652827) no longer does.
    Device korla, hoxud;
    korla.enrol(server, u"korla"_s, u"inspector"_s, u"652801"_s);
    hoxud.enrol(server, u"hoxud"_s, u"inspector"_s, u"652827"_s);
    const HttpReply korlaPull = server.pull(korla.token(), 0, 100);
    const HttpReply hoxudPull = server.pull(hoxud.token(), 0, 100);
    INFO("korla: " << korlaPull.body.toStdString() << "\nhoxud: " << hoxudPull.body.toStdString());
    CHECK(korlaPull.json[u"records"_s].toObject().contains(t.taskId));
    CHECK_FALSE(hoxudPull.json[u"records"_s].toObject().contains(t.taskId));
}

TEST_CASE("a device's second offline edit merges too: another device's change survives",
          "[server][conflicts]")
{
    TwoEditors t;
    LedgerdProcess &server = t.server;
    const QJsonObject created = pulledRecord(server, t.b.token(), t.taskId);
    // B changes the status while A, offline, edits the measures twice.
    const QByteArray bStatus = putOnPulled(t.b, t.taskId, created, u"status"_s, u"in_progress"_s,
                                           hlcBeside(t.chain.last(), 1000, t.b));
    onlyResult(t.b.push(server, {bStatus}));
    editLocally(t.a, t.taskId, u"measures"_s, u"第一次修改"_s);
    editLocally(t.a, t.taskId, u"measures"_s, u"第二次修改"_s);
    const QList<QByteArray> aEdits = t.a.pendingPayloads();
    REQUIRE(aEdits.size() == 2);
    const HttpReply pushed = t.a.push(server, aEdits);
    REQUIRE(pushed.status == 200);
    for (const QJsonValue &r : pushed.json[u"results"_s].toArray())
        CHECK(r[u"status"_s].toString() == u"accepted"_s);
    const QJsonObject now = pulledRecord(server, t.b.token(), t.taskId);
    CHECK(now[u"body"_s][u"status"_s].toString() == u"in_progress"_s);  // B's edit kept
    CHECK(now[u"body"_s][u"measures"_s].toString() == u"第二次修改"_s); // A's last edit
    server.stop();
    CHECK(verify(server.db()).exitCode == 0);
}

TEST_CASE("a delete made on an older version is refused, not applied over newer edits",
          "[server][conflicts]")
{
    TwoEditors t;
    LedgerdProcess &server = t.server;
    const QJsonObject created = pulledRecord(server, t.b.token(), t.taskId);
    editLocally(t.a, t.taskId, u"status"_s, u"in_progress"_s);
    t.chain << pushPending(server, t.a);
    QJsonObject del = parseObject(putOnPulled(t.b, t.taskId, created, u"status"_s, u"assigned"_s,
                                              hlcBeside(t.chain.last(), 1000, t.b)));
    del.insert(u"op"_s, u"delete"_s);
    del.remove(u"body"_s);
    const HttpReply reply = t.b.push(server, {compact(del)});
    REQUIRE(reply.status == 200);
    const QJsonObject result = reply.json[u"results"_s][0].toObject();
    CHECK(result[u"status"_s].toString() == u"refused"_s);
    CHECK(result[u"code"_s].toString() == u"revision-gap"_s);
    CHECK(pulledRecord(server, t.b.token(), t.taskId)[u"deleted"_s].toBool() == false);
}
