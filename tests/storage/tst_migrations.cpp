// Schema migrations: a store written at every earlier schema version opens, migrates and keeps
// its data; a store from a newer version is refused untouched.

#include "storetest.h"

#include "storage/migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace fl;
using namespace fl::test;

namespace {

const QString kRecordId = u"0190f2c4-1111-7000-8000-000000000001"_s;

// Writes a store folder whose database is at `version`, holding one complaint record.
void makeStoreAtVersion(const QString &folder, int version)
{
    REQUIRE(QDir().mkpath(folder));
    storage::Database db;
    requireOk(db.open(folder + u"/store.sqlite"_s, true));
    requireOk(db.exec("PRAGMA journal_mode=WAL"));
    requireOk(storage::migrate(db, version));
    auto insert = require(db.prepare(
        "INSERT INTO records (id, kind, revision, hlc, device_id, author, deleted, status, date_ms,"
        " title, created_ms, updated_ms, body) VALUES (?1, 'complaint_case', 1,"
        " '0001795399200000-00000-dev', 'dev', 'author', 0, 'received', 1795399200000, 'c', 1, 1,"
        " ?2)"));
    insert.bind(1, kRecordId);
    insert.bind(2, QString::fromUtf8(QJsonDocument(samples::complaint(1795399200000).toJson())
                                         .toJson(QJsonDocument::Compact)));
    requireOk(insert.run());
    requireOk(db.exec("INSERT INTO store_info (key, value) VALUES ('device_id', 'dev')"));
}

} // namespace

TEST_CASE("a store from every earlier schema version migrates and keeps its records",
          "[migrations]")
{
    for (int version = 1; version < storage::latestSchemaVersion(); ++version) {
        DYNAMIC_SECTION("from schema version " << version)
        {
            QTemporaryDir dir;
            const QString folder = dir.filePath(u"old"_s);
            makeStoreAtVersion(folder, version);

            auto opened = Store::open(folder);
            INFO((opened ? QString() : opened.error().toString()).toStdString());
            REQUIRE(opened.ok());
            auto &store = *opened;
            const Record record = require(store->record(kRecordId));
            REQUIRE(record.body.value(u"caseNumber"_s).toString() == u"12369-2026-11-0087"_s);
            REQUIRE(store->deviceId() == u"dev"_s);
            // Every later feature works on the migrated store.
            const Record patrol = require(store->createRecord(
                RecordKind::Patrol, samples::patrol(store->now() - 60'000).toJson(), kAuthor));
            require(store->appendTrack(patrol.meta.id, samples::walk(store->now() - 50'000, 10),
                                       kAuthor));
            requireOk(store->saveProtectedArea(samples::protectedArea()));
            opened.value().reset();

            storage::Database db;
            requireOk(db.open(folder + u"/store.sqlite"_s, false));
            REQUIRE(require(db.queryInt("PRAGMA user_version")) == storage::latestSchemaVersion());
        }
    }
}

TEST_CASE("a store from a newer FieldLedger is refused and left untouched", "[migrations]")
{
    TempStore s;
    const QString folder = s.path();
    s.store.reset();
    {
        storage::Database db;
        requireOk(db.open(folder + u"/store.sqlite"_s, false));
        requireOk(db.exec("PRAGMA user_version = 99"));
    }
    const QByteArray before = fileHash(folder + u"/store.sqlite"_s);
    auto opened = Store::open(folder);
    REQUIRE_FALSE(opened.ok());
    REQUIRE(opened.error().code == ErrorCode::Unsupported);
    REQUIRE(opened.error().message.contains(u"newer"_s));
    REQUIRE(fileHash(folder + u"/store.sqlite"_s) == before);
}
