// Store: the device's side of enrolment and pull. The ledger's record states are applied
// without entering the outbox (they are the ledger's, not this device's changes), and never over
// local changes the ledger has not acknowledged yet.

#include "store.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace fl {

namespace {

const QString kEnrolmentKey = u"sync_enrolment"_s;
const QString kPullCursorKey = u"sync_pull_cursor"_s;
// How far ahead of this device's clock a pulled stamp may be and still be followed (the ledger
// takes record times up to a day ahead of its own clock).
constexpr qint64 kMaxClockLeadMs = 24LL * 3600 * 1000;

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject enrolmentToJson(const Enrolment &e)
{
    return {{u"server"_s, e.server},
            {u"token"_s, e.token},
            {u"tokenExpiresMs"_s, e.tokenExpiresMs},
            {u"userName"_s, e.userName},
            {u"role"_s, e.role},
            {u"divisions"_s, QJsonArray::fromStringList(e.divisions)},
            {u"enrolledMs"_s, e.enrolledMs}};
}

Enrolment enrolmentFromJson(const QJsonObject &json)
{
    Enrolment e;
    e.server = json.value(u"server"_s).toString();
    e.token = json.value(u"token"_s).toString();
    e.tokenExpiresMs = json.value(u"tokenExpiresMs"_s).toInteger();
    e.userName = json.value(u"userName"_s).toString();
    e.role = json.value(u"role"_s).toString();
    for (const auto &division : json.value(u"divisions"_s).toArray())
        e.divisions << division.toString();
    e.enrolledMs = json.value(u"enrolledMs"_s).toInteger();
    return e;
}

// The cursor belongs to what the ledger showed this server's user: another server, user or
// scope sees other records before it.
bool sameView(const Enrolment &a, const Enrolment &b)
{
    return a.server == b.server && a.userName == b.userName && a.role == b.role &&
           a.divisions == b.divisions;
}

} // namespace

// Enrolment --------------------------------------------------------------------------------

Result<std::optional<Enrolment>> Store::enrolment()
{
    auto saved = setting(kEnrolmentKey);
    if (!saved)
        return saved.error();
    if (saved->isEmpty())
        return std::optional<Enrolment>();
    const Enrolment e = enrolmentFromJson(QJsonDocument::fromJson(saved->toUtf8()).object());
    if (e.token.isEmpty())
        return std::optional<Enrolment>();
    return std::optional<Enrolment>(e);
}

Result<void> Store::saveEnrolment(const Enrolment &enrolment)
{
    storage::Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r;
    auto previous = this->enrolment();
    if (!previous)
        return previous.error();
    if (*previous && !sameView(**previous, enrolment)) {
        if (auto r = setSetting(kPullCursorKey, u"0"_s); !r)
            return r;
    }
    if (auto r =
            setSetting(kEnrolmentKey, QString::fromUtf8(compactJson(enrolmentToJson(enrolment))));
        !r)
        return r;
    return tx.commit();
}

Result<qint64> Store::pullCursor()
{
    auto saved = setting(kPullCursorKey);
    if (!saved)
        return saved.error();
    return saved->toLongLong();
}

// Pull -------------------------------------------------------------------------------------

