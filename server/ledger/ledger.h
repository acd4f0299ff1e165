#pragma once

// The ledger's rules for a push (docs/sync-protocol.md): per change accepted, duplicate or
// refused, each change in its own transaction together with its hash-chain step and the
// current-revision row. Knows nothing of HTTP.

#include "change.h"
#include "ledgerstore.h"

#include <QList>

#include <functional>

namespace fl::ledger {

struct PushChange
{
    QByteArray payload; // the exact bytes the device signed
    QString signature;  // base64
};

struct ChangeResult
{
    enum class Status { Accepted, Duplicate, Refused };
    QString changeId;
    Status status = Status::Refused;
    qint64 seq = 0;
    Refusal refusal; // when refused
};

struct PushOutcome
{
    // The device is known under another public key: nothing was looked at or applied.
    bool keyMismatch = false;
    QList<ChangeResult> results;
};

class Ledger
{
public:
    using Clock = std::function<qint64()>; // UTC milliseconds

    // Records may carry times up to this far ahead of the server's clock (phones set wrong).
    static constexpr qint64 kFutureToleranceMs = 24LL * 3600 * 1000;

    explicit Ledger(LedgerStore &store, Clock clock = {});

    // An Error means the database failed: changes before the failing one stay applied
    // (resending them answers duplicate), the failing one and those after it are not.
    [[nodiscard]] Result<PushOutcome> push(const QString &deviceId, const QByteArray &publicKey,
                                           const QList<PushChange> &changes);

    [[nodiscard]] LedgerStore &store() { return m_store; }

private:
    // Runs inside the change's transaction.
    [[nodiscard]] Result<ChangeResult>
    applyOne(const QString &deviceId, const QByteArray &publicKey, const PushChange &change);
    [[nodiscard]] Result<ChangeResult>
    appendChange(const ParsedChange &change, const PushChange &raw, const QByteArray &publicKey);

    LedgerStore &m_store;
    Clock m_clock;
};

} // namespace fl::ledger
