#pragma once

// Parses the body of POST /v1/push into the ledger's terms, or names what is wrong with it as
// an HTTP error (docs/sync-protocol.md, "Errors"). Nothing is applied unless the whole request
// is well formed.

#include "ledger/ledger.h"

#include <QByteArray>
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

struct PushRequest
{
    QString deviceId;
    QByteArray publicKey; // 32 raw bytes
    QList<ledger::PushChange> changes;
};

inline constexpr int kMaxChangesPerPush = 500;

[[nodiscard]] std::variant<PushRequest, HttpError> parsePushRequest(const QByteArray &body);

} // namespace fl::ledgerd
