#pragma once

// The ledger on one SQLite file: WAL with synchronous=FULL, so an acknowledged change survives
// a power cut; BEGIN IMMEDIATE takes the single writer lock at the start of a transaction.

#include "connection.h"

namespace fl::ledger::sql {

[[nodiscard]] Result<std::unique_ptr<Connection>> openSqlite(const QString &path, bool create);

} // namespace fl::ledger::sql
