// Who may do what, against a real ledgerd: one-time enrolment codes, device tokens that expire,
// are renewed and are revoked, secrets kept only as hashes, the office's `user add` and
// `enrol-code`, and the role and division scope of a push.

#include "ledgerdharness.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace fl;
using namespace fl::test;

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

void requireError(const HttpReply &reply, int status, const QString &code)
{
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == status);
    REQUIRE(reply.errorCode() == code);
    CHECK_FALSE(reply.json[u"error"_s][u"message"_s].toString().isEmpty());
}

bool isEnrolmentCode(const QString &code)
{
    // 12 characters of Crockford base32 (no I, L, O, U) in groups of four.
    static const QRegularExpression pattern(
        u"^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$"_s);
    return pattern.match(code).hasMatch();
}

const QByteArray kNoChanges = R"({"changes": []})";

HttpReply pushNothing(LedgerdProcess &server, const QString &token)
{
    return server.post(u"/v1/push"_s, kNoChanges, "1", token);
}

QString sha256Hex(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// The push results by the kind of each change's record.
QHash<QString, QJsonObject> resultsByKind(const HttpReply &reply, const QList<QByteArray> &payloads)
{
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 200);
    const QJsonArray results = reply.json[u"results"_s].toArray();
    REQUIRE(results.size() == payloads.size());
    QHash<QString, QJsonObject> byKind;
    for (qsizetype i = 0; i < payloads.size(); ++i) {
        const QJsonObject change = parseObject(payloads[i]);
        const QString key =
            change[u"op"_s].toString() == u"track"_s ? u"track"_s : change[u"kind"_s].toString();
        REQUIRE_FALSE(byKind.contains(key)); // one change of each in a field day
        byKind.insert(key, results[i].toObject());
    }
    return byKind;
}

// A put of a new record made from `payload` (a put), with its body edited.
QByteArray newRecordFrom(const QByteArray &payload, const QString &divisionCode)
{
    QJsonObject change = parseObject(payload);
    change.insert(u"changeId"_s, newUuid());
    change.insert(u"recordId"_s, newUuid());
    change.insert(u"revision"_s, 1);
    QJsonObject body = change[u"body"_s].toObject();
    body.insert(u"divisionCode"_s, divisionCode);
    change.insert(u"body"_s, body);
    return compact(change);
}

QByteArray payloadOfKind(const QList<QByteArray> &payloads, const QString &kind)
{
    for (const QByteArray &p : payloads) {
        const QJsonObject change = parseObject(p);
        if (change[u"kind"_s].toString() == kind && change[u"op"_s].toString() == u"put"_s)
            return p;
    }
    FAIL("no put of a " << kind.toStdString());
    return {};
}

QString status(const QJsonObject &result)
{
    return result[u"status"_s].toString();
}

} // namespace

