#include "testledger.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QUrlQuery>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace fl::test {

namespace {

using Status = QHttpServerResponder::StatusCode;

QJsonObject errorBody(const QString &code, const QString &message, const QString &field = {})
{
    QJsonObject error{{u"code"_s, code}, {u"message"_s, message}};
    if (!field.isEmpty())
        error.insert(u"field"_s, field);
    return QJsonObject{{u"error"_s, error}};
}

void answerError(QHttpServerResponder &responder, Status status, const QString &code,
                 const QString &message)
{
    responder.write(QJsonDocument(errorBody(code, message)), status);
}

QJsonObject refused(const QString &changeId, const QString &code, const QString &reason)
{
    return {{u"changeId"_s, changeId},
            {u"status"_s, u"refused"_s},
            {u"code"_s, code},
            {u"reason"_s, reason}};
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// Starts an answer and hangs up halfway through it. (A connection closed before any byte of the
// answer would be resent silently by QNetworkAccessManager itself; this one reaches the client.)
void cutConnection(QTcpSocket *socket)
{
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4096\r\n"
                  "\r\n{\"results\": [");
    socket->disconnectFromHost();
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

TestLedger::TestLedger()
{
    if (sodium_init() < 0)
        qFatal("libsodium did not start");
    using Method = QHttpServerRequest::Method;
    const auto on = [this](const char *path, Method method, auto handler) {
        m_server.route(
            QString::fromLatin1(path), method,
            [this, handler](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                ++requests;
                (this->*handler)(request, std::move(responder));
            });
    };
    on("/v1/enrol", Method::Post, &TestLedger::handleEnrol);
    on("/v1/token", Method::Post, &TestLedger::handleToken);
    on("/v1/push", Method::Post, &TestLedger::handlePush);
    on("/v1/pull", Method::Get, &TestLedger::handlePull);
    on("/v1/blobs/missing", Method::Post, &TestLedger::handleMissing);
    m_server.route(u"/v1/blobs/<arg>"_s, Method::Put,
                   [this](const QString &sha, const QHttpServerRequest &request,
                          QHttpServerResponder &&responder) {
                       ++requests;
                       handleUpload(sha, request, std::move(responder));
                   });
    const quint16 port = m_server.listen(QHostAddress::LocalHost, 0);
    if (port == 0)
        qFatal("the test ledger could not listen");
    m_url = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
}

// Enrolment ----------------------------------------------------------------------------------

QString TestLedger::issueCode(const User &user)
{
    const QString code = u"TEST-CODE-%1"_s.arg(++m_issued, 4, 10, QChar(u'0'));
    m_codes.insert(code, user);
    return code;
}

QString TestLedger::admit(const QString &deviceId, const QByteArray &publicKey, const User &user)
{
    m_keys.insert(deviceId, publicKey);
    m_users.insert(deviceId, user);
    return tokenAnswer(deviceId).value(u"token"_s).toString();
}

QJsonObject TestLedger::tokenAnswer(const QString &deviceId)
{
    const QString token = u"fl1_test_%1_%2"_s.arg(deviceId).arg(++m_issued);
    m_tokens.insert(token, deviceId);
    const User user = m_users.value(deviceId);
    return {{u"token"_s, token},
            {u"expiresAtMs"_s, QDateTime::currentMSecsSinceEpoch() + tokenLifetimeMs},
            {u"deviceId"_s, deviceId},
            {u"user"_s, QJsonObject{{u"name"_s, user.name},
                                    {u"role"_s, user.role},
                                    {u"divisions"_s, QJsonArray::fromStringList(user.divisions)}}}};
}

void TestLedger::handleEnrol(const QHttpServerRequest &request, Responder &&responder)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const QString code = body.value(u"code"_s).toString();
    const QString deviceId = body.value(u"deviceId"_s).toString();
    const QByteArray key = QByteArray::fromBase64(body.value(u"publicKey"_s).toString().toLatin1());
    if (!m_codes.contains(code)) {
        answerError(responder, Status::Forbidden, u"enrolment-code-invalid"_s, u"no such code"_s);
        return;
    }
    if (key.size() != crypto_sign_PUBLICKEYBYTES || deviceId.isEmpty()) {
        answerError(responder, Status::BadRequest, u"invalid-request"_s, u"bad key"_s);
        return;
    }
    if (m_keys.contains(deviceId) && m_keys.value(deviceId) != key) {
        answerError(responder, Status::Conflict, u"device-key-mismatch"_s, u"another key"_s);
        return;
    }
    m_users.insert(deviceId, m_codes.take(code));
    m_keys.insert(deviceId, key);
    responder.write(QJsonDocument(tokenAnswer(deviceId)));
}

std::optional<QString> TestLedger::authorise(const QHttpServerRequest &request,
                                             Responder &responder)
{
    if (header(request, "FieldLedger-Protocol") != "1") {
        answerError(responder, Status::UpgradeRequired, u"unsupported-protocol"_s,
                    u"protocol 1 only"_s);
        return std::nullopt;
    }
    const QByteArray authorization = header(request, "Authorization");
    const QString token = QString::fromUtf8(authorization.mid(qstrlen("Bearer ")));
    if (!authorization.startsWith("Bearer ") || !m_tokens.contains(token)) {
        answerError(responder, Status::Unauthorized, u"unauthenticated"_s, u"unknown token"_s);
        return std::nullopt;
    }
    const QString deviceId = m_tokens.value(token);
    if (revokedDevices.contains(deviceId)) {
        answerError(responder, Status::Unauthorized, u"device-revoked"_s,
                    u"the office revoked this device"_s);
        return std::nullopt;
    }
    if (expiredTokens.contains(token)) {
        answerError(responder, Status::Unauthorized, u"token-expired"_s,
                    u"the token's time is over"_s);
        return std::nullopt;
    }
    return deviceId;
}

void TestLedger::handleToken(const QHttpServerRequest &request, Responder &&responder)
{
    ++tokenRequests;
    const auto deviceId = authorise(request, responder);
    if (!deviceId)
        return;
    m_tokens.remove(QString::fromUtf8(header(request, "Authorization").mid(qstrlen("Bearer "))));
    responder.write(QJsonDocument(tokenAnswer(*deviceId)));
}

// Push ---------------------------------------------------------------------------------------

void TestLedger::handlePush(const QHttpServerRequest &request, Responder &&responder)
{
    ++pushRequests;
    const auto deviceId = authorise(request, responder);
    if (!deviceId)
        return;
    if (unavailable > 0) {
        --unavailable;
        answerError(responder, Status::ServiceUnavailable, u"unavailable"_s, u"database is busy"_s);
        return;
    }
    if (badRequest) {
        responder.write(QJsonDocument(QJsonObject{{u"error"_s, *badRequest}}), Status::BadRequest);
        return;
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    if (!body.value(u"changes"_s).isArray()) {
        answerError(responder, Status::BadRequest, u"invalid-request"_s, u"changes is required"_s);
        return;
    }
    const QJsonArray changes = body.value(u"changes"_s).toArray();
    QJsonArray results;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (cutAfterChanges >= 0 && i == cutAfterChanges) {
            cutAfterChanges = -1;
            cutConnection(responder.socket()); // the connection dies mid-batch
            return;
        }
        results.append(applyChange(*deviceId, changes[i].toObject()));
    }
    if (dropAnswers > 0) {
        --dropAnswers;
        cutConnection(responder.socket()); // applied, but the answer is lost on the way
        return;
    }
    responder.write(QJsonDocument(QJsonObject{{u"results"_s, results}}));
}

QJsonObject TestLedger::applyChange(const QString &deviceId, const QJsonObject &change)
{
    const QByteArray payload = change.value(u"payload"_s).toString().toUtf8();
    const QByteArray signature =
        QByteArray::fromBase64(change.value(u"signature"_s).toString().toLatin1());
    const QJsonObject parsed = QJsonDocument::fromJson(payload).object();
    const QString changeId = parsed.value(u"changeId"_s).toString();
    const QByteArray key = m_keys.value(deviceId);
    if (signature.size() != crypto_sign_BYTES ||
        crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                    reinterpret_cast<const unsigned char *>(payload.constData()),
                                    static_cast<unsigned long long>(payload.size()),
                                    reinterpret_cast<const unsigned char *>(key.constData())) !=
            0) {
        return refused(changeId, u"bad-signature"_s, u"the signature does not match"_s);
    }
    if (parsed.value(u"deviceId"_s).toString() != deviceId)
        return refused(changeId, u"device-mismatch"_s, u"sent by another device"_s);
    if (auto it = ledger.constFind(changeId); it != ledger.constEnd()) {
        if (it->payload != payload)
            return refused(changeId, u"change-id-conflict"_s, u"different bytes"_s);
        return {{u"changeId"_s, changeId}, {u"status"_s, u"duplicate"_s}, {u"seq"_s, it->seq}};
    }
    if (refuse) {
        if (auto why = refuse(parsed))
            return refused(changeId, why->first, why->second);
    }
    const QString sha = parsed.value(u"body"_s).toObject().value(u"sha256"_s).toString();
    if (parsed.value(u"kind"_s).toString() == u"evidence"_s && !completeBlobs.contains(sha))
        return refused(changeId, u"blob-missing"_s, u"upload the file first"_s);
    ledger.insert(changeId, Entry{++m_seq, payload, deviceId, changeId});
    order << changeId;
    return {{u"changeId"_s, changeId}, {u"status"_s, u"accepted"_s}, {u"seq"_s, m_seq}};
}

