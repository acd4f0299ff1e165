#pragma once

// Helpers for the store benchmarks: realistic record bodies, a store or a plain SQLite table in a
// temporary folder (so every benchmark writes to the same file system as the app would), and
// percentiles.

#include "storage/store.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace fl::bench {

inline const QString kAuthor = QStringLiteral("李明");

// Device time now (UTC ms). Sample records are dated before it so validation accepts them.
[[nodiscard]] qint64 nowMs();

struct SampleRecord
{
    RecordKind kind = RecordKind::Patrol;
    QJsonObject body;
};

// `count` realistic bodies in the mix a field team produces: a patrol with a problem found, an
// inspection, a complaint, in turn. Record i is dated (i + 1) * spacingMs before `beforeMs`, so a
// list of them has a real date order.
[[nodiscard]] std::vector<SampleRecord> mixedRecords(int count, qint64 beforeMs, qint64 spacingMs);

// The bytes the store writes for a body (compact JSON, as in store.cpp).
[[nodiscard]] QByteArray compactJson(const QJsonObject &body);

// A store in its own temporary folder, on the system clock.
class TempStore
{
public:
    TempStore();
    [[nodiscard]] bool ok() const { return m_store != nullptr; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString folder() const;
    [[nodiscard]] QString databasePath() const;
    // Closes the store; SQLite checkpoints and removes the WAL when the last connection closes.
    void close() { m_store.reset(); }
    [[nodiscard]] bool reopen();
    Store *operator->() { return m_store.get(); }
    Store &operator*() { return *m_store; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_error;
};

// The baseline the store is measured against: a plain table (id TEXT PRIMARY KEY, body TEXT) with
// the store's journal mode, and the same statements prepared once and reused.
class RawTable
{
public:
    // `synchronous` is "FULL" (what the store uses) or "NORMAL".
    RawTable(const QString &path, const char *synchronous);
    ~RawTable();
    RawTable(const RawTable &) = delete;
    RawTable &operator=(const RawTable &) = delete;

    [[nodiscard]] bool ok() const { return m_error.isEmpty(); }
    [[nodiscard]] QString error() const { return m_error; }
    // BEGIN IMMEDIATE, one INSERT per row, COMMIT.
    [[nodiscard]] bool insert(const std::vector<std::pair<QByteArray, QByteArray>> &rows);
    [[nodiscard]] bool insertOne(const QByteArray &id, const QByteArray &body);

private:
    [[nodiscard]] bool fail(const char *what);
    [[nodiscard]] bool run(sqlite3_stmt *statement, const char *what);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_begin = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_commit = nullptr;
    QString m_error;
};

// Nearest-rank percentile (p in 0..100) of unsorted samples.
[[nodiscard]] double percentile(std::vector<double> samples, double p);

// Pages per table and index of a closed database file, from SQLite's dbstat table.
struct SpaceUse
{
    qint64 records = 0;   // records table and its indexes
    qint64 revisions = 0; // revision history
    qint64 outbox = 0;    // outbox table and its indexes
    qint64 other = 0;
};
[[nodiscard]] SpaceUse spaceUse(const QString &databasePath);

} // namespace fl::bench