TEST_CASE("an enrolment code enrols one device, and a lost answer may be asked for again",
          "[server][access]")
{
    LedgerdProcess server;
    const QString code = server.enrolmentCode(u"liming"_s, u"river-chief"_s, u"650102"_s);
    INFO(code.toStdString());
    CHECK(isEnrolmentCode(code));

    Device phone;
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const HttpReply first = phone.enrolWith(server, code);
    INFO(first.body.toStdString());
    REQUIRE(first.status == 200);
    const QString firstToken = phone.token();
    CHECK(firstToken.startsWith(u"fl1_"_s));
    CHECK(first.json[u"deviceId"_s].toString() == phone.id());
    const QJsonObject user = first.json[u"user"_s].toObject();
    CHECK(user[u"name"_s].toString() == u"liming"_s);
    CHECK(user[u"role"_s].toString() == u"river-chief"_s);
    CHECK(user[u"divisions"_s].toArray() == QJsonArray{u"650102"_s});
    const qint64 expires = qint64(first.json[u"expiresAtMs"_s].toDouble());
    CHECK(expires >= before + 30 * kDayMs - 60'000);
    CHECK(expires <= QDateTime::currentMSecsSinceEpoch() + 30 * kDayMs + 60'000);
    CHECK(pushNothing(server, firstToken).status == 200);

    SECTION("the same device with the same code and key is answered again")
    {
        const HttpReply again = phone.enrolWith(server, code);
        INFO(again.body.toStdString());
        REQUIRE(again.status == 200);
        CHECK(phone.token().startsWith(u"fl1_"_s));
        CHECK(phone.token() != firstToken);
        CHECK(again.json[u"user"_s][u"name"_s].toString() == u"liming"_s);
        CHECK(pushNothing(server, phone.token()).status == 200);
    }
    SECTION("another device with the used code: enrolment-code-used")
    {
        Device other;
        requireError(other.enrolWith(server, code), 403, u"enrolment-code-used"_s);
        CHECK(other.token().isEmpty());
        // Typing it differently does not help either.
        requireError(other.enrolWith(server, code.toLower()), 403, u"enrolment-code-used"_s);
    }
    SECTION("another key under an enrolled device id: device-key-mismatch")
    {
        Device impostor;
        requireError(impostor.enrolWith(server, server.enrolmentCode(u"liming"_s), phone.id()), 409,
                     u"device-key-mismatch"_s);
        CHECK(pushNothing(server, firstToken).status == 200);
    }
    SECTION("an unknown code: enrolment-code-invalid")
    {
        Device other;
        requireError(other.enrolWith(server, u"ZZZZ-ZZZZ-ZZZZ"_s), 403,
                     u"enrolment-code-invalid"_s);
        // One character changed in a real code is another, unknown code.
        QString typo = server.enrolmentCode(u"liming"_s);
        typo[0] = typo[0] == u'A' ? u'B' : u'A';
        requireError(other.enrolWith(server, typo), 403, u"enrolment-code-invalid"_s);
    }
    SECTION("a code typed in lower case with spaces works")
    {
        const QString fresh = server.enrolmentCode(u"liming"_s);
        QString typed = fresh.toLower();
        typed.replace(u'-', u"  "_s);
        typed = u" "_s + typed + u" "_s;
        Device other;
        const HttpReply reply = other.enrolWith(server, typed);
        INFO(typed.toStdString() << " -> " << reply.body.toStdString());
        REQUIRE(reply.status == 200);
        CHECK(pushNothing(server, other.token()).status == 200);
    }
    SECTION("a code whose time is over: enrolment-code-expired")
    {
        const QString late = server.enrolmentCode(u"liming"_s);
        // Simulated time: the one unused code expired long ago.
        CHECK(execute(server.db(), "UPDATE enrolment_codes SET expires_ms = 1 WHERE used_ms = 0") ==
              1);
        Device other;
        requireError(other.enrolWith(server, late), 403, u"enrolment-code-expired"_s);
        CHECK(queryNumber(server.db(), "SELECT count(*) FROM devices") == 1);
    }
}

TEST_CASE("a used enrolment code does not outlive its time, even for the device that used it",
          "[server][access]")
{
    LedgerdProcess server;
    const QString code = server.enrolmentCode(u"liming"_s, u"river-chief"_s, u"650102"_s);
    Device phone;
    REQUIRE(phone.enrolWith(server, code).status == 200);
    // Weeks later (simulated): the token and the code are both past their time.
    CHECK(execute(server.db(), "UPDATE tokens SET expires_ms = 1") == 1);
    CHECK(execute(server.db(), "UPDATE enrolment_codes SET expires_ms = 1") == 1);
    requireError(pushNothing(server, phone.token()), 401, u"token-expired"_s);
    // token-expired means "enrol again with a new code": the old code must not do instead,
    // or whoever once saw it could keep renewing the device's access.
    requireError(phone.enrolWith(server, code), 403, u"enrolment-code-expired"_s);
    REQUIRE(phone.enrolWith(server, server.enrolmentCode(u"liming"_s)).status == 200);
    CHECK(pushNothing(server, phone.token()).status == 200);
}

TEST_CASE("an expired token is refused token-expired and nothing of its push is applied",
          "[server][access]")
{
    LedgerdProcess server;
    Device device;
    device.enrol(server);
    device.recordFieldDay();
    const QList<QByteArray> payloads = device.pendingPayloads();

    CHECK(execute(server.db(), "UPDATE tokens SET expires_ms = 1") == 1);
    requireError(server.push(device.pushRequest(payloads), device.token()), 401,
                 u"token-expired"_s);
    requireError(server.pull(device.token()), 401, u"token-expired"_s);
    requireError(server.post(u"/v1/blobs/missing"_s, R"({"blobs": []})", "1", device.token()), 401,
                 u"token-expired"_s);
    requireError(server.post(u"/v1/token"_s, {}, "1", device.token()), 401, u"token-expired"_s);
    CHECK(queryNumber(server.db(), "SELECT count(*) FROM ledger_entries") == 0);
    CHECK(queryNumber(server.db(), "SELECT count(*) FROM records") == 0);
    CHECK(queryNumber(server.db(), "SELECT count(*) FROM blobs") == 0);

    // Back from the field: a new code, the same key, and everything goes through.
    const HttpReply again = device.enrolWith(server, server.enrolmentCode(u"office"_s));
    INFO(again.body.toStdString());
    REQUIRE(again.status == 200);
    const HttpReply pushed = device.push(server, payloads);
    INFO(pushed.body.toStdString());
    REQUIRE(pushed.status == 200);
    for (const auto &r : pushed.json[u"results"_s].toArray())
        CHECK(r[u"status"_s].toString() == u"accepted"_s);
    CHECK(queryNumber(server.db(), "SELECT count(*) FROM ledger_entries") == payloads.size());
}

TEST_CASE("a revoked device is refused and cannot enrol again, and what it pushed stays",
          "[server][access]")
{
    LedgerdProcess server;
    Device device;
    device.enrol(server);
    device.recordFieldDay();
    const QList<QByteArray> payloads = device.pendingPayloads();
    const HttpReply pushed = device.push(server, payloads);
    REQUIRE(pushed.status == 200);
    for (const auto &r : pushed.json[u"results"_s].toArray())
        REQUIRE(r[u"status"_s].toString() == u"accepted"_s);
    const QString token = device.token();

    Device bystander;
    bystander.enrol(server, u"bystander"_s);

    const ProgramRun revoke = server.office({u"device"_s, u"revoke"_s, device.id()});
    INFO(revoke.out.toStdString() << revoke.err.toStdString());
    REQUIRE(revoke.exitCode == 0);
    CHECK(revoke.out.contains(u"revoked"_s));
    CHECK(revoke.out.contains(device.id()));

    auto complaint = device.store().createRecord(
        RecordKind::ComplaintCase,
        samples::complaint(QDateTime::currentMSecsSinceEpoch() - 60'000).toJson(), kAuthor);
    REQUIRE(complaint.ok());
    const QByteArray fresh = device.pendingPayloads().last();
    REQUIRE(parseObject(fresh)[u"recordId"_s].toString() == complaint->meta.id);
    requireError(server.push(device.pushRequest({fresh}), token), 401, u"device-revoked"_s);
    requireError(server.push(device.pushRequest(payloads), token), 401, u"device-revoked"_s);
    requireError(server.pull(token), 401, u"device-revoked"_s);
    requireError(server.post(u"/v1/token"_s, {}, "1", token), 401, u"device-revoked"_s);
    requireError(device.enrolWith(server, server.enrolmentCode(u"office"_s)), 401,
                 u"device-revoked"_s);
    CHECK(device.token() == token);
    // Only that device: the others keep working.
    CHECK(pushNothing(server, bystander.token()).status == 200);

    const ProgramRun list = server.office({u"device"_s, u"list"_s});
    REQUIRE(list.exitCode == 0);
    for (const QString &line : list.out.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(device.id()))
            CHECK(line.contains(u"revoked"_s));
        else if (line.startsWith(bystander.id()))
            CHECK_FALSE(line.contains(u"revoked"_s));
    }
    const ProgramRun unknown = server.office({u"device"_s, u"revoke"_s, u"no-such-device"_s});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(u"no-such-device"_s));

    CHECK(queryNumber(server.db(), "SELECT count(*) FROM ledger_entries WHERE device_id = ?1",
                      {device.id()}) == payloads.size());
    server.stop();
    const VerifyRun verify = runVerify(server.db());
    INFO(verify.output.toStdString());
    CHECK(verify.exitCode == 0);
    CHECK(verify.output.startsWith(u"ok: %1 entries"_s.arg(payloads.size())));
}

TEST_CASE("a disabled user's devices are refused, and no new code is issued for them",
          "[server][access][office]")
{
    LedgerdProcess server;
    Device phone, tablet, colleague;
    phone.enrol(server, u"liming"_s, u"river-chief"_s, u"650102"_s);
    tablet.enrol(server, u"liming"_s);
    colleague.enrol(server, u"wangfang"_s, u"river-chief"_s, u"650102"_s);
    phone.recordFieldDay();
    const QList<QByteArray> payloads = phone.pendingPayloads();
    REQUIRE(phone.push(server, payloads).status == 200);
    const qint64 entries = queryNumber(server.db(), "SELECT count(*) FROM ledger_entries");
    REQUIRE(entries >= 3);

    const ProgramRun disable = server.office({u"user"_s, u"disable"_s, u"liming"_s});
    INFO(disable.out.toStdString() << disable.err.toStdString());
    REQUIRE(disable.exitCode == 0);
    CHECK(disable.out.contains(u"liming"_s));
    for (Device *device : {&phone, &tablet}) {
        requireError(pushNothing(server, device->token()), 401, u"device-revoked"_s);
        requireError(server.pull(device->token()), 401, u"device-revoked"_s);
        requireError(server.post(u"/v1/token"_s, {}, "1", device->token()), 401,
                     u"device-revoked"_s);
    }
    CHECK(pushNothing(server, colleague.token()).status == 200);

    const ProgramRun code = server.office({u"enrol-code"_s, u"--user"_s, u"liming"_s});
    CHECK(code.exitCode == 1);
    CHECK(code.err.contains(u"disabled"_s));
    const ProgramRun unknown = server.office({u"user"_s, u"disable"_s, u"nobody"_s});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(u"nobody"_s));
    const ProgramRun list = server.office({u"user"_s, u"list"_s});
    for (const QString &line : list.out.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u"liming\t"_s))
            CHECK(line.endsWith(u"\tdisabled"_s));
        else
            CHECK_FALSE(line.contains(u"disabled"_s));
    }

    CHECK(queryNumber(server.db(), "SELECT count(*) FROM ledger_entries") == entries);
    server.stop();
    const VerifyRun verify = runVerify(server.db());
    INFO(verify.output.toStdString());
    CHECK(verify.exitCode == 0);
}