Result<PullApplied> Store::applyPulledPage(const PulledPage &page)
{
    storage::Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    PullApplied applied;
    for (const RemoteRecord &remote : page.records) {
        auto outcome = applyRemoteRecord(remote);
        if (!outcome)
            return outcome.error();
        switch (*outcome) {
        case RemoteOutcome::Applied:
            ++applied.applied;
            if (!remote.conflicts.isEmpty())
                ++applied.withConflicts;
            break;
        case RemoteOutcome::Unchanged:
            ++applied.unchanged;
            break;
        case RemoteOutcome::KeptLocal:
            ++applied.keptLocal;
            break;
        case RemoteOutcome::Ignored:
            ++applied.ignored;
            break;
        }
    }
    // After the records: a track's patrol is on the same page or an earlier one.
    for (const RemoteTrack &track : page.tracks) {
        auto added = applyRemoteTrack(track);
        if (!added)
            return added.error();
        applied.fixesAdded += *added;
    }
    if (auto r = saveClock(); !r)
        return r.error();
    if (auto r = setSetting(kPullCursorKey, QString::number(page.next)); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return applied;
}

Result<bool> Store::hasUnacknowledgedChanges(const QString &recordId)
{
    // Refused changes count too: they are the user's edits, waiting to be resolved.
    auto pending =
        m_db.prepare("SELECT 1 FROM outbox WHERE record_id = ?1 AND acked_ms IS NULL LIMIT 1");
    if (!pending)
        return pending.error();
    return pending->bind(1, recordId).exists();
}

Result<Store::RemoteOutcome> Store::applyRemoteRecord(const RemoteRecord &remote)
{
    observeClock(remote.hlc);
    auto local = hasUnacknowledgedChanges(remote.id);
    if (!local)
        return local.error();
    if (*local)
        return RemoteOutcome::KeptLocal; // the merged state comes with a pull after the push
    std::optional<Record> current;
    if (auto found = record(remote.id))
        current = std::move(found).value();
    else if (found.error().code != ErrorCode::NotFound)
        return found.error();
    // The ledger's versions only go forward and ids never change kind: anything else is a stale
    // or confused page, and the store keeps what it has.
    if (current &&
        (current->meta.kind != remote.kind || current->meta.revision > remote.revision)) {
        return RemoteOutcome::Ignored;
    }

    Record record;
    record.meta.id = remote.id;
    record.meta.kind = remote.kind;
    record.meta.revision = remote.revision;
    record.meta.deleted = remote.deleted;
    record.body = remote.body;
    // Who made the newest change is the ledger's to say; without a change on the page the
    // store keeps what it knew, never this device's user.
    record.meta.author = !remote.author.isEmpty() ? remote.author
                         : current                ? current->meta.author
                                                  : QString();
    record.meta.hlc = !remote.hlc.isEmpty() ? remote.hlc : current ? current->meta.hlc : QString();
    record.meta.deviceId = !remote.deviceId.isEmpty() ? remote.deviceId
                           : current                  ? current->meta.deviceId
                                                      : QString();
    if (current && current->meta.deleted == remote.deleted && current->body == remote.body &&
        current->meta.revision == remote.revision && current->meta.author == record.meta.author) {
        if (auto r = keepConflicts(remote.id, remote.conflicts); !r)
            return r.error();
        return RemoteOutcome::Unchanged; // e.g. this device's own change coming back
    }
    const qint64 savedMs = now();
    const QByteArray body = compactJson(record.body);
    if (auto r = writeRecordRow(record, indexFields(record.meta.kind, record.body), savedMs, body);
        !r)
        return r.error();
    if (auto r = writeHistoryRow(record, savedMs, body, true); !r)
        return r.error();
    if (auto r = keepConflicts(remote.id, remote.conflicts); !r)
        return r.error();
    return RemoteOutcome::Applied;
}

// Pulled stamps move this device's clock on, so its next edit orders after what it has seen;
// a stamp far ahead of this device's clock (another phone's wrong clock) is not followed.
void Store::observeClock(const QString &stamp)
{
    const auto remote = Hlc::parse(stamp);
    if (remote && remote->wallMs <= now() + kMaxClockLeadMs)
        m_hlc->observe(*remote);
}

Result<void> Store::keepConflicts(const QString &recordId, const QJsonArray &conflicts)
{
    if (conflicts.isEmpty()) {
        auto remove = m_db.prepare("DELETE FROM record_conflicts WHERE record_id = ?1");
        if (!remove)
            return remove.error();
        return remove->bind(1, recordId).run();
    }
    auto upsert = m_db.prepare(
        "INSERT INTO record_conflicts (record_id, conflicts, pulled_ms) VALUES (?1, ?2, ?3)"
        " ON CONFLICT (record_id) DO UPDATE SET conflicts = ?2, pulled_ms = ?3");
    if (!upsert)
        return upsert.error();
    upsert->bind(1, recordId)
        .bindText(2, QJsonDocument(conflicts).toJson(QJsonDocument::Compact))
        .bind(3, now());
    return upsert->run();
}

Result<QList<RecordConflicts>> Store::openConflicts()
{
    auto select = m_db.prepare("SELECT c.record_id, r.kind, c.conflicts FROM record_conflicts c"
                               " JOIN records r ON r.id = c.record_id ORDER BY c.record_id");
    if (!select)
        return select.error();
    return select->all([](const auto &row) {
        return RecordConflicts{row.text(0),
                               recordKindFromName(row.text(1)).value_or(RecordKind::Patrol),
                               QJsonDocument::fromJson(row.text(2).toUtf8()).array()};
    });
}

} // namespace fl
