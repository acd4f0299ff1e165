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

[[nodiscard]] Result<VerifyReport> verifyLedger(LedgerStore &store);

} // namespace fl::ledger
