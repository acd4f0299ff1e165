// The device's signing key: made with the store, kept across reopen, owner-only, and refused
// (never replaced) when its file is damaged or missing after use.

#include "storetest.h"

#include <QFile>
#include <QFileInfo>

#include <sodium.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace fl;
using namespace fl::test;

namespace {

bool verifies(const QByteArray &signature, const QByteArray &payload, const QByteArray &publicKey)
{
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(payload.constData()),
               static_cast<unsigned long long>(payload.size()),
               reinterpret_cast<const unsigned char *>(publicKey.constData())) == 0;
}

QString keyPath(const TempStore &store)
{
    return store.path() + u"/device.key"_s;
}

} // namespace

TEST_CASE("outbox payloads are signed with the device key", "[devicekey]")
{
    REQUIRE(sodium_init() >= 0);
    TempStore store;
    const QByteArray publicKey = store->publicKey();
    REQUIRE(publicKey.size() == 32);
    require(store->createRecord(RecordKind::Patrol, samples::patrol(store->now() - 60'000).toJson(),
                                kAuthor));
    const auto pending = require(store->pendingChanges(10));
    REQUIRE(pending.size() == 1);
    const QByteArray signature = store->sign(pending.first().payload);
    REQUIRE(signature.size() == 64);
    REQUIRE(verifies(signature, pending.first().payload, publicKey));
    QByteArray altered = pending.first().payload;
    altered[altered.size() / 2] = altered[altered.size() / 2] ^ 1;
    REQUIRE_FALSE(verifies(signature, altered, publicKey));
}

TEST_CASE("the device key survives reopening and is readable by the owner only", "[devicekey]")
{
    TempStore store;
    const QByteArray publicKey = store->publicKey();
    struct stat info
    {
    };
    REQUIRE(::stat(QFile::encodeName(keyPath(store)).constData(), &info) == 0);
    REQUIRE((info.st_mode & 0777) == 0600);
    REQUIRE(QFileInfo(keyPath(store)).size() == 64);
    store.reopen();
    REQUIRE(store->publicKey() == publicKey);
    const QByteArray payload = "exact bytes";
    REQUIRE(verifies(store->sign(payload), payload, publicKey));
}

TEST_CASE("a damaged or missing device key is refused, never replaced", "[devicekey]")
{
    TempStore store;
    const QString path = keyPath(store);
    store.store.reset();
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    file.close();

    auto expectRefused = [&](const QByteArray &bytes) {
        QFile::remove(path);
        if (!bytes.isNull()) {
            QFile out(path);
            REQUIRE(out.open(QIODevice::WriteOnly));
            out.write(bytes);
        }
        auto opened = Store::open(store.path());
        REQUIRE_FALSE(opened.ok());
        REQUIRE(opened.error().code == ErrorCode::StorageCorrupt);
        REQUIRE(opened.error().message.contains(u"device key"_s));
        if (!bytes.isNull()) {
            QFile in(path);
            REQUIRE(in.open(QIODevice::ReadOnly));
            REQUIRE(in.readAll() == bytes); // left untouched
        }
    };

    SECTION("wrong size")
    {
        expectRefused(original.left(40));
    }
    SECTION("empty")
    {
        expectRefused(QByteArray(""));
    }
    SECTION("flipped bit")
    {
        QByteArray damaged = original;
        damaged[50] = damaged[50] ^ 0x10;
        expectRefused(damaged);
    }
    SECTION("another device's key")
    {
        TempStore other;
        QFile otherKey(keyPath(other));
        REQUIRE(otherKey.open(QIODevice::ReadOnly));
        expectRefused(otherKey.readAll());
    }
    SECTION("missing after the store had one")
    {
        expectRefused(QByteArray());
    }
}

TEST_CASE("a store made before device keys gets one at its next open", "[devicekey]")
{
    TempStore store;
    store.store.reset();
    REQUIRE(QFile::remove(keyPath(store)));
    {
        storage::Database db;
        requireOk(db.open(store.path() + u"/store.sqlite"_s, false));
        requireOk(db.exec("DELETE FROM store_info WHERE key = 'device_public_key'"));
    }
    store.reopen();
    REQUIRE(store->publicKey().size() == 32);
    REQUIRE(QFileInfo::exists(keyPath(store)));
    const QByteArray publicKey = store->publicKey();
    store.reopen();
    REQUIRE(store->publicKey() == publicKey);
}

TEST_CASE("refused changes stay in the outbox with their reason until resolved", "[devicekey]")
{
    TempStore store;
    for (int i = 0; i < 3; ++i)
        require(store->createRecord(RecordKind::Patrol,
                                    samples::patrol(store->now() - 60'000).toJson(), kAuthor));
    const auto pending = require(store->pendingChanges(10));
    REQUIRE(pending.size() == 3);
    requireOk(store->recordRefusal(pending[1].changeId, u"invalid-record"_s, u"too far north"_s));
    REQUIRE_FALSE(store->recordRefusal(u"no-such-change"_s, u"x"_s, u"y"_s).ok());

    const auto next = require(store->pendingChanges(10));
    REQUIRE(next.size() == 2);
    REQUIRE(next[1].changeId == pending[2].changeId);
    REQUIRE(require(store->pendingChanges(10, true)).size() == 3);
    const auto refused = require(store->refusals());
    REQUIRE(refused.size() == 1);
    REQUIRE(refused[0].changeId == pending[1].changeId);
    REQUIRE(refused[0].code == u"invalid-record"_s);
    REQUIRE(refused[0].reason == u"too far north"_s);
    const OutboxStats stats = require(store->outboxStats());
    REQUIRE(stats.changes == 3);
    REQUIRE(stats.refused == 1);
    REQUIRE(stats.refusedBytes == pending[1].payload.size());

    store.reopen();
    REQUIRE(require(store->refusals()).size() == 1);
    requireOk(store->clearRefusal(pending[1].changeId));
    REQUIRE(require(store->pendingChanges(10)).size() == 3);
    requireOk(store->recordRefusal(pending[1].changeId, u"revision-gap"_s, u"gap"_s));
    requireOk(store->acknowledge({pending[1].changeId}));
    REQUIRE(require(store->refusals()).isEmpty());
}
