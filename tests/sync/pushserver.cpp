#include "pushserver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace fl::test {

namespace {

QJsonDocument errorBody(const QString &code, const QString &message, const QString &field = {})
{
    QJsonObject error{{u"code"_s, code}, {u"message"_s, message}};
    if (!field.isEmpty())
        error.insert(u"field"_s, field);
    return QJsonDocument(QJsonObject{{u"error"_s, error}});
}

QJsonObject refused(const QString &changeId, const QString &code, const QString &reason)
{
    return {{u"changeId"_s, changeId},
            {u"status"_s, u"refused"_s},
            {u"code"_s, code},
            {u"reason"_s, reason}};
}

// Starts an answer and hangs up halfway through it. (A connection closed before any byte of the
// answer would be resent silently by QNetworkAccessManager itself; this one reaches the client.)
void cutConnection(QTcpSocket *socket)
{
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4096\r\n"
                  "\r\n{\"results\": [");
    socket->disconnectFromHost();
}

} // namespace

PushServer::PushServer()
{
    if (sodium_init() < 0)
        qFatal("libsodium did not start");
    m_server.route(u"/v1/push"_s, QHttpServerRequest::Method::Post,
                   [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                       handlePush(request, std::move(responder));
                   });
    const quint16 port = m_server.listen(QHostAddress::LocalHost, 0);
    if (port == 0)
        qFatal("the test push server could not listen");
    m_url = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
}

void PushServer::handlePush(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    using Status = QHttpServerResponder::StatusCode;
    ++pushRequests;
    QByteArray protocol;
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("FieldLedger-Protocol", Qt::CaseInsensitive) == 0)
            protocol = value;
    }
    if (protocol != "1") {
        responder.write(errorBody(u"unsupported-protocol"_s, u"protocol 1 only"_s),
                        Status::UpgradeRequired);
        return;
    }
    if (unavailable > 0) {
        --unavailable;
        responder.write(errorBody(u"unavailable"_s, u"database is busy"_s),
                        Status::ServiceUnavailable);
        return;
    }
    if (badRequest) {
        responder.write(QJsonDocument(QJsonObject{{u"error"_s, *badRequest}}), Status::BadRequest);
        return;
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const QString deviceId = body.value(u"deviceId"_s).toString();
    const QByteArray publicKey =
        QByteArray::fromBase64(body.value(u"publicKey"_s).toString().toLatin1());
    if (deviceId.isEmpty() || publicKey.size() != crypto_sign_PUBLICKEYBYTES ||
        !body.value(u"changes"_s).isArray()) {
        responder.write(errorBody(u"invalid-request"_s, u"deviceId, publicKey and changes are "
                                                        "required"_s),
                        Status::BadRequest);
        return;
    }
    m_keys.insert(deviceId, m_keys.value(deviceId, publicKey));
    const QJsonArray changes = body.value(u"changes"_s).toArray();
    QJsonArray results;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (cutAfterChanges >= 0 && i == cutAfterChanges) {
            cutAfterChanges = -1;
            cutConnection(responder.socket()); // the connection dies mid-batch
            return;
        }
        results.append(applyChange(deviceId, changes[i].toObject()));
    }
    if (dropAnswers > 0) {
        --dropAnswers;
        cutConnection(responder.socket()); // applied, but the answer is lost on the way
        return;
    }
    responder.write(QJsonDocument(QJsonObject{{u"results"_s, results}}));
}

QJsonObject PushServer::applyChange(const QString &deviceId, const QJsonObject &change)
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
    ledger.insert(changeId, Entry{++m_seq, payload, deviceId});
    return {{u"changeId"_s, changeId}, {u"status"_s, u"accepted"_s}, {u"seq"_s, m_seq}};
}

} // namespace fl::test
