#include "ledgerserver.h"

#include "jsonlog.h"
#include "socketoptions.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QtHttpServer/QHttpServerRequest>

#include <limits>

using namespace Qt::StringLiterals;

namespace fl::ledgerd {

namespace {

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return u"GET"_s;
    case QHttpServerRequest::Method::Post:
        return u"POST"_s;
    case QHttpServerRequest::Method::Put:
        return u"PUT"_s;
    case QHttpServerRequest::Method::Delete:
        return u"DELETE"_s;
    case QHttpServerRequest::Method::Head:
        return u"HEAD"_s;
    case QHttpServerRequest::Method::Options:
        return u"OPTIONS"_s;
    case QHttpServerRequest::Method::Patch:
        return u"PATCH"_s;
    default:
        return u"OTHER"_s;
    }
}

QString statusName(ledger::ChangeResult::Status status)
{
    switch (status) {
    case ledger::ChangeResult::Status::Accepted:
        return u"accepted"_s;
    case ledger::ChangeResult::Status::Duplicate:
        return u"duplicate"_s;
    case ledger::ChangeResult::Status::Refused:
        return u"refused"_s;
    }
    return {};
}

QJsonValue bodyJson(const ledger::StoredRecord &record)
{
    if (record.deleted)
        return QJsonValue::Null;
    return QJsonDocument::fromJson(record.body).object();
}

QJsonValue valueJson(const QByteArray &compact)
{
    return QJsonDocument::fromJson("[" + compact + "]").array().first();
}

QJsonObject tokenJson(const ledger::IssuedToken &token)
{
    return QJsonObject{
        {u"token"_s, token.token},
        {u"expiresAtMs"_s, token.expiresMs},
        {u"deviceId"_s, token.deviceId},
        {u"user"_s,
         QJsonObject{{u"name"_s, token.user.name},
                     {u"displayName"_s, token.user.displayName},
                     {u"role"_s, ledger::roleName(token.user.role)},
                     {u"divisions"_s, QJsonArray::fromStringList(token.user.divisions)}}}};
}

QString bearerToken(const QHttpServerRequest &request)
{
    const QByteArray value = header(request, "Authorization");
    if (!value.startsWith("Bearer "))
        return {};
    return QString::fromLatin1(value.mid(7).trimmed());
}

} // namespace

LedgerServer::LedgerServer(ledger::Ledger &ledger, ledger::Access &access, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_ledger(ledger)
    , m_access(access)
{
    using M = QHttpServerRequest::Method;
    m_routes = {
        {u"/v1/health"_s, M::Get, &LedgerServer::health, false},
        {u"/v1/enrol"_s, M::Post, &LedgerServer::enrol, false},
        {u"/v1/token"_s, M::Post, &LedgerServer::renewToken, true},
        {u"/v1/push"_s, M::Post, &LedgerServer::push, true},
        {u"/v1/pull"_s, M::Get, &LedgerServer::pull, true},
        {u"/v1/blobs/missing"_s, M::Post, &LedgerServer::missingBlobs, true},
        {u"/v1/blobs/"_s, M::Put, &LedgerServer::uploadBlob, true},
        {u"/v1/blobs/"_s, M::Get, &LedgerServer::downloadBlob, true},
    };
}

LedgerServer::Reply LedgerServer::error(const HttpError &e)
{
    QJsonObject inner{{u"code"_s, e.code}, {u"message"_s, e.message}};
    if (!e.field.isEmpty())
        inner.insert(u"field"_s, e.field);
    Reply reply{e.status, QJsonObject{{u"error"_s, inner}}, {}, {}, {}};
    return reply;
}

LedgerServer::Reply LedgerServer::internal(const Error &e, const QString &what)
{
    logEvent(u"error"_s, what, {{u"reason"_s, e.toString()}});
    if (e.code == ErrorCode::InvalidInput)
        return error({400, u"invalid-request"_s, e.message, {}});
    return error({500,
                  u"internal"_s,
                  u"the ledger database failed; send the request again (what was accepted "
                  "answers duplicate)"_s,
                  {}});
}

bool LedgerServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    Reply reply;
    try {
        reply = route(request);
    } catch (const std::exception &e) {
        // A bug must not take the server down, and must not escape into Qt's event loop.
        reply = error(
            {500, u"internal"_s, u"internal error: %1"_s.arg(QString::fromUtf8(e.what())), {}});
    }
    answerPromptly(socket);
    QHttpServerResponder responder = makeResponder(request, socket);
    const bool raw = !reply.raw.isNull();
    const QByteArray body =
        raw ? reply.raw : QJsonDocument(reply.body).toJson(QJsonDocument::Compact);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    responder.writeHeader("Content-Type", raw ? "application/octet-stream" : "application/json");
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    if (!reply.allow.isEmpty())
        responder.writeHeader("Allow", reply.allow);
    responder.writeBody(body);
    QJsonObject fields = reply.logFields;
    fields.insert(u"method"_s, methodName(request.method()));
    fields.insert(u"path"_s, request.url().path().left(200));
    fields.insert(u"status"_s, reply.status);
    fields.insert(u"ms"_s, timer.elapsed());
    fields.insert(u"bytes"_s, request.body().size());
    if (reply.status >= 400)
        fields.insert(u"code"_s, reply.body.value(u"error"_s)[u"code"_s].toString());
    logEvent(reply.status >= 500 ? u"error"_s : u"info"_s, u"request"_s, fields);
    return true;
}

void LedgerServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers everything; kept for completeness.
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(QJsonDocument(error({404, u"not-found"_s, u"unknown path"_s, {}}).body),
                    QHttpServerResponder::StatusCode::NotFound);
}

LedgerServer::Reply LedgerServer::route(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    QByteArray allowed;
    for (const Route &r : std::as_const(m_routes)) {
        const bool matches = r.path.endsWith(u'/') ? path.startsWith(r.path) && path != r.path &&
                                                         path != u"/v1/blobs/missing"_s
                                                   : path == r.path;
        if (!matches)
            continue;
        if (r.method == request.method())
            return dispatch(r, request);
        allowed += (allowed.isEmpty() ? "" : ", ") + methodName(r.method).toLatin1();
    }
    if (!allowed.isEmpty()) {
        Reply r = error({405,
                         u"method-not-allowed"_s,
                         u"use %1 for %2"_s.arg(QString::fromLatin1(allowed), path.left(200)),
                         {}});
        r.allow = allowed;
        return r;
    }
    return error({404, u"not-found"_s, u"unknown path %1"_s.arg(path.left(200)), {}});
}

LedgerServer::Reply LedgerServer::dispatch(const Route &route, const QHttpServerRequest &request)
{
    if (route.path == u"/v1/health"_s) // monitors and proxies probe it without the header
        return (this->*route.handler)(request, nullptr);
    const QByteArray protocol = header(request, "FieldLedger-Protocol");
    bool isNumber = false;
    const int version = protocol.toInt(&isNumber);
    if (!isNumber || version < 1 || version > kProtocolVersion)
        return error({426,
                      u"unsupported-protocol"_s,
                      protocol.isEmpty()
                          ? u"the FieldLedger-Protocol header is missing; this server speaks 1"_s
                          : u"protocol %1 is not supported; this server speaks 1"_s.arg(
                                QString::fromLatin1(protocol.left(20))),
                      {}});
    std::optional<ledger::Session> session;
    if (route.needsToken) {
        const QString token = bearerToken(request);
        if (token.isEmpty())
            return error({401,
                          u"unauthenticated"_s,
                          u"send the device's token as Authorization: Bearer TOKEN"_s,
                          {}});
        auto checked = m_access.authenticate(token);
        if (!checked)
            return internal(checked.error(), u"authenticate-failed"_s);
        if (auto *no = std::get_if<ledger::AccessDenied>(&*checked))
            return error({no->status, no->code, no->message, {}});
        session = std::get<ledger::Session>(*checked);
    }
    // Qt 6.4 buffers the whole body before we see it; the limit still guarantees nothing
    // bigger is parsed or applied.
    if (request.body().size() > kMaxBodyBytes)
        return error({413,
                      u"too-large"_s,
                      u"the body is %1 bytes; the limit is %2"_s.arg(request.body().size())
                          .arg(kMaxBodyBytes),
                      {}});
    Reply reply = (this->*route.handler)(request, session ? &*session : nullptr);
    if (session)
        reply.logFields.insert(u"device"_s, session->deviceId);
    return reply;
}

LedgerServer::Reply LedgerServer::health(const QHttpServerRequest &, const ledger::Session *)
{
    if (auto r = m_ledger.store().probe(); !r) {
        logEvent(u"error"_s, u"health"_s, {{u"reason"_s, r.error().toString()}});
        return error(
            {503, u"unavailable"_s, u"the ledger database cannot be used right now"_s, {}});
    }
    return Reply{200,
                 QJsonObject{{u"status"_s, u"ok"_s},
                             {u"protocol"_s, kProtocolVersion},
                             {u"database"_s, m_ledger.store().backendName()}},
                 {},
                 {},
                 {}};
}

