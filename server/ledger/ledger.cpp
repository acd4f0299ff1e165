#include "ledger.h"

#include "domain/recordrules.h"

#include <QDateTime>
#include <QJsonDocument>

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

} // namespace

Ledger::Ledger(LedgerStore &store, Clock clock)
    : m_store(store)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{}

Result<PushOutcome> Ledger::push(const QString &deviceId, const QByteArray &publicKey,
                                 const QList<PushChange> &changes)
{
    PushOutcome outcome;
    auto known = m_store.devicePublicKey(deviceId);
    if (!known)
        return known.error();
    if (*known && **known != publicKey) {
        outcome.keyMismatch = true;
        return outcome;
    }
    for (const auto &change : changes) {
        if (auto r = m_store.begin(); !r)
            return r.error();
        auto result = applyOne(deviceId, publicKey, change);
        if (!result) {
            m_store.rollback();
            return result.error();
        }
        if (result->status == ChangeResult::Status::Accepted) {
            if (auto r = m_store.commit(); !r)
                return r.error();
        } else {
            m_store.rollback();
        }
        outcome.results.append(*result);
    }
    return outcome;
}

Result<ChangeResult> Ledger::applyOne(const QString &deviceId, const QByteArray &publicKey,
                                      const PushChange &change)
{
    const QString peekedId = peekChangeId(change.payload);
    const auto signature = decodeBase64(change.signature, kSignatureBytes);
    if (!signature)
        return refused(peekedId, RefusalCode::BadSignature,
                       u"the signature is not 64 bytes of standard base64"_s);
    if (!verifySignature(change.payload, *signature, publicKey))
        return refused(peekedId, RefusalCode::BadSignature,
                       u"the signature does not match the change's bytes and the device's key"_s);
    auto parsed = parseChange(change.payload);
    if (auto *refusal = std::get_if<Refusal>(&parsed))
        return refused(peekedId, refusal->code, refusal->reason);
    const ParsedChange &c = std::get<ParsedChange>(parsed);
    if (c.deviceId != deviceId)
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
    return appendChange(c, change, publicKey);
}

Result<ChangeResult> Ledger::appendChange(const ParsedChange &c, const PushChange &raw,
                                          const QByteArray &publicKey)
{
    const qint64 now = m_clock();
    auto current = m_store.record(c.recordId);
    if (!current)
        return current.error();
    const std::optional<StoredRecord> &before = *current;
    if (before && before->kind != c.kindName)
        return refused(c.changeId, RefusalCode::InvalidRecord,
                       u"record %1 is a %2 in the ledger, not a %3"_s.arg(c.recordId, before->kind,
                                                                          c.kindName));
    StoredRecord after;
    if (c.op == ChangeOp::Track || c.op == ChangeOp::Delete) {
        if (!before || before->deleted)
            return refused(c.changeId, RefusalCode::NotFound,
                           u"the ledger has no record %1"_s.arg(c.recordId));
        after = *before;
    }
    if (c.op == ChangeOp::Put || c.op == ChangeOp::Delete) {
        const int expected = before ? before->revision + 1 : 1;
        if (c.revision != expected)
            return refused(c.changeId, RefusalCode::RevisionGap,
                           u"revision %1 does not follow the ledger's revision %2 of record %3"_s
                               .arg(c.revision)
                               .arg(expected - 1)
                               .arg(c.recordId));
        if (before && before->deleted)
            return refused(c.changeId, RefusalCode::InvalidRecord,
                           u"record %1 is deleted"_s.arg(c.recordId));
        if (before) {
            const QJsonObject oldBody = QJsonDocument::fromJson(before->body).object();
            if (isImmutable(c.kind, oldBody))
                return refused(c.changeId, RefusalCode::InvalidRecord,
                               u"record %1 can no longer be changed"_s.arg(c.recordId));
        }
        after.recordId = c.recordId;
        after.kind = c.kindName;
        after.revision = c.revision;
        after.deviceId = c.deviceId;
    }
    if (c.op == ChangeOp::Put) {
        const auto issues = validateRecordBody(c.kind, c.body, now + kFutureToleranceMs);
        if (hasErrors(issues))
            return refused(c.changeId, RefusalCode::InvalidRecord, firstError(issues));
        after.deleted = false;
        after.body = bodyText(c.body);
    } else if (c.op == ChangeOp::Delete) {
        after.deleted = true;
    }

    auto head = m_store.head();
    if (!head)
        return head.error();
    if (auto key = m_store.devicePublicKey(c.deviceId); !key) {
        return key.error();
    } else if (!*key) {
        // First accepted change of this device: trust on first use until enrolment exists.
        if (auto r = m_store.registerDevice(c.deviceId, publicKey, now); !r)
            return r.error();
    }
    StoredEntry entry;
    entry.seq = head->seq + 1;
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
    after.lastSeq = entry.seq;
    if (auto r = m_store.upsertRecord(after); !r)
        return r.error();

    ChangeResult result;
    result.changeId = c.changeId;
    result.status = ChangeResult::Status::Accepted;
    result.seq = entry.seq;
    return result;
}

} // namespace fl::ledger
