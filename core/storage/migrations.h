#pragma once

// Forward-only schema migrations, tracked in PRAGMA user_version. Each step runs in its own
// transaction, so a failure (a full disk) leaves the store at the previous version, intact.

#include "database.h"

namespace fl::storage {

[[nodiscard]] int latestSchemaVersion();

// Refuses a database made by a newer FieldLedger (a higher schema version) before anything
// writes to it.
[[nodiscard]] Result<void> checkSchemaSupported(Database &db);

// Brings the schema from its current version up to `target` (default: latest). A database made
// by a newer FieldLedger (a higher version) is refused, never downgraded.
[[nodiscard]] Result<void> migrate(Database &db, int target = -1);

} // namespace fl::storage
