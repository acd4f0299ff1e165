#include "requests.h"

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

Parsed<QJsonObject> parseObject(const QByteArray &body)
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
    return doc.object();
}

Parsed<QList<ledger::PushChange>> parsePushRequest(const QByteArray &body)
{
    auto parsed = parseObject(body);
    if (auto *e = std::get_if<HttpError>(&parsed))
        return *e;
    const QJsonObject &o = std::get<QJsonObject>(parsed);
    if (!o.value(u"changes"_s).isArray())
        return invalid(u"changes"_s, u"changes is missing or not an array"_s);
    const QJsonArray changes = o.value(u"changes"_s).toArray();
    if (changes.size() > kMaxChangesPerPush)
        return HttpError{
            413, u"too-large"_s,
            u"at most %1 changes per push, got %2"_s.arg(kMaxChangesPerPush).arg(changes.size()),
            u"changes"_s};
    QList<ledger::PushChange> list;
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
        list.append(ledger::PushChange{change.value(u"payload"_s).toString().toUtf8(),
                                       change.value(u"signature"_s).toString()});
    }
    return list;
}

Parsed<EnrolRequest> parseEnrolRequest(const QByteArray &body)
{
    auto parsed = parseObject(body);
    if (auto *e = std::get_if<HttpError>(&parsed))
        return *e;
    const QJsonObject &o = std::get<QJsonObject>(parsed);
    EnrolRequest request;
    for (const auto &[field, target] :
         {std::pair{u"code"_s, &request.code}, std::pair{u"deviceId"_s, &request.deviceId}}) {
        if (!o.value(field).isString() || o.value(field).toString().isEmpty())
            return invalid(field, u"%1 is missing or not a string"_s.arg(field));
        *target = o.value(field).toString();
    }
    if (request.code.size() > 64)
        return invalid(u"code"_s, u"code is longer than any enrolment code"_s);
    if (request.deviceId.size() > 200)
        return invalid(u"deviceId"_s, u"deviceId must be 1 to 200 characters"_s);
    const auto key =
        ledger::decodeBase64(o.value(u"publicKey"_s).toString(), ledger::kPublicKeyBytes);
    if (!key)
        return invalid(u"publicKey"_s, u"publicKey is not a base64 Ed25519 public key"_s);
    request.publicKey = *key;
    const QJsonValue name = o.value(u"deviceName"_s);
    if (!name.isUndefined() && !name.isString())
        return invalid(u"deviceName"_s, u"deviceName is not a string"_s);
    request.deviceName = name.toString().left(200);
    return request;
}

Parsed<QList<ledger::BlobStatus>> parseBlobQuery(const QByteArray &body)
{
    auto parsed = parseObject(body);
    if (auto *e = std::get_if<HttpError>(&parsed))
        return *e;
    const QJsonObject &o = std::get<QJsonObject>(parsed);
    if (!o.value(u"blobs"_s).isArray())
        return invalid(u"blobs"_s, u"blobs is missing or not an array"_s);
    const QJsonArray blobs = o.value(u"blobs"_s).toArray();
    if (blobs.size() > kMaxBlobsPerQuery)
        return HttpError{413, u"too-large"_s,
                         u"at most %1 blobs per question"_s.arg(kMaxBlobsPerQuery), u"blobs"_s};
    QList<ledger::BlobStatus> list;
    for (qsizetype i = 0; i < blobs.size(); ++i) {
        const QString at = u"blobs[%1]"_s.arg(i);
        const QJsonObject blob = blobs[i].toObject();
        const QString sha = blob.value(u"sha256"_s).toString();
        if (!ledger::BlobStore::isValidName(sha))
            return invalid(at + u".sha256"_s,
                           u"%1.sha256 is not 64 lower-case hex digits"_s.arg(at));
        const QJsonValue size = blob.value(u"size"_s);
        const double bytes = size.toDouble(-1);
        if (!size.isDouble() || bytes < 0 || bytes > double(ledger::BlobStore::kMaxBlobBytes) ||
            bytes != double(qint64(bytes)))
            return invalid(at + u".size"_s,
                           u"%1.size must be a whole number of bytes up to 1 GiB"_s.arg(at));
        list << ledger::BlobStatus{sha, qint64(bytes), 0, false};
    }
    return list;
}

Parsed<qint64> queryNumber(const QString &text, const QString &name, qint64 fallback, qint64 min,
                           qint64 max)
{
    if (text.isNull())
        return fallback;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max)
        return invalid(name,
                       u"%1 must be a whole number from %2 to %3"_s.arg(name).arg(min).arg(max));
    return value;
}

} // namespace fl::ledgerd
