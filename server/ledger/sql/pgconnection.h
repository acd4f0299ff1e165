#pragma once

// The ledger on PostgreSQL through libpq. Every statement is prepared once per connection;
// beginWrite() takes a transaction-scoped advisory lock, so writers in every ledgerd process on
// one database take turns like SQLite's BEGIN IMMEDIATE.
//
// What the shared SQL must respect here (SQLite is more lenient):
// - one statement at a time: forEach's `visit` must not run other statements on the same
//   connection (they fail with an Internal error);
// - any error inside a write transaction aborts it: roll back, do not carry on and commit;
// - parameter types are inferred from their context, so `?1 + 1` makes ?1 a 32-bit integer.

#include "connection.h"

namespace fl::ledger::sql {

// `url`: a libpq connection URI (postgresql://user@host:port/db). Fails with a clear error
// when the server cannot be reached or refuses the login.
[[nodiscard]] Result<std::unique_ptr<Connection>> openPostgres(const QString &url);

} // namespace fl::ledger::sql
