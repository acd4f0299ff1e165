// POST /v1/push against a real ledgerd: accepted, duplicate and every refusal code, with
// changes made by real device stores and signed as a device signs them.

#include "ledgerdharness.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace fl;
using namespace fl::test;

namespace {

QJsonArray results(const HttpReply &reply)
{
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 200);
    return reply.json.value(u"results"_s).toArray();
}

QJsonObject onlyResult(const HttpReply &reply)
{
    const QJsonArray all = results(reply);
    REQUIRE(all.size() == 1);
    return all.first().toObject();
}

QString code(const QJsonObject &result)
{
    return result.value(u"code"_s).toString();
}

// A put payload of a new record, as a device would write it, with `edit` applied.
QByteArray handMadePut(Device &device, const std::function<void(QJsonObject &)> &edit = {})
{
    const QJsonObject base = parseObject(device.pendingPayloads().first());
    QJsonObject change = base;
    change.insert(u"changeId"_s, newUuid());
    change.insert(u"recordId"_s, newUuid());
    change.insert(u"revision"_s, 1);
    if (edit)
        edit(change);
    return compact(change);
}

} // namespace

TEST_CASE("ledgerd answers health", "[server]")
{
    LedgerdProcess server;
    const HttpReply reply = server.get(u"/v1/health"_s);
    CHECK(reply.status == 200);
    CHECK(reply.json.value(u"status"_s).toString() == u"ok"_s);
    CHECK(reply.json.value(u"protocol"_s).toInt() == 1);
    CHECK(reply.json.value(u"database"_s).toString() ==
          (server.isPostgres() ? u"postgresql"_s : u"sqlite"_s));
    CHECK(reply.header("Content-Type") == "application/json");
}