void TestLedger::addForeignChange(const QByteArray &payload, const QString &deviceId)
{
    const QString changeId =
        QJsonDocument::fromJson(payload).object().value(u"changeId"_s).toString();
    ledger.insert(changeId, Entry{++m_seq, payload, deviceId, changeId});
    order << changeId;
}

// Pull ---------------------------------------------------------------------------------------

void TestLedger::handlePull(const QHttpServerRequest &request, Responder &&responder)
{
    ++pullRequests;
    const auto deviceId = authorise(request, responder);
    if (!deviceId)
        return;
    const QUrlQuery query = request.query();
    const qint64 after = query.queryItemValue(u"after"_s).toLongLong();
    const int limit =
        query.hasQueryItem(u"limit"_s) ? query.queryItemValue(u"limit"_s).toInt() : 500;
    pullAfters << after;
    if (cutPullAfterPages == 0) {
        cutPullAfterPages = -1;
        cutConnection(responder.socket());
        return;
    }
    if (cutPullAfterPages > 0)
        --cutPullAfterPages;
    QList<Entry> page;
    bool more = false;
    for (const QString &changeId : std::as_const(order)) {
        const Entry &entry = ledger[changeId];
        if (entry.seq <= after)
            continue;
        if (page.size() == limit) {
            more = true;
            break;
        }
        page << entry;
    }
    QJsonArray changes;
    for (const Entry &entry : std::as_const(page)) {
        changes.append(QJsonObject{{u"seq"_s, entry.seq},
                                   {u"deviceId"_s, entry.deviceId},
                                   {u"payload"_s, QString::fromUtf8(entry.payload)},
                                   {u"signature"_s, u""_s}});
    }
    const qint64 next = page.isEmpty() ? after : page.last().seq;
    responder.write(QJsonDocument(QJsonObject{{u"changes"_s, changes},
                                              {u"records"_s, recordStates(page)},
                                              {u"next"_s, next},
                                              {u"more"_s, more},
                                              {u"head"_s, m_seq}}));
}

