// SyncClient: pulling (GET /v1/pull) page by page from the store's cursor. Each page is applied
// and the cursor moved in one store transaction, so a pull cut between pages resumes after the
// last applied one; with nothing new it is one request that writes nothing.

#include "syncclient.h"

#include "domain/trackjson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace fl {

namespace {

RemoteTrack trackFromChange(const QJsonObject &change)
{
    RemoteTrack track;
    track.patrolId = change.value(u"recordId"_s).toString();
    track.firstSeq = change.value(u"firstSeq"_s).toInt();
    for (const auto &fix : change.value(u"fixes"_s).toArray())
        track.fixes << trackFixFromJson(fix.toArray());
    for (const auto &value : change.value(u"dropped"_s).toArray()) {
        const QJsonObject dropped = value.toObject();
        track.dropped << RemoteDroppedFix{dropped.value(u"timeMs"_s).toInteger(),
                                          dropped.value(u"reason"_s).toString(),
                                          dropped.value(u"detail"_s).toString()};
    }
    return track;
}

struct ParsedPage
{
    PulledPage page;
    bool more = false;
    qint64 head = 0;
    int unknownKinds = 0; // records of kinds this version does not know: left out
};

// The page's changes give each record's newest author, clock and device (the record states
// carry none) and other devices' track fixes; this device's own fixes are already here.
void readChanges(const QJsonArray &changes, const QString &ownDeviceId, ParsedPage &parsed,
                 QHash<QString, QJsonObject> &newestEdit)
{
    for (const auto &value : changes) {
        const QByteArray payload = value.toObject().value(u"payload"_s).toString().toUtf8();
        const QJsonObject change = QJsonDocument::fromJson(payload).object();
        const QString op = change.value(u"op"_s).toString();
        if (op == u"track"_s) {
            if (change.value(u"deviceId"_s).toString() != ownDeviceId)
                parsed.page.tracks << trackFromChange(change);
        } else if (op == u"put"_s || op == u"delete"_s) {
            newestEdit.insert(change.value(u"recordId"_s).toString(), change); // seq order
        }
    }
}

Result<ParsedPage> parsePage(const QJsonObject &json, const QString &ownDeviceId)
{
    if (!json.value(u"next"_s).isDouble() || !json.value(u"records"_s).isObject() ||
        !json.value(u"changes"_s).isArray()) {
        return makeError(ErrorCode::Io, u"the ledger's answer is not a pull page; nothing was "
                                        "applied"_s);
    }
    ParsedPage parsed;
    parsed.page.next = json.value(u"next"_s).toInteger();
    parsed.more = json.value(u"more"_s).toBool();
    parsed.head = json.value(u"head"_s).toInteger();
    QHash<QString, QJsonObject> newestEdit;
    readChanges(json.value(u"changes"_s).toArray(), ownDeviceId, parsed, newestEdit);
    const QJsonObject records = json.value(u"records"_s).toObject();
    for (auto it = records.begin(); it != records.end(); ++it) {
        const QJsonObject state = it.value().toObject();
        const auto kind = recordKindFromName(state.value(u"kind"_s).toString());
        if (!kind) {
            ++parsed.unknownKinds;
            continue;
        }
        const QJsonObject edit = newestEdit.value(it.key());
        parsed.page.records << RemoteRecord{it.key(),
                                            *kind,
                                            state.value(u"revision"_s).toInt(),
                                            state.value(u"deleted"_s).toBool(),
                                            state.value(u"body"_s).toObject(),
                                            state.value(u"conflicts"_s).toArray(),
                                            edit.value(u"author"_s).toString(),
                                            edit.value(u"hlc"_s).toString(),
                                            edit.value(u"deviceId"_s).toString()};
    }
    return parsed;
}

void addUp(PullApplied &sum, const PullApplied &page)
{
    sum.applied += page.applied;
    sum.unchanged += page.unchanged;
    sum.keptLocal += page.keptLocal;
    sum.ignored += page.ignored;
    sum.withConflicts += page.withConflicts;
    sum.fixesAdded += page.fixesAdded;
}

} // namespace

void SyncClient::pullNext()
{
    setPhase(SyncPhase::Pulling);
    auto cursor = m_store.pullCursor();
    if (!cursor) {
        fail(cursor.error());
        return;
    }
    Call call;
    call.method = "GET";
    call.path = u"/v1/pull"_s;
    call.query = u"after=%1&limit=%2"_s.arg(*cursor).arg(m_options.pullLimit);
    call.what = u"pull"_s;
    call.onAnswer = [this, after = *cursor](const Answer &answer) {
        if (answer.status != 200) {
            failWithAnswer(answer, u"the ledger refused the pull"_s);
            return;
        }
        applyPage(answer, after);
    };
    send(std::move(call));
}

void SyncClient::applyPage(const Answer &answer, qint64 after)
{
    auto parsed = parsePage(answer.json, m_store.deviceId());
    if (!parsed) {
        fail(parsed.error(), u"bad-answer"_s, answer.status);
        return;
    }
    const PulledPage &page = parsed->page;
    // A last page may move the cursor back down: a ledger restored from a backup ends below
    // where this device had pulled to, and its new entries will be numbered from there.
    if (parsed->more && page.next <= after) {
        fail(makeError(ErrorCode::Io, u"the ledger's pull answer does not move on from %1; "
                                      "nothing more was pulled"_s.arg(after)),
             u"bad-answer"_s, answer.status);
        return;
    }
    m_report.pulled.ignored += parsed->unknownKinds;
    // Nothing new: no write at all.
    if (!page.records.isEmpty() || !page.tracks.isEmpty() || page.next != after) {
        auto applied = m_store.applyPulledPage(page);
        if (!applied) {
            fail(applied.error());
            return;
        }
        addUp(m_report.pulled, *applied);
        m_progress.recordsPulled += applied->applied;
    }
    m_progress.pulledTo = page.next;
    m_progress.ledgerHead = std::max(parsed->head, page.next);
    emitProgress();
    if (parsed->more)
        pullNext();
    else
        finish();
}

} // namespace fl
