#include "ledgerserver.h"

#include "jsonlog.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtHttpServer/QHttpServerRequest>

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

} // namespace

LedgerServer::LedgerServer(ledger::Ledger &ledger, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_ledger(ledger)
{}

LedgerServer::Reply LedgerServer::error(const HttpError &e)
{
    QJsonObject inner{{u"code"_s, e.code}, {u"message"_s, e.message}};
    if (!e.field.isEmpty())
        inner.insert(u"field"_s, e.field);
    return Reply{e.status, QJsonObject{{u"error"_s, inner}}, {}};
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
    QHttpServerResponder responder = makeResponder(request, socket);
    const QByteArray body = QJsonDocument(reply.body).toJson(QJsonDocument::Compact);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    responder.writeHeader("Content-Type", "application/json");
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    if (!reply.allow.isEmpty())
        responder.writeHeader("Allow", reply.allow);
    responder.writeBody(body);
    QJsonObject fields{{u"method"_s, methodName(request.method())},
                       {u"path"_s, request.url().path()},
                       {u"status"_s, reply.status},
                       {u"ms"_s, timer.elapsed()},
                       {u"bytes"_s, request.body().size()}};
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
    const auto method = request.method();
    if (path == u"/v1/health"_s) {
        if (method != QHttpServerRequest::Method::Get) {
            Reply r = error({405, u"method-not-allowed"_s, u"use GET for /v1/health"_s, {}});
            r.allow = "GET";
            return r;
        }
        return health(); // exempt from the protocol header: monitors and proxies probe it
    }
    if (path == u"/v1/push"_s) {
        if (method != QHttpServerRequest::Method::Post) {
            Reply r = error({405, u"method-not-allowed"_s, u"use POST for /v1/push"_s, {}});
            r.allow = "POST";
            return r;
        }
        return push(request);
    }
    return error({404, u"not-found"_s, u"unknown path %1"_s.arg(path.left(200)), {}});
}

LedgerServer::Reply LedgerServer::health()
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
                 {}};
}

LedgerServer::Reply LedgerServer::push(const QHttpServerRequest &request)
{
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
    // Qt 6.4 buffers the whole body before we see it; the limit still guarantees nothing
    // bigger is parsed or applied.
    if (request.body().size() > kMaxPushBytes)
        return error({413,
                      u"too-large"_s,
                      u"the body is %1 bytes; the limit is %2"_s.arg(request.body().size())
                          .arg(kMaxPushBytes),
                      {}});
    auto parsed = parsePushRequest(request.body());
    if (auto *e = std::get_if<HttpError>(&parsed))
        return error(*e);
    const PushRequest &push = std::get<PushRequest>(parsed);
    auto outcome = m_ledger.push(push.deviceId, push.publicKey, push.changes);
    if (!outcome) {
        logEvent(u"error"_s, u"push-failed"_s,
                 {{u"device"_s, push.deviceId}, {u"reason"_s, outcome.error().toString()}});
        return error({500,
                      u"internal"_s,
                      u"the ledger database failed; resend the changes (accepted ones will "
                      "answer duplicate)"_s,
                      {}});
    }
    if (outcome->keyMismatch)
        return error({403, u"key-mismatch"_s,
                      u"device %1 is registered with another public key"_s.arg(push.deviceId),
                      u"publicKey"_s});
    QJsonArray results;
    int accepted = 0, duplicate = 0, refused = 0;
    for (const auto &r : outcome->results) {
        QJsonObject item{{u"changeId"_s, r.changeId}, {u"status"_s, statusName(r.status)}};
        if (r.status == ledger::ChangeResult::Status::Refused) {
            item.insert(u"code"_s, ledger::refusalCodeName(r.refusal.code));
            item.insert(u"reason"_s, r.refusal.reason);
            ++refused;
        } else {
            item.insert(u"seq"_s, r.seq);
            ++(r.status == ledger::ChangeResult::Status::Accepted ? accepted : duplicate);
        }
        results.append(item);
    }
    logEvent(u"info"_s, u"push"_s,
             {{u"device"_s, push.deviceId},
              {u"accepted"_s, accepted},
              {u"duplicate"_s, duplicate},
              {u"refused"_s, refused}});
    return Reply{200, QJsonObject{{u"results"_s, results}}, {}};
}

} // namespace fl::ledgerd
