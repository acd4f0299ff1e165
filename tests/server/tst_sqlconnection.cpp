// The database connection of the ledger (server/ledger/sql/connection.h): the same checks
// against SQLite and, when a server is configured (pgtestdb.h), PostgreSQL, so every ledger
// query written once behaves the same on both.

#include "ledger/sql/connection.h"

#include "catchqt.h"
#include "pgtestdb.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <limits>
#include <optional>
#include <thread>

using namespace Qt::StringLiterals;
using namespace fl;
using namespace fl::ledger::sql;

namespace {

enum class Backend { Sqlite, Postgres };

// A fresh database on one backend. Not enabled when PostgreSQL is not configured.
class TestDb
{
public:
    explicit TestDb(Backend backend)
        : m_backend(backend)
    {
        if (backend == Backend::Sqlite) {
            REQUIRE(m_dir.isValid());
            m_location = m_dir.filePath(u"ledger.sqlite"_s);
        } else if (test::pgTestsEnabled()) {
            m_pg.emplace();
            m_location = m_pg->url();
        }
    }

    [[nodiscard]] bool enabled() const { return !m_location.isEmpty(); }
    [[nodiscard]] bool isPostgres() const { return m_backend == Backend::Postgres; }
    [[nodiscard]] std::string name() const { return isPostgres() ? "postgresql" : "sqlite"; }
    [[nodiscard]] QString location() const { return m_location; }

    [[nodiscard]] std::unique_ptr<Connection> connect() const
    {
        auto c = openConnection(m_location, true);
        if (!c)
            FAIL(c.error().toString().toStdString());
        REQUIRE(c.value()->backendName().toStdString() == name());
        return std::move(c).value();
    }

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    std::optional<test::PgTestDatabase> m_pg;
    QString m_location;
};

// The value of a Result that must have succeeded.
template <typename T>
T ok(Result<T> r)
{
    if (!r)
        FAIL(r.error().toString().toStdString());
    return std::move(r).value();
}

void ok(const Result<void> &r)
{
    if (!r)
        FAIL(r.error().toString().toStdString());
}

const QString kSchema = uR"(
CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    n INTEGER,
    label TEXT,
    data BLOB,
    code TEXT UNIQUE);
CREATE INDEX items_by_n ON items (n);
)"_s;

std::unique_ptr<Connection> connectWithSchema(const TestDb &db)
{
    auto c = db.connect();
    ok(c->execScript(c->ddl(kSchema)));
    return c;
}

qint64 count(Connection &c)
{
    return ok(c.query("SELECT COUNT(*) FROM items")).first().int64(0);
}

// 3000 rows, n = 2 * id.
void fill(Connection &c)
{
    CHECK(ok(c.run("INSERT INTO items (id, n) WITH RECURSIVE s(x) AS (SELECT 1 UNION ALL "
                   "SELECT x + 1 FROM s WHERE x < 3000) SELECT x, x * 2 FROM s")) == 3000);
}

} // namespace

TEST_CASE("ddl() adapts portable DDL and execScript runs several statements", "[sql]")
{
    const TestDb db(GENERATE(Backend::Sqlite, Backend::Postgres));
    if (!db.enabled())
        return;
    INFO("backend: " << db.name());
    auto c = db.connect();

    const QString portable = u"a INTEGER, INTEGER_COUNT INTEGER, b BLOB, BLOBS TEXT"_s;
    CHECK(c->ddl(portable) ==
          (db.isPostgres() ? u"a BIGINT, INTEGER_COUNT BIGINT, b BYTEA, BLOBS TEXT"_s : portable));

    ok(c->execScript(c->ddl(kSchema)));
    // Beyond 32 bits: INTEGER became a 64-bit column.
    CHECK(ok(c->run("INSERT INTO items (id, n) VALUES (?1, ?2)", {qint64(1), qint64(1) << 40})) ==
          1);
    CHECK(ok(c->query("SELECT n FROM items WHERE id = 1")).first().int64(0) == qint64(1) << 40);
    const auto broken = c->execScript(u"CREATE TABLE broken (;"_s);
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().code == ErrorCode::Internal);
}