TEST_CASE("POST /v1/token renews the token and the old one ends an hour later", "[server][access]")
{
    LedgerdProcess server;
    Device device;
    device.enrol(server);
    const QString old = device.token();

    const HttpReply renewed = server.post(u"/v1/token"_s, {}, "1", old);
    INFO(renewed.body.toStdString());
    REQUIRE(renewed.status == 200);
    const QString fresh = renewed.json[u"token"_s].toString();
    CHECK(fresh.startsWith(u"fl1_"_s));
    CHECK(fresh != old);
    CHECK(renewed.json[u"deviceId"_s].toString() == device.id());
    CHECK(renewed.json[u"user"_s][u"name"_s].toString() == u"office"_s);
    CHECK(renewed.json[u"user"_s][u"role"_s].toString() == u"office"_s);
    CHECK(qint64(renewed.json[u"expiresAtMs"_s].toDouble()) >
          QDateTime::currentMSecsSinceEpoch() + 29 * kDayMs);

    // The old token still works for an hour, in case the renewal's answer was lost.
    CHECK(pushNothing(server, old).status == 200);
    CHECK(queryNumber(server.db(), "SELECT max(expires_ms) FROM tokens WHERE expires_ms < ?1",
                      {QDateTime::currentMSecsSinceEpoch() + 2 * 3600 * 1000}) > 0);
    execute(server.db(), "UPDATE tokens SET expires_ms = 1 WHERE expires_ms < ?1",
            {QDateTime::currentMSecsSinceEpoch() + 2 * 3600 * 1000}); // the hour has passed
    requireError(pushNothing(server, old), 401, u"token-expired"_s);
    CHECK(pushNothing(server, fresh).status == 200);
    CHECK(server.pull(fresh).status == 200);
    requireError(server.post(u"/v1/token"_s, {}), 401, u"unauthenticated"_s);
}

