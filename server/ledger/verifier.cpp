#include "verifier.h"

#include "change.h"

#include <QHash>

#include <variant>

using namespace Qt::StringLiterals;

namespace fl::ledger {

namespace {

struct Replay
{
    QHash<QString, StoredRecord> records;
    QHash<QString, QByteArray> keys; // device id -> public key
    QByteArray hash = genesisHash();
    qint64 seq = 0;
    qint64 brokenSeq = 0;
    QString what;

    bool fail(qint64 at, const QString &text)
    {
        brokenSeq = at;
        what = text;
        return false;
    }

    bool check(LedgerStore &store, const StoredEntry &e)
    {
        if (e.seq != seq + 1)
            return fail(e.seq, u"entries %1 to %2 are missing"_s.arg(seq + 1).arg(e.seq - 1));
        if (e.prevHash != hash)
            return fail(e.seq, u"prev_hash differs from the previous entry's hash"_s);
        if (entryHash(e.prevHash, e.seq, e.deviceId, e.signature, e.payload) != e.entryHash)
            return fail(e.seq, u"entry_hash differs: payload, device_id or signature was edited"_s);
        if (!keys.contains(e.deviceId)) {
            auto key = store.devicePublicKey(e.deviceId);
            if (!key || !*key)
                return fail(e.seq, u"device %1 is not registered"_s.arg(e.deviceId));
            keys.insert(e.deviceId, **key);
        }
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

        StoredRecord &r = records[c.recordId];
        r.recordId = c.recordId;
        r.kind = c.kindName;
        r.lastSeq = e.seq;
        if (c.op != ChangeOp::Track) {
            r.revision = c.revision;
            r.deviceId = c.deviceId;
            r.deleted = c.op == ChangeOp::Delete;
        }
        if (c.op == ChangeOp::Put)
            r.body = bodyText(c.body);
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
    return {};
}

} // namespace

Result<VerifyReport> verifyLedger(LedgerStore &store)
{
    VerifyReport report;
    Replay replay;
    bool chainOk = true;
    if (auto r = store.forEachEntry([&](const StoredEntry &e) {
            chainOk = replay.check(store, e);
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
    }
    return report;
}

} // namespace fl::ledger