TEST_CASE("values round-trip unchanged", "[sql]")
{
    const TestDb db(GENERATE(Backend::Sqlite, Backend::Postgres));
    if (!db.enabled())
        return;
    INFO("backend: " << db.name());
    auto c = connectWithSchema(db);
    const char *insert = "INSERT INTO items (id, n, label, data) VALUES (?1, ?2, ?3, ?4)";
    const char *select = "SELECT n, label, data FROM items WHERE id = ?1";

    SECTION("64-bit integers")
    {
        const QList<qint64> numbers = {0,
                                       -1,
                                       42,
                                       qint64(1) << 40,
                                       -(qint64(1) << 40),
                                       std::numeric_limits<qint64>::max(),
                                       std::numeric_limits<qint64>::min()};
        for (qsizetype i = 0; i < numbers.size(); ++i)
            ok(c->run(insert, {qint64(i), numbers[i], Null{}, Null{}}));
        for (qsizetype i = 0; i < numbers.size(); ++i) {
            const Row row = ok(c->query(select, {qint64(i)})).first();
            CHECK(row.int64(0) == numbers[i]);
            CHECK_FALSE(row.isNull(0));
        }
    }

    SECTION("text in any script, quotes and SQL metacharacters")
    {
        const QString empty = u""_s;
        REQUIRE_FALSE(empty.isNull());
        const QList<QString> texts = {
            u"现场检查：消防通道畅通"_s,
            u"ئۇيغۇرچە تەكشۈرۈش خاتىرىسى"_s,
            u"O'Brien said \"stop\"; DROP TABLE items; -- ?1 $1 \\x00 % _ \\"_s,
            u"line one\nline two\ttab"_s,
            empty,
        };
        for (qsizetype i = 0; i < texts.size(); ++i)
            ok(c->run(insert, {qint64(i), Null{}, texts[i], Null{}}));
        for (qsizetype i = 0; i < texts.size(); ++i) {
            const Row row = ok(c->query(select, {qint64(i)})).first();
            CHECK(row.text(1) == texts[i]);
            CHECK_FALSE(row.isNull(1));
        }
        CHECK(ok(c->query("SELECT id FROM items WHERE label = ?1", {texts[1]})).size() == 1);
    }

    SECTION("blobs with every byte value, and an empty blob")
    {
        QByteArray all;
        for (int b = 0; b < 256; ++b)
            all.append(char(b));
        ok(c->run(insert, {qint64(1), Null{}, Null{}, all}));
        ok(c->run(insert, {qint64(2), Null{}, Null{}, QByteArray("")}));
        const Row full = ok(c->query(select, {qint64(1)})).first();
        CHECK(full.blob(2) == all);
        const Row empty = ok(c->query(select, {qint64(2)})).first();
        CHECK_FALSE(empty.isNull(2));
        CHECK(empty.blob(2).isEmpty());
        CHECK(ok(c->query("SELECT id FROM items WHERE data = ?1", {all})).size() == 1);
    }

    SECTION("NULLs, a null QString among them")
    {
        ok(c->run(insert, {qint64(1), Null{}, QString(), Null{}}));
        const Row row = ok(c->query(select, {qint64(1)})).first();
        CHECK(row.size() == 3);
        CHECK(row.isNull(0));
        CHECK(row.isNull(1));
        CHECK(row.isNull(2));
        CHECK(row.int64(0) == 0);
        CHECK(row.text(1).isEmpty());
        CHECK(ok(c->query("SELECT id FROM items WHERE n IS NULL AND label IS NULL")).size() == 1);
    }
}

TEST_CASE("one parameter may appear several times", "[sql]")
{
    const TestDb db(GENERATE(Backend::Sqlite, Backend::Postgres));
    if (!db.enabled())
        return;
    INFO("backend: " << db.name());
    auto c = connectWithSchema(db);

    ok(c->run("INSERT INTO items (id, n, label) VALUES (?1, ?1, ?2)", {qint64(7), u"seven"_s}));
    ok(c->run("INSERT INTO items (id, n, label) VALUES (?1, ?2, ?3)",
              {qint64(8), qint64(9), u"eight"_s}));
    const auto rows = ok(c->query("SELECT label FROM items WHERE id = ?1 AND n = ?1", {qint64(7)}));
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().text(0) == u"seven"_s);
    CHECK(ok(c->query("SELECT label FROM items WHERE id = ?1 AND n = ?1", {qint64(8)})).isEmpty());
    CHECK(ok(c->run("UPDATE items SET label = ?2 WHERE id = ?1 OR n = ?1",
                    {qint64(9), u"nine"_s})) == 1);
}