TEST_CASE("tokens and enrolment codes are stored only as SHA-256 hashes", "[server][access]")
{
    LedgerdProcess server;
    Device device;
    const QString usedCode = server.enrolmentCode(u"liming"_s, u"river-chief"_s, u"650102"_s);
    REQUIRE(device.enrolWith(server, usedCode).status == 200);
    const QString first = device.token();
    const HttpReply renewed = server.post(u"/v1/token"_s, {}, "1", first);
    REQUIRE(renewed.status == 200);
    const QString second = renewed.json[u"token"_s].toString();
    const QString unusedCode = server.enrolmentCode(u"liming"_s);

    QStringList secrets;
    for (const QString &token : {first, second})
        secrets << token << token.mid(4);
    for (const QString &code : {usedCode, unusedCode})
        secrets << code << QString(code).remove(u'-') << code.toLower()
                << QString(code).remove(u'-').toLower();

    auto connection = ledger::sql::openConnection(server.db(), false);
    REQUIRE(connection.ok());
    QStringList leaks;
    int cells = 0;
    for (const char *table : {"users", "devices", "enrolment_codes", "tokens", "ledger_entries",
                              "records", "record_versions", "conflicts", "ledger_head"}) {
        const QByteArray sql = "SELECT * FROM " + QByteArray(table);
        auto rows = (*connection)->query(sql.constData());
        INFO(table);
        REQUIRE(rows.ok());
        for (const auto &row : std::as_const(*rows)) {
            for (int column = 0; column < row.size(); ++column) {
                ++cells;
                const QString text = row.text(column);
                const QByteArray hex = row.blob(column).toHex();
                for (const QString &secret : std::as_const(secrets)) {
                    if (text.contains(secret, Qt::CaseInsensitive) ||
                        hex.contains(secret.toLatin1().toHex()))
                        leaks << u"%1 column %2 holds %3"_s.arg(QLatin1String(table))
                                     .arg(column)
                                     .arg(secret);
                }
            }
        }
    }
    INFO(leaks.join(u"; "_s).toStdString());
    CHECK(leaks.isEmpty());
    CHECK(cells > 20);
    // What is kept instead: the hashes.
    for (const QString &token : {first, second})
        CHECK(queryNumber(server.db(), "SELECT count(*) FROM tokens WHERE token_hash = ?1",
                          {sha256Hex(token)}) == 1);
    for (const QString &code : {usedCode, unusedCode})
        CHECK(queryNumber(server.db(),
                          "SELECT count(*) FROM enrolment_codes WHERE code_hash = ?1"
                          " OR code_hash = ?2",
                          {sha256Hex(code), sha256Hex(QString(code).remove(u'-'))}) == 1);
}

