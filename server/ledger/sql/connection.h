#pragma once

// One database connection as the ledger sees it: parameterised SQL, rows of plain values and
// write transactions. SQLite (sqliteconnection) and PostgreSQL (pgconnection) implement it, so
// every ledger query is written once.
//
// SQL conventions shared by both backends:
// - parameters are written ?1, ?2, ... (PostgreSQL gets them as $1, $2, ...); one index may
//   appear several times;
// - integers are 64-bit (DDL says INTEGER; PostgreSQL gets BIGINT), booleans are 0/1 integers,
//   byte strings are BLOB (PostgreSQL: BYTEA), text is TEXT;
// - no `?` inside string literals, no parameters whose type only the value could tell
//   (`?1 IS NULL`), upserts with ON CONFLICT ... DO UPDATE SET col = excluded.col.

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <variant>

namespace fl::ledger::sql {

struct Null
{
};
using Value = std::variant<Null, qint64, QString, QByteArray>; // QByteArray: a BLOB

class Row
{
public:
    explicit Row(QList<Value> values)
        : m_values(std::move(values))
    {}
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] qint64 int64(int column) const; // 0 for NULL
    [[nodiscard]] QString text(int column) const; // empty for NULL
    [[nodiscard]] QByteArray blob(int column) const;
    [[nodiscard]] int size() const { return int(m_values.size()); }

private:
    QList<Value> m_values;
};

using Params = QList<Value>;

class Connection
{
public:
    virtual ~Connection() = default;

    // Several statements without parameters (schema steps).
    [[nodiscard]] virtual Result<void> execScript(const QString &sql) = 0;
    // One statement; answers the number of rows it changed.
    [[nodiscard]] virtual Result<qint64> run(const char *sql, const Params &params = {}) = 0;
    // Every row at once; for small answers.
    [[nodiscard]] virtual Result<QList<Row>> query(const char *sql, const Params &params = {}) = 0;
    // Row by row without holding the whole answer in memory (verify, export). Stops early when
    // `visit` answers false.
    [[nodiscard]] virtual Result<void> forEach(const char *sql, const Params &params,
                                               const std::function<bool(const Row &)> &visit) = 0;

    // When a committed write reaches the disk. Deferred suits data nothing is acknowledged on
    // alone (an upload's chunks: the ledger reports how far it got): the database writes its log
    // in order, so the next durable commit (the evidence record that needs the file) carries it
    // to the disk too, and a power cut before that only loses chunks the device sends again.
    enum class Durability { OnCommit, Deferred };

    // A write transaction that holds the ledger's single writer lock from its start, so two
    // writers (two threads, two ledgerd processes on one PostgreSQL) never interleave their
    // steps of the hash chain.
    [[nodiscard]] virtual Result<void> beginWrite(Durability durability) = 0;
    [[nodiscard]] Result<void> beginWrite() { return beginWrite(Durability::OnCommit); }
    // A read-only transaction that sees one snapshot of the database throughout (verify reads
    // while pushes go on). Ends with rollback().
    [[nodiscard]] virtual Result<void> beginRead() = 0;
    [[nodiscard]] virtual Result<void> commit() = 0;
    virtual void rollback() = 0;
    [[nodiscard]] virtual bool inTransaction() const = 0;

    // The ledger schema's version (SQLite: PRAGMA user_version; PostgreSQL: a one-row table).
    [[nodiscard]] virtual Result<int> schemaVersion() = 0;
    [[nodiscard]] virtual Result<void> setSchemaVersion(int version) = 0;
    // Rewrites portable DDL for this backend (INTEGER -> BIGINT, BLOB -> BYTEA).
    [[nodiscard]] virtual QString ddl(const QString &portable) const = 0;

    [[nodiscard]] virtual QString backendName() const = 0; // "sqlite" or "postgresql"
};

// Opens a ledger database: a `postgresql://` or `postgres://` URL through libpq, anything else
// as a SQLite file path (created when `create`).
[[nodiscard]] Result<std::unique_ptr<Connection>> openConnection(const QString &pathOrUrl,
                                                                 bool create);

} // namespace fl::ledger::sql
