#include "ledger.h"

#include "blobs.h"
#include "domain/recordrules.h"
#include "recordstate.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fl::ledger {

namespace {

ChangeResult refused(const QString &changeId, RefusalCode code, const QString &reason)
{
    ChangeResult r;
    r.changeId = changeId;
    r.status = ChangeResult::Status::Refused;
    r.refusal = Refusal{code, reason};
    return r;
}

QString firstError(const QList<FieldIssue> &issues)
{
    for (const auto &issue : issues) {
        if (!issue.warning)
            return issue.field.isEmpty() ? issue.message : issue.field + u": "_s + issue.message;
    }
    return {};
}

// The ledger's tables as the history a state transition reads. One per change: the scope check
// and the transition read the same records, and nothing is written until both are done, so the
// records read are kept for the change.
class StoreHistory final : public RecordHistory
{
public:
    explicit StoreHistory(LedgerStore &store)
        : m_store(store)
    {}
    Result<std::optional<StoredRecord>> current(const QString &recordId) override
    {
        if (auto it = m_records.constFind(recordId); it != m_records.cend())
            return *it;
        auto found = m_store.record(recordId);
        if (found)
            m_records.insert(recordId, *found);
        return found;
    }
    Result<std::optional<RecordVersion>> version(const QString &recordId, int version) override
    {
        return m_store.version(recordId, version);
    }
    Result<std::optional<RecordVersion>>
    versionByDevice(const QString &recordId, const QString &deviceId, int deviceRevision) override
    {
        return m_store.versionByDevice(recordId, deviceId, deviceRevision);
    }
    Result<QByteArray> submittedBody(const QString &changeId) override
    {
        auto entry = m_store.entryByChangeId(changeId);
        if (!entry)
            return entry.error();
        if (!*entry)
            return makeError(
                ErrorCode::StorageCorrupt,
                u"the ledger has a version of change %1 but not the change"_s.arg(changeId));
        return submittedBodyOf((*entry)->payload);
    }

private:
    LedgerStore &m_store;
    QHash<QString, std::optional<StoredRecord>> m_records;
};

} // namespace

Ledger::Ledger(LedgerStore &store, Clock clock)
    : m_store(store)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{}

Result<QList<ChangeResult>> Ledger::push(const Session &session, const QList<PushChange> &changes)
{
    // One transaction and one sync to disk per request; a savepoint per change, so a refused
    // change leaves no trace and never undoes the accepted ones around it.
    if (auto r = m_store.begin(); !r)
        return r.error();
    QList<ChangeResult> results;
    QSet<QString> refusedRecords; // a later change of such a record was made on the refused one
    for (const auto &change : changes) {
        auto result = m_store.savepoint();
        Result<ChangeResult> applied =
            result ? applyOne(session, change, refusedRecords) : result.error();
        if (applied && applied->status == ChangeResult::Status::Refused &&
            !applied->recordId.isEmpty())
            refusedRecords.insert(applied->recordId);
        if (applied && applied->status == ChangeResult::Status::Accepted)
            result = m_store.releaseSavepoint();
        else if (applied)
            result = m_store.rollbackToSavepoint();
        if (!applied || !result) {
            m_store.rollback();
            return !applied ? applied.error() : result.error();
        }
        results.append(*applied);
    }
    if (auto r = m_store.commit(); !r)
        return r.error();
    return results;
}

Result<ChangeResult> Ledger::applyOne(const Session &session, const PushChange &change,
                                      const QSet<QString> &refusedRecords)
{
    // The change id of a payload that will not parse as a change: read only when needed.
    const auto refusedEarly = [&](RefusalCode code, const QString &reason) {
        return refused(peekChangeId(change.payload), code, reason);
    };
    const auto signature = decodeBase64(change.signature, kSignatureBytes);
    if (!signature)
        return refusedEarly(RefusalCode::BadSignature,
                            u"the signature is not 64 bytes of standard base64"_s);
    if (!verifySignature(change.payload, *signature, session.publicKey))
        return refusedEarly(RefusalCode::BadSignature,
                            u"the signature does not match the change's bytes and the device's "
                            "key"_s);
    auto parsed = parseChange(change.payload);
    if (auto *refusal = std::get_if<Refusal>(&parsed))
        return refusedEarly(refusal->code, refusal->reason);
    const ParsedChange &c = std::get<ParsedChange>(parsed);
    auto result = applyParsed(session, c, change, refusedRecords);
    if (result)
        result->recordId = c.recordId;
    return result;
}

