#pragma once

// The ledger's rules for a push (docs/sync-protocol.md): per change accepted, duplicate or
// refused, each change under its own savepoint together with its hash-chain step, the record's
// new state and version, and any conflicts its merge found. Knows nothing of HTTP.

#include "access.h"
#include "change.h"
#include "ledgerstore.h"
#include "recordstate.h"

#include <QList>
#include <QSet>

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
    QString recordId;           // empty when the payload could not be read
    Refusal refusal;            // when refused
    QStringList conflictFields; // accepted after a merge that found conflicts
};

// One page of GET /v1/pull.
struct PullPage
{
    QList<StoredEntry> entries;
    QList<StoredRecord> records;    // current state of every record on the page
    QList<FieldConflict> conflicts; // their open conflicts
    qint64 next = 0;
    bool more = false;
    qint64 head = 0;
};

class Ledger
{
public:
    using Clock = std::function<qint64()>; // UTC milliseconds

    // Records may carry times up to this far ahead of the server's clock (phones set wrong).
    static constexpr qint64 kFutureToleranceMs = 24LL * 3600 * 1000;

    explicit Ledger(LedgerStore &store, Clock clock = {});

    // An Error means the database failed: nothing of this push was applied (one transaction,
    // a savepoint per change), so resending it is safe.
    [[nodiscard]] Result<QList<ChangeResult>> push(const Session &session,
                                                   const QList<PushChange> &changes);
    [[nodiscard]] Result<PullPage> pull(const Session &session, qint64 after, int limit);

    [[nodiscard]] LedgerStore &store() { return m_store; }

private:
    // Runs inside the change's transaction.
    [[nodiscard]] Result<ChangeResult> applyOne(const Session &session, const PushChange &change,
                                                const QSet<QString> &refusedRecords);
    [[nodiscard]] Result<ChangeResult> applyParsed(const Session &session, const ParsedChange &c,
                                                   const PushChange &change,
                                                   const QSet<QString> &refusedRecords);
    // `history`: the change's view of the ledger's records (see ledger.cpp, StoreHistory).
    [[nodiscard]] Result<ChangeResult> appendChange(const Session &session, const ParsedChange &c,
                                                    const PushChange &raw, RecordHistory &history);
    [[nodiscard]] Result<std::optional<Refusal>>
    checkScope(const Session &session, const ParsedChange &c, RecordHistory &history);

    LedgerStore &m_store;
    Clock m_clock;
};

} // namespace fl::ledger