// The current state of each record on the page: its last put's body, one version per put or
// delete (this small ledger does not merge).
QJsonObject TestLedger::recordStates(const QList<Entry> &page) const
{
    QSet<QString> wanted;
    for (const Entry &entry : page)
        wanted.insert(QJsonDocument::fromJson(entry.payload).object()[u"recordId"_s].toString());
    QJsonObject records;
    for (const QString &changeId : order) {
        const QJsonObject change = QJsonDocument::fromJson(ledger[changeId].payload).object();
        const QString recordId = change.value(u"recordId"_s).toString();
        const QString op = change.value(u"op"_s).toString();
        if (!wanted.contains(recordId) || op == u"track"_s)
            continue;
        QJsonObject state = records.value(recordId).toObject();
        state.insert(u"kind"_s, change.value(u"kind"_s));
        state.insert(u"revision"_s, state.value(u"revision"_s).toInt() + 1);
        state.insert(u"deleted"_s, op == u"delete"_s);
        if (op == u"put"_s)
            state.insert(u"body"_s, change.value(u"body"_s));
        state.insert(u"conflicts"_s, conflicts.value(recordId));
        records.insert(recordId, state);
    }
    return records;
}

// Blobs --------------------------------------------------------------------------------------

void TestLedger::handleMissing(const QHttpServerRequest &request, Responder &&responder)
{
    ++missingRequests;
    if (!authorise(request, responder))
        return;
    QJsonArray missing;
    for (const auto &value :
         QJsonDocument::fromJson(request.body()).object().value(u"blobs"_s).toArray()) {
        const QString sha = value[u"sha256"_s].toString();
        if (completeBlobs.contains(sha))
            continue;
        missing.append(QJsonObject{{u"sha256"_s, sha},
                                   {u"size"_s, value[u"size"_s]},
                                   {u"received"_s, qint64(blobs.value(sha).size())}});
    }
    responder.write(QJsonDocument(QJsonObject{{u"missing"_s, missing}}));
}