TEST_CASE("a field day is accepted once, and resending it answers duplicate at the same seq",
          "[server]")
{
    LedgerdProcess server;
    Device device;
    device.enrol(server);
    device.recordFieldDay();
    const QList<QByteArray> payloads = device.pendingPayloads();
    REQUIRE(payloads.size() >= 4);

    const QJsonArray first = results(device.push(server, payloads));
    REQUIRE(first.size() == payloads.size());
    QList<qint64> seqs;
    for (qsizetype i = 0; i < first.size(); ++i) {
        const QJsonObject r = first[i].toObject();
        INFO(QJsonDocument(r).toJson().toStdString());
        CHECK(r.value(u"status"_s).toString() == u"accepted"_s);
        CHECK(r.value(u"changeId"_s).toString() ==
              parseObject(payloads[i])[u"changeId"_s].toString());
        seqs << qint64(r.value(u"seq"_s).toDouble());
    }
    for (qsizetype i = 0; i < seqs.size(); ++i)
        CHECK(seqs[i] == i + 1);

    const QJsonArray again = results(device.push(server, payloads));
    REQUIRE(again.size() == payloads.size());
    for (qsizetype i = 0; i < again.size(); ++i) {
        CHECK(again[i][u"status"_s].toString() == u"duplicate"_s);
        CHECK(qint64(again[i][u"seq"_s].toDouble()) == seqs[i]);
    }

    SECTION("an edit after acknowledgement is the next revision")
    {
        REQUIRE(device.store()
                    .acknowledge([&] {
                        QStringList ids;
                        for (const auto &p : payloads)
                            ids << parseObject(p)[u"changeId"_s].toString();
                        return ids;
                    }())
                    .ok());
        const QString patrolId = parseObject(payloads.first())[u"recordId"_s].toString();
        auto current = device.store().record(patrolId);
        REQUIRE(current.ok());
        QJsonObject body = current->body;
        body.insert(u"status"_s, u"finished"_s);
        body.insert(u"endMs"_s, QDateTime::currentMSecsSinceEpoch() - 60'000);
        auto edited = device.store().updateRecord(patrolId, current->meta.revision, body, kAuthor);
        INFO((edited ? QString() : edited.error().toString()).toStdString());
        REQUIRE(edited.ok());
        const QJsonObject r = onlyResult(device.push(server, device.pendingPayloads()));
        CHECK(r[u"status"_s].toString() == u"accepted"_s);
        CHECK(qint64(r[u"seq"_s].toDouble()) == seqs.size() + 1);
    }
}

TEST_CASE("ledgerd refuses changes with the code the protocol names", "[server]")
{
    LedgerdProcess server;
    Device device;
    device.enrol(server);
    device.recordFieldDay();
    const QList<QByteArray> payloads = device.pendingPayloads();
    REQUIRE(results(device.push(server, payloads)).size() == payloads.size());

    SECTION("same changeId, different bytes: change-id-conflict")
    {
        QJsonObject change = parseObject(payloads.last());
        change.insert(u"author"_s, u"王芳"_s);
        const QJsonObject r = onlyResult(device.push(server, {compact(change)}));
        CHECK(r[u"status"_s].toString() == u"refused"_s);
        CHECK(code(r) == u"change-id-conflict"_s);
    }
    SECTION("a payload changed after signing: bad-signature")
    {
        const QByteArray fresh = handMadePut(device);
        QJsonObject request = device.pushRequest({fresh});
        QJsonArray changes = request[u"changes"_s].toArray();
        QJsonObject signedChange = changes[0].toObject();
        signedChange.insert(u"payload"_s, QString::fromUtf8(fresh).replace(u"李明"_s, u"李朋"_s));
        changes[0] = signedChange;
        request.insert(u"changes"_s, changes);
        const QJsonObject r = onlyResult(server.push(request, device.token()));
        CHECK(code(r) == u"bad-signature"_s);
        CHECK(r[u"changeId"_s].toString() == parseObject(fresh)[u"changeId"_s].toString());
    }
    SECTION("a signature that is not base64: bad-signature")
    {
        QJsonObject request = device.pushRequest({handMadePut(device)});
        QJsonArray changes = request[u"changes"_s].toArray();
        QJsonObject c = changes[0].toObject();
        c.insert(u"signature"_s, u"not base64!"_s);
        changes[0] = c;
        request.insert(u"changes"_s, changes);
        CHECK(code(onlyResult(server.push(request, device.token()))) == u"bad-signature"_s);
    }
    SECTION("another device's change: device-mismatch")
    {
        Device other;
        other.enrol(server, u"other"_s);
        const QByteArray foreign = handMadePut(device);
        const QJsonObject r = onlyResult(other.push(server, {foreign}));
        CHECK(code(r) == u"device-mismatch"_s);
    }
    SECTION("signed with another key than the enrolled one: bad-signature")
    {
        device.useNewKey();
        CHECK(code(onlyResult(device.push(server, {handMadePut(device)}))) == u"bad-signature"_s);
    }
    SECTION("a body that breaks the domain rules: invalid-record")
    {
        const QByteArray bad = handMadePut(device, [](QJsonObject &c) {
            c.insert(u"body"_s, QJsonObject{{u"waterBody"_s, 42}});
        });
        const QJsonObject r = onlyResult(device.push(server, {bad}));
        CHECK(code(r) == u"invalid-record"_s);
        CHECK_FALSE(r[u"reason"_s].toString().isEmpty());
    }
    SECTION("an unknown kind: unknown-kind")
    {
        const QByteArray bad =
            handMadePut(device, [](QJsonObject &c) { c.insert(u"kind"_s, u"spaceship"_s); });
        CHECK(code(onlyResult(device.push(server, {bad}))) == u"unknown-kind"_s);
    }
    SECTION("a revision that skips one: revision-gap")
    {
        const QByteArray bad =
            handMadePut(device, [](QJsonObject &c) { c.insert(u"revision"_s, 3); });
        CHECK(code(onlyResult(device.push(server, {bad}))) == u"revision-gap"_s);
        QJsonObject again = parseObject(payloads.first()); // revision 1 of a known record
        again.insert(u"changeId"_s, newUuid());
        CHECK(code(onlyResult(device.push(server, {compact(again)}))) == u"revision-gap"_s);
    }
    SECTION("a delete or track of a record the ledger lacks: not-found")
    {
        QJsonObject del = parseObject(handMadePut(device));
        del.insert(u"op"_s, u"delete"_s);
        del.remove(u"body"_s);
        CHECK(code(onlyResult(device.push(server, {compact(del)}))) == u"not-found"_s);
        QJsonObject track;
        for (const auto &p : payloads) {
            if (parseObject(p)[u"op"_s].toString() == u"track"_s)
                track = parseObject(p);
        }
        REQUIRE_FALSE(track.isEmpty());
        track.insert(u"changeId"_s, newUuid());
        track.insert(u"recordId"_s, newUuid());
        CHECK(code(onlyResult(device.push(server, {compact(track)}))) == u"not-found"_s);
    }
    SECTION("a payload that is not a change: malformed-change")
    {
        for (const QByteArray &bad :
             {QByteArray("not json"), QByteArray("[1,2]"),
              QByteArray(R"({"changeId":"x'; DROP TABLE records;--"})"),
              handMadePut(device, [](QJsonObject &c) { c.insert(u"op"_s, u"merge"_s); })}) {
            INFO(bad.toStdString());
            CHECK(code(onlyResult(device.push(server, {bad}))) == u"malformed-change"_s);
        }
    }
    SECTION("a refused change does not undo the accepted ones around it")
    {
        const QByteArray good1 = handMadePut(device);
        const QByteArray bad =
            handMadePut(device, [](QJsonObject &c) { c.insert(u"revision"_s, 7); });
        const QByteArray good2 = handMadePut(device);
        const QJsonArray all = results(device.push(server, {good1, bad, good2}));
        REQUIRE(all.size() == 3);
        CHECK(all[0][u"status"_s].toString() == u"accepted"_s);
        CHECK(all[1][u"status"_s].toString() == u"refused"_s);
        CHECK(all[2][u"status"_s].toString() == u"accepted"_s);
        CHECK(all[2][u"seq"_s].toInt() == all[0][u"seq"_s].toInt() + 1);
    }
    CHECK(server.healthy());
    server.stop();
    const VerifyRun verify = runVerify(server.db());
    INFO(verify.output.toStdString());
    CHECK(verify.exitCode == 0);
}
