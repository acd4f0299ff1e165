#pragma once

// `ledgerd verify`: recomputes the hash chain and every signature, checks each entry's columns
// against its payload and the records table against a replay of the ledger, and names the first
// entry where something was changed by hand.

#include "ledgerstore.h"

namespace fl::ledger {

struct VerifyReport
{
    bool ok = true;
    qint64 brokenSeq = 0; // the first entry that does not match (when !ok)
    QString what;         // what differs, in words
    LedgerCounts counts;
    QByteArray headHash;
};

// A chain hash noted outside the database (printed by an earlier verify, kept by the office):
// the chain must still hold exactly this hash at this seq, so removing the newest entries or
// rewriting history with the head row adjusted to match is detected too.
struct ChainAnchor
{
    qint64 seq = 0;
    QByteArray hash;
};

[[nodiscard]] Result<VerifyReport> verifyLedger(LedgerStore &store,
                                                const QList<ChainAnchor> &anchors = {});

} // namespace fl::ledger