Result<ChangeResult> Ledger::applyParsed(const Session &session, const ParsedChange &c,
                                         const PushChange &change,
                                         const QSet<QString> &refusedRecords)
{
    if (c.deviceId != session.deviceId)
        return refused(c.changeId, RefusalCode::DeviceMismatch,
                       u"the change was made on another device than the one pushing it"_s);

    auto existing = m_store.entryByChangeId(c.changeId);
    if (!existing)
        return existing.error();
    if (*existing) {
        if ((*existing)->payload == change.payload) {
            ChangeResult r;
            r.changeId = c.changeId;
            r.status = ChangeResult::Status::Duplicate;
            r.seq = (*existing)->seq;
            return r;
        }
        return refused(c.changeId, RefusalCode::ChangeIdConflict,
                       u"another change with this id is already in the ledger (seq %1)"_s.arg(
                           (*existing)->seq));
    }
    if (c.op == ChangeOp::Put) {
        const auto issues = validateRecordBody(c.kind, c.body, m_clock() + kFutureToleranceMs);
        if (hasErrors(issues))
            return refused(c.changeId, RefusalCode::InvalidRecord, firstError(issues));
    }
    if (refusedRecords.contains(c.recordId))
        return refused(c.changeId, RefusalCode::RevisionGap,
                       u"an earlier change of record %1 in this push was refused, and this one "
                       "was made on it"_s.arg(c.recordId));
    StoreHistory history(m_store);
    auto scope = checkScope(session, c, history);
    if (!scope)
        return scope.error();
    if (*scope)
        return refused(c.changeId, (*scope)->code, (*scope)->reason);
    return appendChange(session, c, change, history);
}

Result<std::optional<Refusal>> Ledger::checkScope(const Session &session, const ParsedChange &c,
                                                  RecordHistory &history)
{
    const User &user = session.user;
    if (!roleAllowsKind(user.role, c.kind))
        return std::optional<Refusal>(
            Refusal{RefusalCode::OutOfScope,
                    u"a %1 may not send %2 records"_s.arg(roleName(user.role), c.kindName)});
    QStringList divisions;
    auto before = history.current(c.recordId);
    if (!before)
        return before.error();
    if (*before)
        divisions << (*before)->division;
    if (c.op == ChangeOp::Put) {
        auto division = recordDivision(c, history);
        if (!division)
            return division.error();
        if (division->isEmpty() && c.kind == RecordKind::Evidence)
            return std::optional<Refusal>(
                Refusal{RefusalCode::NotFound,
                        u"the record this evidence supports is not in the ledger yet"_s});
        if (division->isEmpty()) // valid on the device, but the ledger files it by division
            return std::optional<Refusal>(
                Refusal{RefusalCode::InvalidRecord,
                        u"divisionCode: the ledger needs the record's administrative division "
                        "(GB/T 2260, e.g. 652801); add it and save again"_s});
        divisions << *division;
    }
    for (const QString &division : std::as_const(divisions)) {
        if (!divisionsCover(user.divisions, division))
            return std::optional<Refusal>(Refusal{
                RefusalCode::OutOfScope,
                division.isEmpty() ? u"the record names no administrative division"_s
                                   : u"division %1 is outside %2's divisions (%3)"_s.arg(
                                         division, user.name, user.divisions.join(u", "_s))});
    }
    return std::optional<Refusal>{};
}

