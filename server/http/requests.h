#pragma once

// Parses request bodies of the sync protocol into the ledger's terms, or names what is wrong
// as an HTTP error (docs/sync-protocol.md, "Errors"). Nothing is applied unless the whole
// request is well formed.

#include "ledger/blobs.h"
#include "ledger/ledger.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <variant>

namespace fl::ledgerd {

struct HttpError
{
    int status = 400;
    QString code;
    QString message;
    QString field; // empty: none
};

template <typename T>
using Parsed = std::variant<T, HttpError>;

inline constexpr int kMaxChangesPerPush = 500;
inline constexpr int kMaxBlobsPerQuery = 1000;

struct EnrolRequest
{
    QString code;
    QString deviceId;
    QByteArray publicKey; // 32 raw bytes
    QString deviceName;
};

[[nodiscard]] Parsed<QJsonObject> parseObject(const QByteArray &body);
[[nodiscard]] Parsed<QList<ledger::PushChange>> parsePushRequest(const QByteArray &body);
[[nodiscard]] Parsed<EnrolRequest> parseEnrolRequest(const QByteArray &body);
[[nodiscard]] Parsed<QList<ledger::BlobStatus>> parseBlobQuery(const QByteArray &body);

// A non-negative integer query parameter within [min, max]; `fallback` when absent.
[[nodiscard]] Parsed<qint64> queryNumber(const QString &text, const QString &name, qint64 fallback,
                                         qint64 min, qint64 max);

} // namespace fl::ledgerd
