// Store: what sync needs from the device store besides the outbox itself: the device's signing
// key and the ledger's refusals.

#include "store.h"

#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fl {

namespace {

const QString kKeyName = u"device.key"_s;

} // namespace

// The key is made with the store; a store made before keys existed gets one at its next open.
// A key file that exists but cannot be used, or a missing key the store has already signed with,
// is refused: replacing it would silently give the device a new identity the ledger rejects.
Result<void> Store::loadDeviceKey(bool create)
{
    const QString path = m_folder + u'/' + kKeyName;
    auto recorded = m_db.queryText("SELECT value FROM store_info WHERE key = 'device_public_key'");
    if (!recorded)
        return recorded.error();
    if (!create && QFileInfo::exists(path)) {
        auto key = storage::DeviceKey::load(path);
        if (!key)
            return key.error();
        m_key.emplace(std::move(key).value());
    } else {
        if (!recorded->isEmpty()) {
            return makeError(ErrorCode::StorageCorrupt,
                             u"the device key %1 is missing, and this store has signed changes "
                             "with it; restore it from a backup or ask the office to re-enrol "
                             "this device"_s.arg(path));
        }
        auto key = storage::DeviceKey::create(path);
        if (!key)
            return key.error();
        m_key.emplace(std::move(key).value());
    }
    const QString publicKey = QString::fromLatin1(m_key->publicKey().toBase64());
    if (recorded->isEmpty()) {
        auto insert =
            m_db.prepare("INSERT INTO store_info (key, value) VALUES ('device_public_key', ?1)");
        if (!insert)
            return insert.error();
        return insert->bind(1, publicKey).run();
    }
    if (*recorded != publicKey) {
        return makeError(ErrorCode::StorageCorrupt,
                         u"the device key %1 is not this store's key (it was replaced); put the "
                         "original back or ask the office to re-enrol this device"_s.arg(path));
    }
    return {};
}

QByteArray Store::publicKey() const
{
    return m_key->publicKey();
}

QByteArray Store::sign(QByteArrayView payload) const
{
    return m_key->sign(payload);
}

Result<void> Store::recordRefusal(const QString &changeId, const QString &code,
                                  const QString &reason)
{
    auto pending = m_db.prepare("SELECT 1 FROM outbox WHERE change_id = ?1 AND acked_ms IS NULL");
    if (!pending)
        return pending.error();
    auto waiting = pending->bind(1, changeId).exists();
    if (!waiting)
        return waiting.error();
    if (!*waiting) {
        return makeError(ErrorCode::NotFound,
                         u"no change %1 waiting in the outbox"_s.arg(changeId));
    }
    auto upsert = m_db.prepare(
        "INSERT INTO sync_refusals (change_id, code, reason, refused_ms) VALUES (?1, ?2, ?3, ?4)"
        " ON CONFLICT (change_id) DO UPDATE SET code = ?2, reason = ?3, refused_ms = ?4");
    if (!upsert)
        return upsert.error();
    upsert->bind(1, changeId).bind(2, code).bind(3, reason).bind(4, now());
    return upsert->run();
}

Result<QList<RefusedChange>> Store::refusals()
{
    auto select =
        m_db.prepare("SELECT o.seq, o.change_id, o.record_id, o.op, r.code, r.reason, r.refused_ms"
                     " FROM sync_refusals r JOIN outbox o ON o.change_id = r.change_id"
                     " WHERE o.acked_ms IS NULL ORDER BY o.seq");
    if (!select)
        return select.error();
    return select->all([](const auto &row) {
        return RefusedChange{row.int64(0), row.text(1), row.text(2), row.text(3),
                             row.text(4),  row.text(5), row.int64(6)};
    });
}

Result<void> Store::clearRefusal(const QString &changeId)
{
    auto remove = m_db.prepare("DELETE FROM sync_refusals WHERE change_id = ?1");
    if (!remove)
        return remove.error();
    return remove->bind(1, changeId).run();
}

Result<QList<PendingBlob>> Store::pendingBlobs()
{
    // Evidence is immutable, so the record's body names the file its pending put carries.
    auto select = m_db.prepare(
        "SELECT b.sha256, b.size, o.record_id FROM outbox o"
        " JOIN records r ON r.id = o.record_id AND r.kind = 'evidence'"
        " JOIN blobs b ON b.sha256 = json_extract(r.body, '$.sha256')"
        " WHERE o.acked_ms IS NULL AND o.op = 'put'"
        " AND NOT EXISTS (SELECT 1 FROM sync_refusals x WHERE x.change_id = o.change_id)"
        " ORDER BY o.seq");
    if (!select)
        return select.error();
    auto rows = select->all([](const auto &row) {
        return PendingBlob{row.text(0), row.int64(1), {row.text(2)}};
    });
    if (!rows)
        return rows.error();
    QList<PendingBlob> blobs;
    for (const auto &row : *rows) {
        auto same = std::find_if(blobs.begin(), blobs.end(),
                                 [&](const PendingBlob &b) { return b.sha256 == row.sha256; });
        if (same == blobs.end())
            blobs << row;
        else
            same->recordIds << row.recordIds;
    }
    return blobs;
}

Result<bool> Store::holdsBlob(const QString &sha256)
{
    auto known = m_db.prepare("SELECT 1 FROM blobs WHERE sha256 = ?1");
    if (!known)
        return known.error();
    return known->bind(1, sha256).exists();
}

} // namespace fl