TEST_CASE("ledgerd user add refuses bad roles, bad division codes and duplicate names",
          "[server][access][office]")
{
    LedgerdProcess server;
    const auto add = [&](const QString &name, const QString &role, const QString &divisions) {
        return server.office({u"user"_s, u"add"_s, u"--name"_s, name, u"--role"_s, role,
                              u"--divisions"_s, divisions});
    };
    const auto refused = [](const ProgramRun &run, const QString &says) {
        INFO(run.out.toStdString() << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.startsWith(u"ledgerd: "_s));
        CHECK(run.err.contains(says));
        CHECK(run.out.isEmpty());
    };

    const ProgramRun ok = add(u"liming"_s, u"river-chief"_s, u"650102, 652801"_s);
    INFO(ok.err.toStdString());
    REQUIRE(ok.exitCode == 0);
    CHECK(ok.out.contains(u"liming"_s));

    refused(add(u"wangfang"_s, u"chief"_s, u"650102"_s), u"--role must be one of"_s);
    refused(add(u"wangfang"_s, u"River-Chief"_s, u"650102"_s), u"river-chief"_s);
    for (const QString &bad : {u"65010"_s, u"6501020"_s, u"65O102"_s, u"065010"_s, u"650102,abc"_s,
                               u"650102;652801"_s}) {
        INFO(bad.toStdString());
        refused(add(u"wangfang"_s, u"inspector"_s, bad), u"is not a GB/T 2260 division code"_s);
    }
    refused(add(u"wangfang"_s, u"inspector"_s, u","_s), u"at least one division code"_s);
    refused(add(u"wang fang"_s, u"inspector"_s, u"650109"_s), u"user name"_s);
    refused(add(u"liming"_s, u"office"_s, u"650000"_s), u"a user named liming already exists"_s);

    const ProgramRun code = server.office({u"enrol-code"_s, u"--user"_s, u"nobody"_s});
    CHECK(code.exitCode == 1);
    CHECK(code.err.contains(u"nobody"_s));

    const ProgramRun list = server.office({u"user"_s, u"list"_s});
    REQUIRE(list.exitCode == 0);
    const QStringList lines = list.out.split(u'\n', Qt::SkipEmptyParts);
    INFO(list.out.toStdString());
    REQUIRE(lines.size() == 1);
    CHECK(lines.first().startsWith(u"liming\t"_s));
    CHECK(lines.first().contains(u"\triver-chief\t650102,652801"_s));
}

