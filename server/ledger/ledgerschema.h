#pragma once

// The ledger's own schema, forward-only, written once in portable SQL for SQLite and
// PostgreSQL (sql::Connection::ddl adapts the types). Its version is independent of the device
// store's numbering.

#include "sql/connection.h"

namespace fl::ledger {

[[nodiscard]] int latestLedgerSchemaVersion();
// Brings a ledger database to the latest version; refuses one made by a newer ledgerd.
[[nodiscard]] Result<void> migrateLedger(sql::Connection &db);

} // namespace fl::ledger
