#include "verifier.h"

#include "blobs.h"
#include "change.h"
#include "recordstate.h"

#include <QHash>
#include <QJsonDocument>

#include <algorithm>
#include <tuple>
#include <variant>

using namespace Qt::StringLiterals;

namespace fl::ledger {

namespace {

struct Replay final : RecordHistory
{
    QHash<QString, StoredRecord> records;
    QHash<QString, QList<RecordVersion>> versions; // per record, in version order
    QList<FieldConflict> conflicts;
    QHash<QString, QByteArray> keys; // device id -> public key
    QSet<QString> officeDevices;
    QHash<qint64, QByteArray> anchors;    // seq -> hash noted outside the database
    QHash<QString, QByteArray> submitted; // change id -> body as pushed (puts only)
    QByteArray hash = genesisHash();
    qint64 seq = 0;
    qint64 brokenSeq = 0;
    QString what;

    Result<std::optional<StoredRecord>> current(const QString &recordId) override
    {
        auto it = records.constFind(recordId);
        return it == records.cend() ? std::optional<StoredRecord>{} : std::optional(*it);
    }
    Result<std::optional<RecordVersion>> version(const QString &recordId, int number) override
    {
        const QList<RecordVersion> &list = versions[recordId];
        if (number < 1 || number > list.size())
            return std::optional<RecordVersion>{};
        return std::optional(list.at(number - 1));
    }
    Result<std::optional<RecordVersion>>
    versionByDevice(const QString &recordId, const QString &deviceId, int deviceRevision) override
    {
        const QList<RecordVersion> &list = versions[recordId];
        for (auto it = list.crbegin(); it != list.crend(); ++it) {
            if (it->deviceId == deviceId && it->deviceRevision == deviceRevision)
                return std::optional(*it);
        }
        return std::optional<RecordVersion>{};
    }

    Result<QByteArray> submittedBody(const QString &changeId) override
    {
        auto it = submitted.constFind(changeId);
        if (it == submitted.cend())
            return makeError(ErrorCode::StorageCorrupt,
                             u"a version names change %1, which the chain lacks"_s.arg(changeId));
        return *it;
    }

    bool fail(qint64 at, const QString &text)
    {
        brokenSeq = at;
        what = text;
        return false;
    }

