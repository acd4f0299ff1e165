#include "pushrequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fl::ledgerd {

namespace {

HttpError invalid(const QString &field, const QString &message)
{
    return HttpError{400, u"invalid-request"_s, message, field};
}

} // namespace

std::variant<PushRequest, HttpError> parsePushRequest(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return HttpError{
            400,
            u"malformed-json"_s,
            u"request body is not JSON: %1 at byte %2"_s.arg(error.errorString()).arg(error.offset),
            {}};
    if (!doc.isObject())
        return HttpError{400, u"malformed-json"_s, u"request body is not a JSON object"_s, {}};
    const QJsonObject o = doc.object();
    PushRequest request;
    if (!o.value(u"deviceId"_s).isString())
        return invalid(u"deviceId"_s, u"deviceId is missing or not a string"_s);
    request.deviceId = o.value(u"deviceId"_s).toString();
    if (request.deviceId.isEmpty() || request.deviceId.size() > 200)
        return invalid(u"deviceId"_s, u"deviceId must be 1 to 200 characters"_s);
    if (!o.value(u"publicKey"_s).isString())
        return invalid(u"publicKey"_s, u"publicKey is missing or not a string"_s);
    const auto key =
        ledger::decodeBase64(o.value(u"publicKey"_s).toString(), ledger::kPublicKeyBytes);
    if (!key)
        return invalid(u"publicKey"_s, u"publicKey is not a base64 Ed25519 public key"_s);
    request.publicKey = *key;
    if (!o.value(u"changes"_s).isArray())
        return invalid(u"changes"_s, u"changes is missing or not an array"_s);
    const QJsonArray changes = o.value(u"changes"_s).toArray();
    if (changes.size() > kMaxChangesPerPush)
        return HttpError{
            413, u"too-large"_s,
            u"at most %1 changes per push, got %2"_s.arg(kMaxChangesPerPush).arg(changes.size()),
            u"changes"_s};
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QString at = u"changes[%1]"_s.arg(i);
        if (!changes[i].isObject())
            return invalid(at, u"%1 is not an object"_s.arg(at));
        const QJsonObject change = changes[i].toObject();
        if (!change.value(u"payload"_s).isString())
            return invalid(at + u".payload"_s, u"%1.payload is missing or not a string"_s.arg(at));
        if (!change.value(u"signature"_s).isString())
            return invalid(at + u".signature"_s,
                           u"%1.signature is missing or not a string"_s.arg(at));
        request.changes.append(ledger::PushChange{change.value(u"payload"_s).toString().toUtf8(),
                                                  change.value(u"signature"_s).toString()});
    }
    return request;
}

} // namespace fl::ledgerd
