#pragma once

// A thin RAII layer over SQLite's C API: one connection, prepared statements, transactions, and
// SQLite result codes mapped to our errors (full disk, corruption, busy) with plain messages.

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <map>
#include <optional>
#include <string>
#include <type_traits>

struct sqlite3;
struct sqlite3_stmt;

namespace fl::storage {

class Statement;

class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (or, with create, makes) the file. Does not check integrity: callers decide when.
    [[nodiscard]] Result<void> open(const QString &path, bool create);
    void close();
    [[nodiscard]] bool isOpen() const { return m_db != nullptr; }
    // Off while a file is being checked: closing must not fold the write-ahead log into a
    // file we are about to refuse (that would change the evidence of what went wrong).
    void setCheckpointOnClose(bool enabled);

    [[nodiscard]] Result<void> exec(const char *sql);
    // Prepared once per connection and reused (SQLite compiling the SQL of every save was a
    // large share of its cost). A statement still in use when asked for again is prepared anew.
    [[nodiscard]] Result<Statement> prepare(const char *sql);
    // Single-value helpers for PRAGMAs and counts.
    [[nodiscard]] Result<qint64> queryInt(const char *sql);
    [[nodiscard]] Result<QString> queryText(const char *sql);

    // The error for the connection's last failure, mapped from SQLite's extended code.
    [[nodiscard]] Error lastError(const char *context) const;

    sqlite3 *handle() const { return m_db; }
    // Rows changed by the last INSERT, UPDATE or DELETE.
    [[nodiscard]] qint64 changes() const;

private:
    struct CachedStatement
    {
        sqlite3_stmt *stmt = nullptr;
        bool inUse = false;
    };

    sqlite3 *m_db = nullptr;
    std::map<std::string, CachedStatement> m_cache; // node-based: entries never move
};

// A prepared statement. Bind with 1-based indexes, step, read columns with 0-based indexes.
class Statement
{
public:
    // `cacheSlot` set: the statement belongs to the connection's cache and is only reset.
    Statement(Database *db, sqlite3_stmt *stmt, bool *cacheSlot = nullptr)
        : m_db(db)
        , m_stmt(stmt)
        , m_cacheSlot(cacheSlot)
    {}
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    ~Statement();

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);    // a null QString binds NULL
    Statement &bind(int index, const QByteArray &value); // as a BLOB
    Statement &bindText(int index, const QByteArray &utf8);
    Statement &bind(int index, std::optional<double> value);
    Statement &bindNull(int index);

    // True while a row is available; false when done. Errors are returned, never thrown.
    [[nodiscard]] Result<bool> step();
    // Steps once, expecting no row (INSERT/UPDATE/DELETE).
    [[nodiscard]] Result<void> run();
    void reset();

    // Every remaining row, each read by `read(const Statement &)`.
    template <typename Read>
    [[nodiscard]] auto all(Read read)
        -> Result<QList<std::invoke_result_t<Read, const Statement &>>>
    {
        QList<std::invoke_result_t<Read, const Statement &>> rows;
        while (true) {
            auto row = step();
            if (!row)
                return row.error();
            if (!*row)
                return rows;
            rows << read(*this);
        }
    }

    // The first row read by `read`, or nothing when there is none. Resets the statement, so a
    // loop can bind and ask again.
    template <typename Read>
    [[nodiscard]] auto first(Read read)
        -> Result<std::optional<std::invoke_result_t<Read, const Statement &>>>
    {
        using Value = std::invoke_result_t<Read, const Statement &>;
        auto row = step();
        if (!row)
            return row.error();
        std::optional<Value> value;
        if (*row)
            value = read(*this);
        reset();
        return value;
    }
    // Whether the query returns any row (resets the statement).
    [[nodiscard]] Result<bool> exists();

    [[nodiscard]] qint64 int64(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] std::optional<double> optionalReal(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] QByteArray blob(int column) const;
    [[nodiscard]] bool isNull(int column) const;
    enum class ColumnType { Null, Integer, Real, Text, Blob };
    [[nodiscard]] ColumnType columnType(int column) const;
    [[nodiscard]] int columnCount() const;

private:
    void release();

    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool *m_cacheSlot = nullptr;
};

// BEGIN IMMEDIATE ... COMMIT; rolls back if not committed (every early error return).
class Transaction
{
public:
    explicit Transaction(Database &db)
        : m_db(db)
    {}
    ~Transaction();
    [[nodiscard]] Result<void> begin();
    [[nodiscard]] Result<void> commit();

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace fl::storage