    bool check(const StoredEntry &e)
    {
        if (e.seq != seq + 1)
            return fail(e.seq, u"entries %1 to %2 are missing"_s.arg(seq + 1).arg(e.seq - 1));
        if (e.prevHash != hash)
            return fail(e.seq, u"prev_hash differs from the previous entry's hash"_s);
        if (entryHash(e.prevHash, e.seq, e.deviceId, e.signature, e.payload) != e.entryHash)
            return fail(e.seq, u"entry_hash differs: payload, device_id or signature was edited"_s);
        if (anchors.contains(e.seq) && anchors.value(e.seq) != e.entryHash)
            return fail(e.seq, u"the hash differs from the anchor noted for this entry: the chain "
                               "was rewritten"_s);
        if (!keys.contains(e.deviceId))
            return fail(e.seq, u"device %1 is not registered"_s.arg(e.deviceId));
        const auto signature = decodeBase64(e.signature, kSignatureBytes);
        if (!signature || !verifySignature(e.payload, *signature, keys.value(e.deviceId)))
            return fail(e.seq, u"signature does not verify with device %1's key"_s.arg(e.deviceId));
        auto parsed = parseChange(e.payload);
        if (auto *refusal = std::get_if<Refusal>(&parsed))
            return fail(e.seq, u"payload is not a valid change: %1"_s.arg(refusal->reason));
        const ParsedChange &c = std::get<ParsedChange>(parsed);
        const int revision = c.op == ChangeOp::Track ? 0 : c.revision;
        if (c.changeId != e.changeId || c.deviceId != e.deviceId || c.recordId != e.recordId ||
            c.kindName != e.kind || changeOpName(c.op) != e.op || revision != e.revision)
            return fail(e.seq, u"the entry's columns differ from its payload"_s);

        auto next = nextState(c, e.seq, *this, officeDevices.contains(c.deviceId));
        if (!next)
            return fail(e.seq, next.error().toString());
        if (auto *refusal = std::get_if<Refusal>(&*next))
            return fail(e.seq,
                        u"the ledger would have refused this change: %1"_s.arg(refusal->reason));
        const StateChange &state = std::get<StateChange>(*next);
        if (c.op == ChangeOp::Put)
            submitted.insert(c.changeId, bodyText(c.body));
        records.insert(c.recordId, state.after);
        if (state.newVersion)
            versions[c.recordId].append(*state.newVersion);
        if (state.resolvesConflicts) {
            for (FieldConflict &open : conflicts) {
                if (open.recordId == c.recordId && open.resolvedSeq == 0)
                    open.resolvedSeq = e.seq;
            }
        }
        conflicts << state.conflicts;
        seq = e.seq;
        hash = e.entryHash;
        return true;
    }
};

QString recordDifference(const StoredRecord &row, const StoredRecord &expected)
{
    if (row.kind != expected.kind)
        return u"kind"_s;
    if (row.revision != expected.revision)
        return u"revision"_s;
    if (row.deviceId != expected.deviceId)
        return u"device_id"_s;
    if (row.deleted != expected.deleted)
        return u"deleted"_s;
    if (row.body != expected.body)
        return u"body"_s;
    if (row.lastSeq != expected.lastSeq)
        return u"last_seq"_s;
    if (row.division != expected.division)
        return u"division"_s;
    return {};
}

bool sameConflict(const FieldConflict &a, const FieldConflict &b)
{
    return a.recordId == b.recordId && a.field == b.field && a.seq == b.seq &&
           a.keptChangeId == b.keptChangeId && a.otherChangeId == b.otherChangeId &&
           a.keptValue == b.keptValue && a.otherValue == b.otherValue &&
           a.resolvedSeq == b.resolvedSeq;
}

void sortConflicts(QList<FieldConflict> &list)
{
    // In C++, not SQL: PostgreSQL's collation may order field names differently.
    std::sort(list.begin(), list.end(), [](const FieldConflict &a, const FieldConflict &b) {
        return std::tie(a.seq, a.recordId, a.field) < std::tie(b.seq, b.recordId, b.field);
    });
}

// The conflicts table must hold exactly the conflicts the replay's merges found.
Result<QString> checkConflicts(LedgerStore &store, QList<FieldConflict> expected, qint64 &at)
{
    QList<FieldConflict> rows;
    if (auto r = store.forEachConflict([&](const FieldConflict &row) {
            rows << row;
            return true;
        });
        !r)
        return r.error();
    sortConflicts(rows);
    sortConflicts(expected);
    for (qsizetype i = 0; i < std::max(rows.size(), expected.size()); ++i) {
        if (i >= rows.size()) {
            at = expected.at(i).seq;
            return u"the conflict on %1 field %2 is missing"_s.arg(expected.at(i).recordId,
                                                                   expected.at(i).field);
        }
        if (i >= expected.size() || !sameConflict(rows.at(i), expected.at(i))) {
            at = rows.at(i).seq;
            return u"conflicts row for %1 field %2 differs from the ledger's merges"_s.arg(
                rows.at(i).recordId, rows.at(i).field);
        }
    }
    return QString();
}

bool sameVersion(const RecordVersion &a, const RecordVersion &b)
{
    return a.recordId == b.recordId && a.version == b.version && a.seq == b.seq &&
           a.changeId == b.changeId && a.deviceId == b.deviceId &&
           a.deviceRevision == b.deviceRevision && a.hlc == b.hlc && a.deleted == b.deleted &&
           a.body == b.body;
}

// The record_versions table (what later merges read) must be the replay's versions.
Result<QString> checkVersions(LedgerStore &store,
                              const QHash<QString, QList<RecordVersion>> &replayed, qint64 &at)
{
    QList<RecordVersion> expected;
    for (const auto &list : replayed)
        expected << list;
    std::sort(expected.begin(), expected.end(),
              [](const RecordVersion &a, const RecordVersion &b) { return a.seq < b.seq; });
    qsizetype i = 0;
    QString what;
    auto r = store.forEachVersion([&](const RecordVersion &row) {
        if (i >= expected.size() || !sameVersion(row, expected.at(i))) {
            at = row.seq;
            what =
                u"record_versions row of %1 version %2 differs from the ledger"_s.arg(row.recordId)
                    .arg(row.version);
            return false;
        }
        ++i;
        return true;
    });
    if (!r)
        return r.error();
    if (what.isEmpty() && i < expected.size()) {
        at = expected.at(i).seq;
        what = u"record_versions row of %1 version %2 is missing"_s.arg(expected.at(i).recordId)
                   .arg(expected.at(i).version);
    }
    return what;
}

// Every complete blob hashes to its name, and every evidence record's file is there.
Result<QString> checkBlobs(LedgerStore &store, const QHash<QString, StoredRecord> &records,
                           qint64 &at)
{
    BlobStore blobs(store.sql());
    QString what;
    auto r = blobs.forEachComplete([&](const BlobStatus &blob) {
        auto actual = blobs.rehash(blob.sha256);
        if (!actual || *actual != blob.sha256) {
            what = u"blob %1: its bytes do not hash to its name"_s.arg(blob.sha256);
            return false;
        }
        return true;
    });
    if (!r)
        return r.error();
    if (!what.isEmpty())
        return what;
    for (const StoredRecord &record : records) {
        if (record.kind != recordKindName(RecordKind::Evidence))
            continue;
        const QString sha = QJsonDocument::fromJson(record.body).object()[u"sha256"_s].toString();
        auto complete = blobs.isComplete(sha);
        if (!complete)
            return complete.error();
        if (!*complete) {
            at = record.lastSeq;
            return u"evidence %1: its file %2 is not in the ledger"_s.arg(record.recordId, sha);
        }
    }
    return QString();
}

Result<VerifyReport> verifySnapshot(LedgerStore &store, const QList<ChainAnchor> &anchors)
{
    VerifyReport report;
    Replay replay;
    // Read before the entries: PostgreSQL cannot run a query while another streams its rows.
    auto keys = store.devicePublicKeys();
    if (!keys)
        return keys.error();
    replay.keys = *keys;
    for (const ChainAnchor &anchor : anchors)
        replay.anchors.insert(anchor.seq, anchor.hash);
    auto office = store.officeDevices();
    if (!office)
        return office.error();
    replay.officeDevices = *office;
    bool chainOk = true;
    if (auto r = store.forEachEntry([&](const StoredEntry &e) {
            chainOk = replay.check(e);
            return chainOk;
        });
        !r)
        return r.error();
    auto counts = store.counts();
    if (!counts)
        return counts.error();
    report.counts = *counts;
    report.headHash = replay.hash;
    if (!chainOk) {
        report.ok = false;
        report.brokenSeq = replay.brokenSeq;
        report.what = replay.what;
        return report;
    }
    for (const ChainAnchor &anchor : anchors) {
        if (anchor.seq > replay.seq) {
            report.ok = false;
            report.brokenSeq = replay.seq + 1;
            report.what = u"the chain ends at seq %1, before the anchor noted at seq %2: entries "
                          "were removed"_s.arg(replay.seq)
                              .arg(anchor.seq);
            return report;
        }
    }
    auto head = store.head();
    if (!head)
        return head.error();
    if (head->seq != replay.seq || head->hash != replay.hash) {
        report.ok = false;
        report.brokenSeq = replay.seq + 1;
        report.what = u"the ledger's head is at seq %1 but the entries end at %2: entries were "
                      "removed or the head was edited"_s.arg(head->seq)
                          .arg(replay.seq);
        return report;
    }

    // The records table must be exactly the replay of the ledger.
    qint64 firstBad = 0;
    QString firstWhat;
    const auto note = [&](qint64 seq, const QString &what) {
        if (firstBad == 0 || seq < firstBad) {
            firstBad = seq;
            firstWhat = what;
        }
    };
    QHash<QString, StoredRecord> expected = replay.records;
    if (auto r = store.forEachRecord([&](const StoredRecord &row) {
            auto it = expected.find(row.recordId);
            if (it == expected.end()) {
                note(row.lastSeq,
                     u"records has %1, which no ledger entry made"_s.arg(row.recordId));
                return true;
            }
            if (const QString field = recordDifference(row, *it); !field.isEmpty())
                note(it->lastSeq,
                     u"records row of %1 differs from the ledger (%2)"_s.arg(row.recordId, field));
            expected.erase(it);
            return true;
        });
        !r)
        return r.error();
    for (const auto &missing : std::as_const(expected))
        note(missing.lastSeq, u"records row of %1 is missing"_s.arg(missing.recordId));
    if (firstBad != 0 || !firstWhat.isEmpty()) {
        report.ok = false;
        report.brokenSeq = firstBad;
        report.what = firstWhat;
        return report;
    }
    qint64 at = 0;
    auto versions = checkVersions(store, replay.versions, at);
    if (!versions)
        return versions.error();
    auto conflicts = versions->isEmpty() ? checkConflicts(store, replay.conflicts, at) : versions;
    if (!conflicts)
        return conflicts.error();
    auto blobs = conflicts->isEmpty() ? checkBlobs(store, replay.records, at) : conflicts;
    if (!blobs)
        return blobs.error();
    if (!blobs->isEmpty()) {
        report.ok = false;
        report.brokenSeq = at;
        report.what = *blobs;
    }
    return report;
}

} // namespace

Result<VerifyReport> verifyLedger(LedgerStore &store, const QList<ChainAnchor> &anchors)
{
    // One snapshot for every table: pushes committed meanwhile are not half seen.
    if (auto r = store.sql().beginRead(); !r)
        return r.error();
    auto report = verifySnapshot(store, anchors);
    store.sql().rollback();
    return report;
}

} // namespace fl::ledger
