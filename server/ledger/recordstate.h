#pragma once

// How an accepted change moves a record's state in the ledger, as one function the push and
// `ledgerd verify`'s replay both run, so the records table can always be recomputed from the
// chain. Includes the per-field three-way merge of concurrent edits (docs/sync-protocol.md,
// "Conflicts").

#include "change.h"
#include "ledgerstore.h"

#include <variant>

namespace fl::ledger {

// The record state a transition reads: the ledger's tables, or verify's in-memory replay.
class RecordHistory
{
public:
    virtual ~RecordHistory() = default;
    [[nodiscard]] virtual Result<std::optional<StoredRecord>> current(const QString &recordId) = 0;
    [[nodiscard]] virtual Result<std::optional<RecordVersion>> version(const QString &recordId,
                                                                       int version) = 0;
    [[nodiscard]] virtual Result<std::optional<RecordVersion>>
    versionByDevice(const QString &recordId, const QString &deviceId, int deviceRevision) = 0;
    // The body a put carried, as the device made it (before any merge): compact JSON.
    [[nodiscard]] virtual Result<QByteArray> submittedBody(const QString &changeId) = 0;
};

struct StateChange
{
    StoredRecord after;
    std::optional<RecordVersion> newVersion; // put and delete make a version; track does not
    QList<FieldConflict> conflicts;
    bool merged = false; // made on an older version and merged field by field
    // An office put made on the current version: the record's open conflicts are decided.
    bool resolvesConflicts = false;
};

// The change's effect when appended at `seq`; a Refusal when the record's state forbids it.
// `byOffice`: the pushing device belongs to office staff or an admin.
[[nodiscard]] Result<std::variant<StateChange, Refusal>>
nextState(const ParsedChange &change, qint64 seq, RecordHistory &history, bool byOffice);

struct MergeResult
{
    QJsonObject body;
    QStringList conflictingFields;
};
// Three-way merge of top-level fields; on a real conflict the side with the later HLC wins.
[[nodiscard]] MergeResult mergeBodies(const QJsonObject &base, const QJsonObject &current,
                                      const QJsonObject &incoming, bool incomingWins);

// A record's scoping division: its own division code, or for evidence the linked record's.
[[nodiscard]] Result<QString> recordDivision(const ParsedChange &change, RecordHistory &history);

} // namespace fl::ledger
