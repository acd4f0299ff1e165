#include "change.h"

#include "domain/hlc.h"

#include <sodium.h>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <cmath>
#include <variant>

using namespace Qt::StringLiterals;

namespace fl::ledger {

QString refusalCodeName(RefusalCode code)
{
    switch (code) {
    case RefusalCode::BadSignature:
        return u"bad-signature"_s;
    case RefusalCode::DeviceMismatch:
        return u"device-mismatch"_s;
    case RefusalCode::ChangeIdConflict:
        return u"change-id-conflict"_s;
    case RefusalCode::MalformedChange:
        return u"malformed-change"_s;
    case RefusalCode::UnknownKind:
        return u"unknown-kind"_s;
    case RefusalCode::InvalidRecord:
        return u"invalid-record"_s;
    case RefusalCode::RevisionGap:
        return u"revision-gap"_s;
    case RefusalCode::NotFound:
        return u"not-found"_s;
    case RefusalCode::OutOfScope:
        return u"out-of-scope"_s;
    case RefusalCode::BlobMissing:
        return u"blob-missing"_s;
    }
    return u"malformed-change"_s;
}

QString changeOpName(ChangeOp op)
{
    switch (op) {
    case ChangeOp::Put:
        return u"put"_s;
    case ChangeOp::Delete:
        return u"delete"_s;
    case ChangeOp::Track:
        return u"track"_s;
    }
    return {};
}

namespace {

Refusal malformed(const QString &reason)
{
    return Refusal{RefusalCode::MalformedChange, reason};
}

bool isUuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

// A JSON number that is an integer in int range (JSON has no integer type of its own).
std::optional<int> intField(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || d < 0 || d > 2'000'000'000.0)
        return std::nullopt;
    return int(d);
}

} // namespace

QString peekChangeId(const QByteArray &payload)
{
    const QJsonDocument doc = QJsonDocument::fromJson(payload);
    return doc.isObject() ? doc.object().value(u"changeId"_s).toString() : QString();
}

std::variant<ParsedChange, Refusal> parseChange(const QByteArray &payload)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError)
        return malformed(
            u"payload is not JSON: %1 at byte %2"_s.arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return malformed(u"payload is not a JSON object"_s);
    ParsedChange c;
    c.whole = doc.object();
    const QJsonObject &o = c.whole;
    for (const char *key : {"changeId", "op", "recordId", "kind", "deviceId", "author", "hlc"}) {
        if (!o.value(QLatin1StringView(key)).isString())
            return malformed(
                u"payload field %1 is missing or not a string"_s.arg(QLatin1StringView(key)));
    }
    c.changeId = o.value(u"changeId"_s).toString();
    c.recordId = o.value(u"recordId"_s).toString();
    c.kindName = o.value(u"kind"_s).toString();
    c.deviceId = o.value(u"deviceId"_s).toString();
    c.author = o.value(u"author"_s).toString();
    c.hlc = o.value(u"hlc"_s).toString();
    if (!isUuid(c.changeId))
        return malformed(u"changeId is not a UUID"_s);
    if (!isUuid(c.recordId))
        return malformed(u"recordId is not a UUID"_s);
    if (c.deviceId.isEmpty() || c.deviceId.size() > 200)
        return malformed(u"deviceId must be 1 to 200 characters"_s);
    if (c.author.trimmed().isEmpty())
        return malformed(u"author is empty"_s);
    if (!Hlc::parse(c.hlc))
        return malformed(u"hlc is not a hybrid logical clock stamp"_s);
    const QString op = o.value(u"op"_s).toString();
    if (op == u"put"_s)
        c.op = ChangeOp::Put;
    else if (op == u"delete"_s)
        c.op = ChangeOp::Delete;
    else if (op == u"track"_s)
        c.op = ChangeOp::Track;
    else
        return malformed(u"op must be put, delete or track"_s);
    const auto kind = recordKindFromName(c.kindName);
    if (!kind)
        return Refusal{RefusalCode::UnknownKind,
                       u"unknown record kind \"%1\""_s.arg(c.kindName.left(60))};
    c.kind = *kind;
    if (c.op == ChangeOp::Put || c.op == ChangeOp::Delete) {
        const auto revision = intField(o, u"revision"_s);
        if (!revision || *revision < 1)
            return malformed(u"revision must be a positive integer"_s);
        c.revision = *revision;
    }
    if (c.op == ChangeOp::Put) {
        if (!o.value(u"body"_s).isObject())
            return malformed(u"a put needs a body object"_s);
        c.body = o.value(u"body"_s).toObject();
    }
    if (c.op == ChangeOp::Track) {
        if (c.kind != RecordKind::Patrol)
            return malformed(u"only patrols have tracks"_s);
        if (!intField(o, u"firstSeq"_s))
            return malformed(u"firstSeq must be a non-negative integer"_s);
        if (!o.value(u"fixes"_s).isArray() || !o.value(u"dropped"_s).isArray())
            return malformed(u"a track needs fixes and dropped arrays"_s);
    }
    return c;
}

std::optional<QByteArray> decodeBase64(const QString &text, int expectedSize)
{
    auto decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != expectedSize ||
        text.size() != ((expectedSize + 2) / 3) * 4)
        return std::nullopt;
    return decoded.decoded;
}

bool verifySignature(const QByteArray &payload, const QByteArray &signature,
                     const QByteArray &publicKey)
{
    if (signature.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(payload.constData()),
               static_cast<unsigned long long>(payload.size()),
               reinterpret_cast<const unsigned char *>(publicKey.constData())) == 0;
}

QByteArray entryHash(const QByteArray &prevHash, qint64 seq, const QString &deviceId,
                     const QString &signatureBase64, const QByteArray &payload)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prevHash);
    hash.addData("\n");
    hash.addData(QByteArray::number(seq));
    hash.addData("\n");
    hash.addData(deviceId.toUtf8());
    hash.addData("\n");
    hash.addData(signatureBase64.toUtf8());
    hash.addData("\n");
    hash.addData(payload);
    return hash.result().toHex();
}

QByteArray genesisHash()
{
    return QByteArray(64, '0');
}

QByteArray bodyText(const QJsonObject &body)
{
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray submittedBodyOf(const QByteArray &payload)
{
    const QJsonObject change = QJsonDocument::fromJson(payload).object();
    return change.contains(u"body"_s) ? bodyText(change.value(u"body"_s).toObject()) : QByteArray();
}

} // namespace fl::ledger
