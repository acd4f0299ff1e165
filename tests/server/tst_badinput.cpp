// Bad input over HTTP: every error answers with its status and a JSON error, the server keeps
// serving, SQL metacharacters are stored verbatim, and generated garbage never causes a 5xx.

#include "ledgerdharness.h"

#include "ledger/sql/connection.h"

#include <QJsonDocument>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using namespace fl;
using namespace fl::test;

namespace {

void requireError(const HttpReply &reply, int status, const QString &code,
                  const QString &field = {})
{
    INFO(reply.body.toStdString());
    CHECK(reply.status == status);
    CHECK(reply.errorCode() == code);
    CHECK_FALSE(reply.json[u"error"_s][u"message"_s].toString().isEmpty());
    if (!field.isEmpty())
        CHECK(reply.json[u"error"_s][u"field"_s].toString() == field);
}

const QString kEvil = u"x'); DROP TABLE ledger_entries; -- \" OR 1=1; \\ %_ 汉字"_s;

} // namespace

TEST_CASE("bad requests get their status and a JSON error, and the server keeps serving",
          "[server]")
{
    LedgerdProcess server;
    Device device;
    device.enrol(server);
    const QString token = device.token();
    const auto push = [&](const QByteArray &body) {
        return server.post(u"/v1/push"_s, body, "1", token);
    };

    requireError(push("{\"changes\": "), 400, u"malformed-json"_s);
    requireError(push("[1, 2, 3]"), 400, u"malformed-json"_s);
    requireError(push(""), 400, u"malformed-json"_s);
    requireError(push(R"({"changes": "all of them"})"), 400, u"invalid-request"_s, u"changes"_s);
    requireError(push(R"({"changes": [{"payload": 1, "signature": ""}]})"), 400,
                 u"invalid-request"_s, u"changes[0].payload"_s);
    requireError(push(R"({"changes": [{"payload": "{}"}]})"), 400, u"invalid-request"_s,
                 u"changes[0].signature"_s);
    requireError(push(R"({"changes": ["text"]})"), 400, u"invalid-request"_s, u"changes[0]"_s);

    const QByteArray emptyBody = R"({"changes": []})";
    requireError(server.post(u"/v1/push"_s, emptyBody, QByteArray(), token), 426,
                 u"unsupported-protocol"_s);
    requireError(server.post(u"/v1/push"_s, emptyBody, "2", token), 426, u"unsupported-protocol"_s);
    requireError(server.post(u"/v1/push"_s, emptyBody, "one", token), 426,
                 u"unsupported-protocol"_s);
    requireError(server.post(u"/v1/push"_s, emptyBody), 401, u"unauthenticated"_s);
    requireError(server.post(u"/v1/push"_s, emptyBody, "1", u"fl1_forged"_s), 401,
                 u"unauthenticated"_s);
    CHECK(push(emptyBody).status == 200);

    requireError(server.get(u"/v1/nothing"_s), 404, u"not-found"_s);
    requireError(server.get(u"/../etc/passwd"_s), 404, u"not-found"_s);
    requireError(server.get(u"/v1/push"_s), 405, u"method-not-allowed"_s);
    CHECK(server.get(u"/v1/push"_s).header("Allow") == "POST");
    requireError(server.send("DELETE", u"/v1/health"_s, {}, "1"), 405, u"method-not-allowed"_s);

    QJsonArray tooMany;
    for (int i = 0; i < 501; ++i)
        tooMany.append(QJsonObject{{u"payload"_s, u"{}"_s}, {u"signature"_s, u""_s}});
    requireError(server.push(QJsonObject{{u"changes"_s, tooMany}}, token), 413, u"too-large"_s,
                 u"changes"_s);

    QByteArray huge = "{\"changes\": \"";
    huge += QByteArray(16 * 1024 * 1024 + 10, 'a');
    huge += "\"}";
    requireError(push(huge), 413, u"too-large"_s);

    // Blob names are checked before anything touches storage.
    for (const QString &path : {u"/v1/blobs/..%2F..%2Fetc%2Fpasswd?offset=0&size=1"_s,
                                u"/v1/blobs/ABCDEF?offset=0&size=1"_s,
                                u"/v1/blobs/%1?offset=0&size=1"_s.arg(QString(64, u'G'))}) {
        requireError(server.send("PUT", path, "x", "1", token), 400, u"invalid-request"_s);
    }
    const QString sha(64, u'a');
    requireError(server.send("PUT", u"/v1/blobs/%1?size=1"_s.arg(sha), "x", "1", token), 400,
                 u"invalid-request"_s, u"offset"_s);
    requireError(server.send("PUT", u"/v1/blobs/%1?offset=0&size=-5"_s.arg(sha), "x", "1", token),
                 400, u"invalid-request"_s, u"size"_s);
    requireError(server.send("PUT", u"/v1/blobs/%1?offset=0&size=1"_s.arg(sha), "xyz", "1", token),
                 400, u"invalid-request"_s);
    requireError(server.post(u"/v1/blobs/missing"_s, R"({"blobs": [{"sha256": "x", "size": 1}]})",
                             "1", token),
                 400, u"invalid-request"_s, u"blobs[0].sha256"_s);
    requireError(server.get(u"/v1/pull?after=-1"_s, true, token), 400, u"invalid-request"_s,
                 u"after"_s);
    requireError(server.get(u"/v1/pull?limit=100000"_s, true, token), 400, u"invalid-request"_s,
                 u"limit"_s);
    requireError(server.post(u"/v1/enrol"_s, R"({"code": "X", "deviceId": "d"})"), 400,
                 u"invalid-request"_s, u"publicKey"_s);

    CHECK(server.healthy());
}