TEST_CASE("SQL built at run time: many distinct statements on one connection", "[sql]")
{
    const TestDb db(GENERATE(Backend::Sqlite, Backend::Postgres));
    if (!db.enabled())
        return;
    INFO("backend: " << db.name());
    auto c = connectWithSchema(db);
    ok(c->run("INSERT INTO items (id, n) VALUES (1, 10)"));

    // More texts than PostgreSQL keeps prepared, twice; each buffer is freed after its call,
    // so one address carries several texts.
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < 600; ++i) {
            const QByteArray sql =
                "SELECT n + " + QByteArray::number(i) + " FROM items WHERE id = ?1";
            const auto rows = ok(c->query(sql.constData(), {qint64(1)}));
            REQUIRE(rows.size() == 1);
            REQUIRE(rows.first().int64(0) == 10 + i);
        }
    }
}

TEST_CASE("run() answers the number of rows it changed", "[sql]")
{
    const TestDb db(GENERATE(Backend::Sqlite, Backend::Postgres));
    if (!db.enabled())
        return;
    INFO("backend: " << db.name());
    auto c = connectWithSchema(db);

    for (qint64 id = 1; id <= 5; ++id)
        CHECK(ok(c->run("INSERT INTO items (id, n) VALUES (?1, ?2)", {id, id * 10})) == 1);
    CHECK(ok(c->run("INSERT INTO items (id, n) VALUES (6, 60), (7, 70)")) == 2);
    CHECK(ok(c->run("UPDATE items SET label = ?1 WHERE n > ?2", {u"big"_s, qint64(20)})) == 5);
    CHECK(ok(c->run("DELETE FROM items WHERE id = ?1", {qint64(99)})) == 0);
    CHECK(ok(c->run("DELETE FROM items")) == 7);
}

TEST_CASE("forEach streams rows and can stop early", "[sql]")
{
    const TestDb db(GENERATE(Backend::Sqlite, Backend::Postgres));
    if (!db.enabled())
        return;
    INFO("backend: " << db.name());
    auto c = connectWithSchema(db);
    fill(*c);
    const char *all = "SELECT id, n FROM items ORDER BY id";

    SECTION("every row in order")
    {
        qint64 seen = 0;
        bool inOrder = true;
        ok(c->forEach(all, {}, [&](const Row &row) {
            ++seen;
            inOrder = inOrder && row.int64(0) == seen && row.int64(1) == 2 * seen;
            return true;
        }));
        CHECK(seen == 3000);
        CHECK(inOrder);
    }

    SECTION("stopping leaves the connection ready for the next statement")
    {
        // Again and again: a late cancel must never hit the statement after it.
        for (int round = 0; round < 20; ++round) {
            int seen = 0;
            ok(c->forEach(all, {}, [&](const Row &) { return ++seen < 3; }));
            CHECK(seen == 3);
            CHECK(count(*c) == 3000);
            CHECK(ok(c->run("UPDATE items SET label = ?1 WHERE id = ?2",
                            {QString::number(round), qint64(round + 1)})) == 1);
        }
    }

    SECTION("stopping inside a write transaction keeps the transaction")
    {
        ok(c->beginWrite());
        int seen = 0;
        ok(c->forEach(all, {}, [&](const Row &) { return ++seen < 10; }));
        CHECK(seen == 10);
        ok(c->run("INSERT INTO items (id, n) VALUES (?1, ?2)", {qint64(5000), qint64(1)}));
        ok(c->commit());
        CHECK(count(*c) == 3001);
    }

    SECTION("a failing statement reports its error")
    {
        const auto r =
            c->forEach("SELECT id FROM no_such_table", {}, [](const Row &) { return true; });
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Internal);
        CHECK(count(*c) == 3000);
    }

    if (db.isPostgres()) {
        SECTION("PostgreSQL refuses a statement inside visit, and the rows go on")
        {
            qint64 seen = 0;
            std::optional<Error> nested;
            ok(c->forEach(all, {}, [&](const Row &) {
                if (++seen == 1) {
                    auto r = c->query("SELECT COUNT(*) FROM items");
                    if (!r)
                        nested = r.error();
                }
                return true;
            }));
            CHECK(seen == 3000);
            REQUIRE(nested.has_value());
            CHECK(nested->message.contains(u"forEach"_s));
        }
    }
}

