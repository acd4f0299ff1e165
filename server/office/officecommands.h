#pragma once

// The office's ledgerd subcommands (docs/deployment.md, "Running the office"): users, enrolment
// codes, devices, conflicts, exports and a summary of what the ledger holds. Each prints plain
// text on stdout and returns the process exit code (0 done, 1 refused, 2 usage or database).

#include "ledger/ledgerstore.h"

#include <QCommandLineParser>

namespace fl::office {

[[nodiscard]] int addUser(ledger::LedgerStore &store, const QCommandLineParser &args);
[[nodiscard]] int listUsers(ledger::LedgerStore &store);
[[nodiscard]] int disableUser(ledger::LedgerStore &store, const QString &name);
[[nodiscard]] int issueEnrolmentCode(ledger::LedgerStore &store, const QCommandLineParser &args);
[[nodiscard]] int listDevices(ledger::LedgerStore &store);
[[nodiscard]] int revokeDevice(ledger::LedgerStore &store, const QString &deviceId);
[[nodiscard]] int listConflicts(ledger::LedgerStore &store);
[[nodiscard]] int summary(ledger::LedgerStore &store);
[[nodiscard]] int exportRecords(ledger::LedgerStore &store, const QCommandLineParser &args);

void printLine(FILE *to, const QString &text);

} // namespace fl::office