Result<ChangeResult> Ledger::appendChange(const Session &session, const ParsedChange &c,
                                          const PushChange &raw, RecordHistory &history)
{
    const qint64 now = m_clock();
    auto head = m_store.head();
    if (!head)
        return head.error();
    const qint64 seq = head->seq + 1;
    auto next = nextState(c, seq, history, isOfficeRole(session.user.role));
    if (!next)
        return next.error();
    if (auto *refusal = std::get_if<Refusal>(&*next))
        return refused(c.changeId, refusal->code, refusal->reason);
    const StateChange &state = std::get<StateChange>(*next);
    if (state.merged) {
        // Each side was valid alone; together they may not be (a task closed out by one device
        // while the other removed its evidence). Refused, visibly, rather than stored broken.
        const QJsonObject mergedBody = QJsonDocument::fromJson(state.after.body).object();
        const auto issues = validateRecordBody(c.kind, mergedBody, now + kFutureToleranceMs);
        if (hasErrors(issues))
            return refused(
                c.changeId, RefusalCode::InvalidRecord,
                u"together with the ledger's newer version of record %1 this edit "
                "breaks a rule: %2; pull, then edit again"_s.arg(c.recordId, firstError(issues)));
    }
    if (c.op == ChangeOp::Put && c.kind == RecordKind::Evidence) {
        const QString sha = c.body.value(u"sha256"_s).toString();
        auto complete = BlobStore(m_store.sql()).isComplete(sha);
        if (!complete)
            return complete.error();
        if (!*complete)
            return refused(c.changeId, RefusalCode::BlobMissing,
                           u"the ledger does not hold the file %1 yet"_s.arg(sha));
    }

    StoredEntry entry;
    entry.seq = seq;
    entry.changeId = c.changeId;
    entry.deviceId = c.deviceId;
    entry.recordId = c.recordId;
    entry.kind = c.kindName;
    entry.op = changeOpName(c.op);
    entry.revision = c.op == ChangeOp::Track ? 0 : c.revision;
    entry.receivedMs = now;
    entry.payload = raw.payload;
    entry.signature = raw.signature;
    entry.prevHash = head->hash;
    entry.entryHash =
        entryHash(entry.prevHash, entry.seq, entry.deviceId, entry.signature, entry.payload);
    if (auto r = m_store.append(entry); !r)
        return r.error();
    if (auto r = m_store.upsertRecord(state.after); !r)
        return r.error();
    if (state.newVersion) {
        if (auto r = m_store.addVersion(*state.newVersion); !r)
            return r.error();
    }
    ChangeResult result;
    for (const FieldConflict &conflict : state.conflicts) {
        if (auto r = m_store.addConflict(conflict); !r)
            return r.error();
        result.conflictFields << conflict.field;
    }
    // Office staff editing the merged version is how conflicts get resolved.
    if (state.resolvesConflicts) {
        if (auto r = m_store.resolveConflicts(c.recordId, seq); !r)
            return r.error();
    }
    result.changeId = c.changeId;
    result.status = ChangeResult::Status::Accepted;
    result.seq = entry.seq;
    return result;
}

Result<PullPage> Ledger::pull(const Session &session, qint64 after, int limit)
{
    PullPage page;
    auto head = m_store.head();
    if (!head)
        return head.error();
    page.head = head->seq;
    // One more than the page: a client learns that nothing is left without asking again.
    auto entries = m_store.entriesAfter(after, limit + 1, session.pullScope());
    if (!entries)
        return entries.error();
    page.more = entries->size() > limit;
    page.entries = entries->mid(0, limit);
    // Nothing (more) in scope: the cursor may jump to the head.
    // Never above the head: after a restore from backup a device's cursor comes back down.
    page.next = page.more
                    ? page.entries.last().seq
                    : std::max(head->seq, page.entries.isEmpty() ? 0 : page.entries.last().seq);
    QStringList ids;
    QSet<QString> seen;
    for (const auto &e : std::as_const(page.entries)) {
        if (!seen.contains(e.recordId)) {
            seen.insert(e.recordId);
            ids << e.recordId;
        }
    }
    auto records = m_store.records(ids);
    if (!records)
        return records.error();
    QHash<QString, StoredRecord> byId;
    for (const StoredRecord &r : std::as_const(*records))
        byId.insert(r.recordId, r);
    // The device's own changes that nothing has touched since hold nothing it does not have;
    // they are left out (the cursor still moves past them). A merged one is sent: its body is
    // not what the device made.
    QList<StoredEntry> delivered;
    QSet<QString> deliveredIds;
    for (const StoredEntry &e : std::as_const(page.entries)) {
        const StoredRecord &r = byId[e.recordId];
        const bool ownAndCurrent =
            e.deviceId == session.deviceId && r.lastSeq == e.seq &&
            (e.op == u"track"_s || (e.op == u"put"_s && submittedBodyOf(e.payload) == r.body));
        if (ownAndCurrent)
            continue;
        delivered << e;
        deliveredIds.insert(e.recordId);
    }
    page.entries = delivered;
    for (const QString &id : std::as_const(ids)) {
        if (deliveredIds.contains(id))
            page.records << byId.value(id);
    }
    if (deliveredIds.isEmpty())
        return page; // (an empty list would ask for every open conflict)
    auto conflicts = m_store.openConflicts(QStringList(deliveredIds.begin(), deliveredIds.end()));
    if (!conflicts)
        return conflicts.error();
    page.conflicts = *conflicts;
    return page;
}

} // namespace fl::ledger