TEST_CASE("ledgerd enrol-code prints the code, the QR text and drawing, and writes an SVG",
          "[server][access][office]")
{
    LedgerdProcess server;
    REQUIRE(server
                .office({u"user"_s, u"add"_s, u"--name"_s, u"liming"_s, u"--role"_s,
                         u"river-chief"_s, u"--divisions"_s, u"650102"_s})
                .exitCode == 0);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString svgPath = dir.filePath(u"enrol.svg"_s);
    const QString url = u"http://192.0.2.7:8443/ledger"_s;
    const ProgramRun run = server.office(
        {u"enrol-code"_s, u"--user"_s, u"liming"_s, u"--server"_s, url, u"--svg"_s, svgPath});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);

    const QStringList lines = run.out.split(u'\n');
    const QString code = lines.first();
    CHECK(isEnrolmentCode(code));
    qsizetype at = 1;
    while (at < lines.size() && !lines[at].startsWith(u"fieldledger://"_s))
        ++at;
    REQUIRE(at < lines.size());
    const QString qrText = lines[at];
    CHECK(qrText.startsWith(u"fieldledger://enrol?"_s));
    CHECK(qrText.contains(u"server=http%3A%2F%2F192.0.2.7%3A8443%2Fledger"_s));
    const QUrl qr(qrText);
    REQUIRE(qr.isValid());
    const QUrlQuery query(qr);
    CHECK(query.queryItemValue(u"server"_s, QUrl::FullyDecoded) == url);
    CHECK(query.queryItemValue(u"code"_s, QUrl::FullyDecoded) == code);

    // The drawing: equally long lines of half blocks, two rows of modules a line.
    QStringList drawing;
    for (qsizetype i = at + 1; i < lines.size(); ++i) {
        static const QRegularExpression blocks(u"^[ █▀▄]+$"_s);
        if (!blocks.match(lines[i]).hasMatch())
            break;
        drawing << lines[i];
    }
    REQUIRE(drawing.size() >= 10);
    const qsizetype width = drawing.first().size();
    for (const QString &line : std::as_const(drawing))
        CHECK(line.size() == width);
    CHECK(drawing.size() == (width + 1) / 2);
    CHECK(drawing.first() == QString(width, u'█')); // the quiet zone
    CHECK(run.out.contains(u"QR code written to "_s + svgPath));

    QFile svg(svgPath);
    REQUIRE(svg.open(QIODevice::ReadOnly));
    const QByteArray image = svg.readAll();
    CHECK(image.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    CHECK(image.contains("viewBox=\"0 0 " + QByteArray::number(width) + ' ' +
                         QByteArray::number(width) + '"'));
    CHECK(image.trimmed().endsWith("</svg>"));
    CHECK(image.count("h1v1h-1z") > 100); // dark modules

    // The printed code is the one the QR text carries, and it works.
    Device device;
    const HttpReply enrolled =
        device.enrolWith(server, query.queryItemValue(u"code"_s, QUrl::FullyDecoded));
    INFO(enrolled.body.toStdString());
    CHECK(enrolled.status == 200);
}