void TestLedger::handleUpload(const QString &sha, const QHttpServerRequest &request,
                              Responder &&responder)
{
    ++uploadRequests;
    if (!authorise(request, responder))
        return;
    const QUrlQuery query = request.query();
    const qint64 offset = query.queryItemValue(u"offset"_s).toLongLong();
    const qint64 size = query.queryItemValue(u"size"_s).toLongLong();
    uploadOffsets << offset;
    QByteArray &held = blobs[sha];
    const auto answer = [&](Status status, QJsonObject body) {
        body.insert(u"sha256"_s, sha);
        body.insert(u"size"_s, size);
        body.insert(u"received"_s, qint64(held.size()));
        body.insert(u"complete"_s, completeBlobs.contains(sha));
        responder.write(QJsonDocument(body), status);
    };
    if (completeBlobs.contains(sha)) {
        answer(Status::Ok, {});
        return;
    }
    if (offsetMismatches > 0 || offset != held.size()) {
        offsetMismatches = std::max(0, offsetMismatches - 1);
        answer(Status::Conflict, errorBody(u"offset-mismatch"_s, u"continue from received"_s));
        return;
    }
    if (cutUploadAtByte >= 0 && held.size() + request.body().size() > cutUploadAtByte) {
        // Stored up to there, but the answer never comes.
        held += request.body().left(cutUploadAtByte - held.size());
        cutUploadAtByte = -1;
        cutConnection(responder.socket());
        return;
    }
    held += request.body();
    if (held.size() >= size) {
        if (held.size() != size || sha256Hex(held) != sha) {
            held.clear();
            answerError(responder, Status::UnprocessableEntity, u"hash-mismatch"_s,
                        u"the bytes do not have this SHA-256"_s);
            return;
        }
        completeBlobs.insert(sha);
    }
    answer(Status::Ok, {});
}

} // namespace fl::test
