#pragma once

// The ledger's own SQLite schema, forward-only and tracked in PRAGMA user_version (independent
// of the device store's numbering).

#include "storage/database.h"

namespace fl::ledger {

[[nodiscard]] int latestLedgerSchemaVersion();
// Brings a ledger database to the latest version; refuses one made by a newer ledgerd.
[[nodiscard]] Result<void> migrateLedger(storage::Database &db);

} // namespace fl::ledger