LedgerServer::Reply LedgerServer::enrol(const QHttpServerRequest &request, const ledger::Session *)
{
    auto parsed = parseEnrolRequest(request.body());
    if (auto *e = std::get_if<HttpError>(&parsed))
        return error(*e);
    const EnrolRequest &enrol = std::get<EnrolRequest>(parsed);
    auto issued = m_access.enrol(enrol.code, enrol.deviceId, enrol.publicKey, enrol.deviceName);
    if (!issued)
        return internal(issued.error(), u"enrol-failed"_s);
    if (auto *no = std::get_if<ledger::AccessDenied>(&*issued))
        return error({no->status, no->code, no->message, {}});
    const auto &token = std::get<ledger::IssuedToken>(*issued);
    logEvent(u"info"_s, u"enrolled"_s,
             {{u"device"_s, token.deviceId}, {u"user"_s, token.user.name}});
    return Reply{200, tokenJson(token), {}, {}, {}};
}

LedgerServer::Reply LedgerServer::renewToken(const QHttpServerRequest &request,
                                             const ledger::Session *)
{
    auto issued = m_access.renew(bearerToken(request));
    if (!issued)
        return internal(issued.error(), u"renew-failed"_s);
    if (auto *no = std::get_if<ledger::AccessDenied>(&*issued))
        return error({no->status, no->code, no->message, {}});
    return Reply{200, tokenJson(std::get<ledger::IssuedToken>(*issued)), {}, {}, {}};
}

LedgerServer::Reply LedgerServer::push(const QHttpServerRequest &request,
                                       const ledger::Session *session)
{
    auto parsed = parsePushRequest(request.body());
    if (auto *e = std::get_if<HttpError>(&parsed))
        return error(*e);
    auto outcome = m_ledger.push(*session, std::get<QList<ledger::PushChange>>(parsed));
    if (!outcome)
        return internal(outcome.error(), u"push-failed"_s);
    QJsonArray results;
    int accepted = 0, duplicate = 0, refused = 0;
    for (const auto &r : std::as_const(*outcome)) {
        QJsonObject item{{u"changeId"_s, r.changeId}, {u"status"_s, statusName(r.status)}};
        if (r.status == ledger::ChangeResult::Status::Refused) {
            item.insert(u"code"_s, ledger::refusalCodeName(r.refusal.code));
            item.insert(u"reason"_s, r.refusal.reason);
            ++refused;
        } else {
            item.insert(u"seq"_s, r.seq);
            if (!r.conflictFields.isEmpty())
                item.insert(u"conflicts"_s, QJsonArray::fromStringList(r.conflictFields));
            ++(r.status == ledger::ChangeResult::Status::Accepted ? accepted : duplicate);
        }
        results.append(item);
    }
    return Reply{200,
                 QJsonObject{{u"results"_s, results}},
                 {},
                 {},
                 {{u"accepted"_s, accepted}, {u"duplicate"_s, duplicate}, {u"refused"_s, refused}}};
}

LedgerServer::Reply LedgerServer::pull(const QHttpServerRequest &request,
                                       const ledger::Session *session)
{
    const QUrlQuery query = request.query();
    auto after = queryNumber(query.queryItemValue(u"after"_s), u"after"_s, 0, 0,
                             std::numeric_limits<qint64>::max());
    auto limit = queryNumber(query.queryItemValue(u"limit"_s), u"limit"_s, 500, 1, 1000);
    for (const auto *p : {&after, &limit}) {
        if (auto *e = std::get_if<HttpError>(p))
            return error(*e);
    }
    auto page = m_ledger.pull(*session, std::get<qint64>(after), int(std::get<qint64>(limit)));
    if (!page)
        return internal(page.error(), u"pull-failed"_s);
    QJsonArray changes;
    for (const auto &e : std::as_const(page->entries)) {
        changes.append(QJsonObject{{u"seq"_s, e.seq},
                                   {u"deviceId"_s, e.deviceId},
                                   {u"payload"_s, QString::fromUtf8(e.payload)},
                                   {u"signature"_s, e.signature}});
    }
    QHash<QString, QJsonArray> conflicts;
    for (const auto &c : std::as_const(page->conflicts)) {
        conflicts[c.recordId].append(
            QJsonObject{{u"field"_s, c.field},
                        {u"values"_s, QJsonArray{valueJson(c.keptValue), valueJson(c.otherValue)}},
                        {u"changes"_s, QJsonArray{c.keptChangeId, c.otherChangeId}}});
    }
    QJsonObject records;
    for (const auto &r : std::as_const(page->records)) {
        records.insert(r.recordId, QJsonObject{{u"kind"_s, r.kind},
                                               {u"revision"_s, r.revision},
                                               {u"deleted"_s, r.deleted},
                                               {u"body"_s, bodyJson(r)},
                                               {u"conflicts"_s, conflicts.value(r.recordId)}});
    }
    return Reply{200,
                 QJsonObject{{u"changes"_s, changes},
                             {u"records"_s, records},
                             {u"next"_s, page->next},
                             {u"more"_s, page->more},
                             {u"head"_s, page->head}},
                 {},
                 {},
                 {{u"changes"_s, changes.size()}}};
}