TEST_CASE("SQL metacharacters in every string field are stored verbatim", "[server]")
{
    LedgerdProcess server;
    Device device;
    device.enrol(server, u"evil"_s, u"office"_s, u"650000"_s, kEvil);
    device.recordFieldDay();
    QJsonObject change = parseObject(device.pendingPayloads().first());
    change.insert(u"deviceId"_s, kEvil);
    change.insert(u"author"_s, kEvil);
    QJsonObject body = change[u"body"_s].toObject();
    for (const QString &field : {u"waterBody"_s, u"segment"_s, u"chiefName"_s, u"serial"_s})
        body.insert(field, kEvil + field);
    change.insert(u"body"_s, body);
    const QByteArray payload = compact(change);

    const HttpReply reply = device.push(server, {payload});
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 200);
    const QJsonObject result = reply.json[u"results"_s][0].toObject();
    INFO(QJsonDocument(result).toJson().toStdString());
    REQUIRE(result[u"status"_s].toString() == u"accepted"_s);

    // Metacharacters in the UUID fields are refused as malformed, never interpreted.
    QJsonObject evilIds = change;
    evilIds.insert(u"changeId"_s, kEvil);
    evilIds.insert(u"recordId"_s, kEvil);
    const HttpReply refused = device.push(server, {compact(evilIds)});
    CHECK(refused.json[u"results"_s][0][u"code"_s].toString() == u"malformed-change"_s);

    server.stop();
    auto db = ledger::sql::openConnection(server.db(), false);
    REQUIRE(db.ok());
    auto entry = (*db)->query("SELECT device_id, payload FROM ledger_entries WHERE seq = 1");
    REQUIRE(entry.ok());
    REQUIRE(entry->size() == 1);
    CHECK(entry->first().text(0) == kEvil);
    CHECK(entry->first().blob(1) == payload);
    auto record = (*db)->query("SELECT body, device_id FROM records");
    REQUIRE(record.ok());
    REQUIRE(record->size() == 1);
    const QJsonObject stored = parseObject(record->first().text(0).toUtf8());
    CHECK(stored[u"waterBody"_s].toString() == kEvil + u"waterBody"_s);
    CHECK(stored[u"serial"_s].toString() == kEvil + u"serial"_s);
    CHECK(record->first().text(1) == kEvil);
    auto devices = (*db)->query("SELECT count(*) FROM devices WHERE device_id = ?1", {kEvil});
    REQUIRE(devices.ok());
    CHECK(devices->first().int64(0) == 1);
    CHECK(runVerify(server.db()).exitCode == 0);
}

TEST_CASE("generated garbage never makes ledgerd answer 5xx or stop", "[server][fuzz]")
{
    LedgerdProcess server;
    Device device;
    device.enrol(server);
    device.recordFieldDay();
    const QJsonObject valid = device.pushRequest(device.pendingPayloads());
    const QByteArray validBytes = QJsonDocument(valid).toJson(QJsonDocument::Compact);
    QRandomGenerator random(20261123);
    const auto randomBytes = [&](int size) {
        QByteArray bytes(size, Qt::Uninitialized);
        for (auto &b : bytes)
            b = char(random.bounded(256));
        return bytes;
    };
    const auto randomValue = [&]() -> QJsonValue {
        switch (random.bounded(6)) {
        case 0:
            return QJsonValue();
        case 1:
            return random.bounded(2) == 1;
        case 2:
            return random.generateDouble() * 1e12 - 5e11;
        case 3:
            return QString::fromLatin1(randomBytes(random.bounded(40)).toBase64());
        case 4:
            return QJsonArray{1, u"x"_s};
        default:
            return QJsonObject{{u"a"_s, 1}};
        }
    };
    for (int i = 0; i < 300; ++i) {
        QByteArray body;
        switch (i % 6) {
        case 0:
            body = randomBytes(random.bounded(2000));
            break;
        case 1:
            body = validBytes.left(random.bounded(int(validBytes.size())));
            break;
        case 2: {
            const int depth = 1 + random.bounded(5000);
            body = QByteArray(depth, random.bounded(2) ? '[' : '{');
            break;
        }
        case 3: {
            QJsonObject mutated = valid;
            const QStringList keys{u"changes"_s, u"other"_s};
            mutated.insert(keys[random.bounded(2)], randomValue());
            body = QJsonDocument(mutated).toJson();
            break;
        }
        case 4: {
            // A well-formed envelope around a mangled payload, validly signed.
            QByteArray payload = device.pendingPayloads().value(
                random.bounded(int(device.pendingPayloads().size())));
            for (int flips = 0; flips < 1 + random.bounded(4); ++flips)
                payload[random.bounded(int(payload.size()))] = char(random.bounded(32, 127));
            body = QJsonDocument(device.pushRequest({payload})).toJson();
            break;
        }
        default: {
            QByteArray bytes = validBytes;
            for (int flips = 0; flips < 1 + random.bounded(8); ++flips)
                bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
            body = bytes;
            break;
        }
        }
        const HttpReply reply = server.post(u"/v1/push"_s, body, "1", device.token());
        INFO("case " << i << ": " << body.left(200).toStdString() << " -> " << reply.status << " "
                     << reply.body.left(300).toStdString());
        REQUIRE(reply.status >= 200);
        REQUIRE(reply.status < 500);
        if (reply.status >= 400)
            REQUIRE_FALSE(reply.errorCode().isEmpty());
        else
            REQUIRE(reply.json[u"results"_s].isArray());
    }
    CHECK(server.healthy());
    server.stop();
    CHECK(runVerify(server.db()).exitCode == 0);
}
