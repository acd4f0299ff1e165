#include "recordstate.h"

#include "domain/hlc.h"
#include "domain/recordrules.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <set>

using namespace Qt::StringLiterals;

namespace fl::ledger {

namespace {

using Transition = std::variant<StateChange, Refusal>;

Transition refusal(RefusalCode code, const QString &reason)
{
    return Refusal{code, reason};
}

QJsonObject parseBody(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

// Compact JSON of one value (a JSON document can only hold an object or array).
QByteArray valueText(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

bool laterHlc(const QString &a, const QString &b)
{
    const auto ha = Hlc::parse(a);
    const auto hb = Hlc::parse(b);
    if (ha && hb)
        return *ha > *hb;
    return a > b; // fixed-width text sorts like the value
}

// What the device saw when it made this change: the ledger's version revision - 1, or, if newer,
// its own previous change as it made it (its own body, not what a merge made of it, so fields
// another device changed meanwhile are merged, never overwritten).
struct Base
{
    int version = 0;
    QByteArray body;
};

Result<std::optional<Base>> baseOf(const ParsedChange &c, RecordHistory &history)
{
    auto byNumber = history.version(c.recordId, c.revision - 1);
    if (!byNumber)
        return byNumber.error();
    auto own = history.versionByDevice(c.recordId, c.deviceId, c.revision - 1);
    if (!own)
        return own.error();
    if (*own && (!*byNumber || (*own)->seq > (*byNumber)->seq)) {
        if ((*own)->deleted)
            return std::optional<Base>(Base{(*own)->version, (*own)->body});
        auto submitted = history.submittedBody((*own)->changeId);
        if (!submitted)
            return submitted.error();
        return std::optional<Base>(Base{(*own)->version, *submitted});
    }
    if (!*byNumber)
        return std::optional<Base>{};
    return std::optional<Base>(Base{(*byNumber)->version, (*byNumber)->body});
}

struct Merged
{
    QJsonObject body;
    QList<FieldConflict> conflicts;
};

Result<Merged> mergeWithCurrent(const ParsedChange &c, qint64 seq, const StoredRecord &before,
                                const Base &base, RecordHistory &history)
{
    auto current = history.version(c.recordId, before.revision);
    if (!current)
        return current.error();
    const QString currentHlc = *current ? (*current)->hlc : QString();
    const QString currentChange = *current ? (*current)->changeId : QString();
    const bool incomingWins = laterHlc(c.hlc, currentHlc);
    const QJsonObject currentBody = parseBody(before.body);
    const MergeResult merge = mergeBodies(parseBody(base.body), currentBody, c.body, incomingWins);
    Merged merged{merge.body, {}};
    for (const QString &field : merge.conflictingFields) {
        FieldConflict conflict;
        conflict.recordId = c.recordId;
        conflict.field = field;
        conflict.seq = seq;
        conflict.keptChangeId = incomingWins ? c.changeId : currentChange;
        conflict.otherChangeId = incomingWins ? currentChange : c.changeId;
        conflict.keptValue = valueText(merge.body.value(field));
        conflict.otherValue =
            valueText(incomingWins ? currentBody.value(field) : c.body.value(field));
        merged.conflicts << conflict;
    }
    return merged;
}

} // namespace

MergeResult mergeBodies(const QJsonObject &base, const QJsonObject &current,
                        const QJsonObject &incoming, bool incomingWins)
{
    std::set<QString> fields;
    for (const QJsonObject *o : {&base, &current, &incoming}) {
        for (auto it = o->begin(); it != o->end(); ++it)
            fields.insert(it.key());
    }
    MergeResult result;
    for (const QString &field : fields) {
        const QJsonValue b = base.value(field); // Undefined when absent
        const QJsonValue cur = current.value(field);
        const QJsonValue inc = incoming.value(field);
        QJsonValue chosen = cur;
        if (inc == b || inc == cur) {
            chosen = cur;
        } else if (cur == b) {
            chosen = inc;
        } else {
            chosen = incomingWins ? inc : cur;
            result.conflictingFields << field;
        }
        if (!chosen.isUndefined())
            result.body.insert(field, chosen);
    }
    return result;
}

Result<QString> recordDivision(const ParsedChange &c, RecordHistory &history)
{
    if (c.kind != RecordKind::Evidence)
        return indexFields(c.kind, c.body).divisionCode;
    auto linked = history.current(c.body.value(u"linkedRecordId"_s).toString());
    if (!linked)
        return linked.error();
    return *linked ? (*linked)->division : QString();
}

Result<std::variant<StateChange, Refusal>> nextState(const ParsedChange &c, qint64 seq,
                                                     RecordHistory &history, bool byOffice)
{
    auto found = history.current(c.recordId);
    if (!found)
        return found.error();
    const std::optional<StoredRecord> &before = *found;
    if (before && before->kind != c.kindName)
        return refusal(RefusalCode::InvalidRecord,
                       u"record %1 is a %2 in the ledger, not a %3"_s.arg(c.recordId, before->kind,
                                                                          c.kindName));
    if (c.op != ChangeOp::Put && (!before || before->deleted))
        return refusal(RefusalCode::NotFound, u"the ledger has no record %1"_s.arg(c.recordId));

    StateChange state;
    if (c.op == ChangeOp::Track) {
        state.after = *before;
        state.after.lastSeq = seq;
        return Transition(state);
    }
    if (before && before->deleted)
        return refusal(RefusalCode::InvalidRecord, u"record %1 is deleted"_s.arg(c.recordId));
    if (before && isImmutable(c.kind, parseBody(before->body)))
        return refusal(RefusalCode::InvalidRecord,
                       u"record %1 can no longer be changed"_s.arg(c.recordId));
    const int current = before ? before->revision : 0;
    if (c.revision < 1 || c.revision - 1 > current || (before && c.revision == 1))
        return refusal(
            RefusalCode::RevisionGap,
            u"revision %1 does not follow the ledger's version %2 of record %3"_s.arg(c.revision)
                .arg(current)
                .arg(c.recordId));

    state.after.recordId = c.recordId;
    state.after.kind = c.kindName;
    state.after.revision = current + 1;
    state.after.deviceId = c.deviceId;
    state.after.lastSeq = seq;
    if (c.op == ChangeOp::Delete) {
        auto base = baseOf(c, history);
        if (!base)
            return base.error();
        if (!*base || (*base)->version != current || (*base)->body != before->body)
            return refusal(RefusalCode::RevisionGap,
                           u"record %1 changed on the ledger after this device last saw it; pull "
                           "its newest version before deleting it"_s.arg(c.recordId));
        state.after.deleted = true;
        state.after.body = before->body;
        state.after.division = before->division;
    } else {
        QJsonObject body = c.body;
        if (before) {
            auto base = baseOf(c, history);
            if (!base)
                return base.error();
            if (!*base)
                return refusal(RefusalCode::RevisionGap,
                               u"the ledger does not hold the version revision %1 of record %2 "
                               "was made on"_s.arg(c.revision)
                                   .arg(c.recordId));
            // Made on what is current, exactly as the ledger holds it: no merge needed.
            if ((*base)->version != current || (*base)->body != before->body) {
                auto merged = mergeWithCurrent(c, seq, *before, **base, history);
                if (!merged)
                    return merged.error();
                body = merged->body;
                state.conflicts = merged->conflicts;
                state.merged = true;
            }
        }
        state.after.body = bodyText(body);
        ParsedChange merged = c; // the division the merged body names, not the incoming one
        merged.body = body;
        auto division = recordDivision(merged, history);
        if (!division)
            return division.error();
        state.after.division = *division;
    }
    state.resolvesConflicts = c.op == ChangeOp::Put && !state.merged && byOffice;
    state.newVersion = RecordVersion{c.recordId, state.after.revision, seq,
                                     c.changeId, c.deviceId,           c.revision,
                                     c.hlc,      state.after.deleted,  state.after.body};
    return Transition(state);
}

} // namespace fl::ledger