TEST_CASE("a user's role and divisions decide what it may push", "[server][access][scope]")
{
    LedgerdProcess server;
    Device chief;
    chief.enrol(server, u"chief"_s, u"river-chief"_s, u"650102"_s);
    chief.recordFieldDay(); // a patrol of 650102 with its track and photo, an inspection of 650109
    const QList<QByteArray> payloads = chief.pendingPayloads();
    const QHash<QString, QJsonObject> results =
        resultsByKind(chief.push(server, payloads), payloads);
    CHECK(status(results[u"patrol"_s]) == u"accepted"_s);
    CHECK(status(results[u"track"_s]) == u"accepted"_s);
    CHECK(status(results[u"evidence"_s]) == u"accepted"_s);
    const QJsonObject inspection = results[u"inspection"_s];
    CHECK(status(inspection) == u"refused"_s);
    CHECK(inspection[u"code"_s].toString() == u"out-of-scope"_s);
    CHECK_FALSE(inspection[u"reason"_s].toString().isEmpty());

    const QByteArray patrol = payloadOfKind(payloads, u"patrol"_s);
    SECTION("a patrol of another division is out of scope")
    {
        const HttpReply reply = chief.push(server, {newRecordFrom(patrol, u"652827"_s)});
        INFO(reply.body.toStdString());
        REQUIRE(reply.status == 200);
        CHECK(reply.json[u"results"_s][0][u"status"_s].toString() == u"refused"_s);
        CHECK(reply.json[u"results"_s][0][u"code"_s].toString() == u"out-of-scope"_s);
    }
    SECTION("moving its own patrol to another division is out of scope")
    {
        QJsonObject moved = parseObject(patrol);
        moved.insert(u"changeId"_s, newUuid());
        moved.insert(u"revision"_s, 2);
        QJsonObject body = moved[u"body"_s].toObject();
        body.insert(u"divisionCode"_s, u"652827"_s);
        moved.insert(u"body"_s, body);
        const HttpReply reply = chief.push(server, {compact(moved)});
        INFO(reply.body.toStdString());
        CHECK(reply.json[u"results"_s][0][u"code"_s].toString() == u"out-of-scope"_s);
    }
    SECTION("a user of 650000 covers all of 65xxxx, but only its role's kinds")
    {
        Device wide;
        wide.enrol(server, u"chief-xj"_s, u"river-chief"_s, u"650000"_s);
        wide.recordFieldDay();
        const QList<QByteArray> own = wide.pendingPayloads();
        const QHash<QString, QJsonObject> r = resultsByKind(wide.push(server, own), own);
        CHECK(status(r[u"patrol"_s]) == u"accepted"_s);
        CHECK(status(r[u"evidence"_s]) == u"accepted"_s);
        CHECK(r[u"inspection"_s][u"code"_s].toString() == u"out-of-scope"_s);
        const HttpReply far =
            wide.push(server, {newRecordFrom(payloadOfKind(own, u"patrol"_s), u"652827"_s)});
        INFO(far.body.toStdString());
        CHECK(far.json[u"results"_s][0][u"status"_s].toString() == u"accepted"_s);
        // Not beyond Xinjiang.
        const HttpReply gansu =
            wide.push(server, {newRecordFrom(payloadOfKind(own, u"patrol"_s), u"620102"_s)});
        CHECK(gansu.json[u"results"_s][0][u"code"_s].toString() == u"out-of-scope"_s);
    }
    server.stop();
    const VerifyRun verify = runVerify(server.db());
    INFO(verify.output.toStdString());
    CHECK(verify.exitCode == 0);
}

TEST_CASE("a device enrolled for one user cannot be moved to another with their code",
          "[server][access]")
{
    LedgerdProcess server;
    Device device;
    device.enrol(server, u"liming"_s, u"river-chief"_s, u"650102"_s);
    const HttpReply moved =
        device.enrolWith(server, server.enrolmentCode(u"wangfang"_s, u"office"_s, u"650000"_s));
    INFO(moved.body.toStdString());
    CHECK(moved.status == 409);
    CHECK(moved.errorCode() == u"device-enrolled"_s);
    // The same user enrolling again (a token that ran out in the field) is fine.
    CHECK(device.enrolWith(server, server.enrolmentCode(u"liming"_s)).status == 200);
}