LedgerServer::Reply LedgerServer::missingBlobs(const QHttpServerRequest &request,
                                               const ledger::Session *)
{
    auto parsed = parseBlobQuery(request.body());
    if (auto *e = std::get_if<HttpError>(&parsed))
        return error(*e);
    auto missing = ledger::BlobStore(m_ledger.store().sql())
                       .missing(std::get<QList<ledger::BlobStatus>>(parsed));
    if (!missing)
        return internal(missing.error(), u"blobs-failed"_s);
    QJsonArray list;
    for (const auto &m : std::as_const(*missing))
        list.append(
            QJsonObject{{u"sha256"_s, m.sha256}, {u"size"_s, m.size}, {u"received"_s, m.received}});
    return Reply{200, QJsonObject{{u"missing"_s, list}}, {}, {}, {}};
}

LedgerServer::Reply LedgerServer::uploadBlob(const QHttpServerRequest &request,
                                             const ledger::Session *)
{
    const QString sha = request.url().path().mid(int(qstrlen("/v1/blobs/")));
    if (!ledger::BlobStore::isValidName(sha))
        return error({400, u"invalid-request"_s,
                      u"a blob is named by 64 lower-case hex digits of its SHA-256"_s,
                      u"sha256"_s});
    const QUrlQuery query = request.query();
    auto size = queryNumber(query.queryItemValue(u"size"_s), u"size"_s, -1, 0,
                            ledger::BlobStore::kMaxBlobBytes);
    auto offset = queryNumber(query.queryItemValue(u"offset"_s), u"offset"_s, -1, 0,
                              ledger::BlobStore::kMaxBlobBytes);
    for (const auto *p : {&size, &offset}) {
        if (auto *e = std::get_if<HttpError>(p))
            return error(*e);
        if (std::get<qint64>(*p) < 0)
            return error({400, u"invalid-request"_s, u"size and offset are required"_s,
                          p == &size ? u"size"_s : u"offset"_s});
    }
    if (request.body().size() > ledger::BlobStore::kMaxChunkBytes)
        return error({413, u"too-large"_s, u"a chunk may be at most 8 MiB"_s, {}});
    auto outcome = ledger::BlobStore(m_ledger.store().sql())
                       .append(sha, std::get<qint64>(size), std::get<qint64>(offset),
                               request.body(), QDateTime::currentMSecsSinceEpoch());
    if (!outcome)
        return internal(outcome.error(), u"blob-failed"_s);
    const ledger::BlobStatus &s = outcome->status;
    QJsonObject body{{u"sha256"_s, s.sha256},
                     {u"size"_s, s.size},
                     {u"received"_s, s.received},
                     {u"complete"_s, s.complete}};
    using Kind = ledger::ChunkOutcome::Kind;
    if (outcome->kind == Kind::OffsetMismatch) {
        Reply r =
            error({409, u"offset-mismatch"_s,
                   u"the ledger holds %1 bytes of this blob; continue from there"_s.arg(s.received),
                   u"offset"_s});
        r.body.insert(u"received"_s, s.received);
        return r;
    }
    if (outcome->kind == Kind::HashMismatch)
        return error({422, u"hash-mismatch"_s,
                      u"the bytes do not have the SHA-256 %1; the upload was discarded"_s.arg(sha),
                      u"sha256"_s});
    return Reply{200, body, {}, {}, {{u"received"_s, s.received}}};
}

LedgerServer::Reply LedgerServer::downloadBlob(const QHttpServerRequest &request,
                                               const ledger::Session *session)
{
    if (!ledger::isOfficeRole(session->user.role))
        return error({403, u"forbidden"_s, u"only office staff may download files"_s, {}});
    const QString sha = request.url().path().mid(int(qstrlen("/v1/blobs/")));
    if (!ledger::BlobStore::isValidName(sha))
        return error({400, u"invalid-request"_s,
                      u"a blob is named by 64 lower-case hex digits of its SHA-256"_s,
                      u"sha256"_s});
    ledger::BlobStore blobs(m_ledger.store().sql());
    auto complete = blobs.isComplete(sha);
    if (!complete)
        return internal(complete.error(), u"blob-failed"_s);
    if (!*complete)
        return error({404, u"not-found"_s, u"the ledger does not hold blob %1"_s.arg(sha), {}});
    QByteArray bytes(0, Qt::Uninitialized);
    if (auto r = blobs.read(sha,
                            [&](const QByteArray &chunk) {
                                bytes += chunk;
                                return true;
                            });
        !r)
        return internal(r.error(), u"blob-failed"_s);
    Reply reply;
    reply.raw = bytes.isNull() ? QByteArray("") : bytes;
    return reply;
}

} // namespace fl::ledgerd