TEST_CASE("beginWrite, commit and rollback", "[sql]")
{
    const TestDb db(GENERATE(Backend::Sqlite, Backend::Postgres));
    if (!db.enabled())
        return;
    INFO("backend: " << db.name());
    auto c = connectWithSchema(db);
    const char *insert = "INSERT INTO items (id, code) VALUES (?1, ?2)";
    CHECK_FALSE(c->inTransaction());

    ok(c->beginWrite());
    CHECK(c->inTransaction());
    ok(c->run(insert, {qint64(1), u"a"_s}));
    c->rollback();
    CHECK_FALSE(c->inTransaction());
    CHECK(count(*c) == 0);
    c->rollback(); // harmless outside a transaction

    ok(c->beginWrite());
    ok(c->run(insert, {qint64(1), u"a"_s}));
    CHECK_FALSE(c->beginWrite().ok()); // no nesting; the open transaction goes on
    CHECK(c->inTransaction());
    ok(c->run(insert, {qint64(2), u"b"_s}));
    ok(c->commit());
    CHECK_FALSE(c->inTransaction());
    CHECK(count(*c) == 2);

    // After a failed statement the ledger rolls back: nothing of the transaction remains.
    ok(c->beginWrite());
    ok(c->run(insert, {qint64(3), u"c"_s}));
    CHECK_FALSE(c->run(insert, {qint64(4), u"a"_s}).ok());
    c->rollback();
    CHECK(count(*c) == 2);

    if (db.isPostgres()) {
        // PostgreSQL aborts the whole transaction at the first error: commit must say so.
        ok(c->beginWrite());
        ok(c->run(insert, {qint64(3), u"c"_s}));
        CHECK_FALSE(c->run(insert, {qint64(4), u"a"_s}).ok());
        const auto committed = c->commit();
        CHECK_FALSE(committed.ok());
        CHECK_FALSE(c->inTransaction());
        CHECK(count(*c) == 2);
    }
}

TEST_CASE("a unique violation is a Conflict, other errors are Internal", "[sql]")
{
    const TestDb db(GENERATE(Backend::Sqlite, Backend::Postgres));
    if (!db.enabled())
        return;
    INFO("backend: " << db.name());
    auto c = connectWithSchema(db);

    ok(c->run("INSERT INTO items (id, code) VALUES (1, 'x')"));
    const auto again = c->run("INSERT INTO items (id, code) VALUES (2, 'x')");
    REQUIRE_FALSE(again.ok());
    INFO(again.error().toString().toStdString());
    CHECK(again.error().code == ErrorCode::Conflict);

    const auto missing = c->query("SELECT x FROM no_such_table");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::Internal);
    if (db.isPostgres())
        CHECK(missing.error().message.contains(u"42P01"_s));
}

TEST_CASE("schemaVersion round-trips", "[sql]")
{
    const TestDb db(GENERATE(Backend::Sqlite, Backend::Postgres));
    if (!db.enabled())
        return;
    INFO("backend: " << db.name());
    auto c = db.connect();

    CHECK(ok(c->schemaVersion()) == 0);
    ok(c->setSchemaVersion(3));
    CHECK(ok(c->schemaVersion()) == 3);
    ok(c->setSchemaVersion(12));

    ok(c->beginWrite()); // a migration that fails leaves the version alone
    ok(c->setSchemaVersion(13));
    c->rollback();
    CHECK(ok(db.connect()->schemaVersion()) == 12);
}

TEST_CASE("a second writer waits until the first commits", "[sql]")
{
    const TestDb db(GENERATE(Backend::Sqlite, Backend::Postgres));
    if (!db.enabled())
        return;
    INFO("backend: " << db.name());
    auto first = connectWithSchema(db);
    auto second = db.connect();

    ok(first->beginWrite());
    // No Catch assertion until join: they are not thread-safe, and a throw here would leave
    // the thread waiting for a lock nobody releases.
    Result<void> began;
    qint64 waitedMs = 0;
    qint64 seen = -1;
    std::thread writer([&] {
        QElapsedTimer timer;
        timer.start();
        began = second->beginWrite();
        waitedMs = timer.elapsed();
        if (began) {
            auto rows = second->query("SELECT COUNT(*) FROM items");
            seen = rows ? rows->first().int64(0) : -2;
            second->rollback();
        }
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(400));
    const bool wrote = first->run("INSERT INTO items (id) VALUES (1)").ok() && first->commit().ok();
    if (!wrote)
        first->rollback();
    writer.join();

    REQUIRE(wrote);
    INFO((began ? std::string("began") : began.error().toString().toStdString()));
    REQUIRE(began.ok());
    CHECK(waitedMs >= 300);
    CHECK(seen == 1); // the second writer sees what the first committed
}

TEST_CASE("an unreachable PostgreSQL server is a quick, clear Io error", "[sql]")
{
    const QString secret = u"s3cret-pw"_s;
    const QString url =
        GENERATE(u"postgresql://ledger:s3cret-pw@127.0.0.1:1/ledger?connect_timeout=2"_s,
                 u"postgresql://ledger:s3cret-pw@192.0.2.1:5432/ledger?connect_timeout=2"_s,
                 u"postgresql://ledger:s3cret-pw%zz@127.0.0.1:1/ledger?connect_timeout=2"_s,
                 u"postgres://127.0.0.1:1/ledger?connect_timeout=2&password=s3cret-pw"_s);
    INFO(url.toStdString());
    QElapsedTimer timer;
    timer.start();
    const auto c = openConnection(url, false);
    REQUIRE_FALSE(c.ok());
    INFO(c.error().toString().toStdString());
    CHECK(timer.elapsed() < 5000);
    CHECK(c.error().code == ErrorCode::Io);
    CHECK(c.error().message.contains(u"PostgreSQL"_s));
    CHECK_FALSE(c.error().message.contains(secret));
}

TEST_CASE("PostgreSQL: a missing database is an Io error", "[sql]")
{
    const TestDb db(Backend::Postgres);
    if (!db.enabled())
        return;
    QString url = db.location();
    url.replace(u"fl_test_"_s, u"fl_missing_"_s);
    const auto c = openConnection(url, false);
    REQUIRE_FALSE(c.ok());
    INFO(c.error().toString().toStdString());
    CHECK(c.error().code == ErrorCode::Io);
    CHECK(c.error().message.contains(u"fl_missing_"_s));
}

TEST_CASE("PostgreSQL: a lost connection is reopened before the next statement", "[sql]")
{
    const TestDb db(Backend::Postgres);
    if (!db.enabled())
        return;
    auto c = connectWithSchema(db);
    auto admin = db.connect();
    const auto kill = [&] {
        const qint64 pid = ok(c->query("SELECT pg_backend_pid()")).first().int64(0);
        // The timeout makes it wait until the backend is gone.
        CHECK(ok(admin->query("SELECT pg_terminate_backend(?1, 5000)", {pid})).first().int64(0) ==
              1);
    };

    SECTION("between transactions")
    {
        kill();
        const auto lost = c->query("SELECT COUNT(*) FROM items");
        REQUIRE_FALSE(lost.ok());
        INFO(lost.error().toString().toStdString());
        CHECK(lost.error().code == ErrorCode::Io);
        CHECK(count(*c) == 0);
        CHECK(ok(c->run("INSERT INTO items (id) VALUES (1)")) == 1);
    }

    SECTION("inside a write transaction")
    {
        ok(c->beginWrite());
        ok(c->run("INSERT INTO items (id) VALUES (1)"));
        kill();
        const auto lost = c->run("INSERT INTO items (id) VALUES (2)");
        REQUIRE_FALSE(lost.ok());
        CHECK(lost.error().code == ErrorCode::Io);
        const auto committed = c->commit();
        REQUIRE_FALSE(committed.ok());
        INFO(committed.error().toString().toStdString());
        CHECK(committed.error().code == ErrorCode::Io);
        CHECK_FALSE(c->inTransaction());
        CHECK(count(*c) == 0);
        ok(c->beginWrite());
        ok(c->run("INSERT INTO items (id) VALUES (3)"));
        ok(c->commit());
        CHECK(count(*c) == 1);
    }
}
