#include "benchutil.h"

#include "samples.h"

#include <sqlite3.h>

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace fl::bench {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

std::vector<SampleRecord> mixedRecords(int count, qint64 beforeMs, qint64 spacingMs)
{
    std::vector<SampleRecord> records;
    records.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        const qint64 dateMs = beforeMs - qint64(i + 1) * spacingMs;
        const QString number = u"%1"_s.arg(i % 1000, 3, 10, QLatin1Char('0'));
        switch (i % 3) {
        case 0: {
            Patrol patrol = samples::patrol(dateMs);
            patrol.serial = u"XH-650102-20261123-"_s + number;
            patrol.problems << samples::garbageProblem(dateMs + 1);
            records.push_back({RecordKind::Patrol, patrol.toJson()});
            break;
        }
        case 1: {
            Inspection inspection = samples::inspection(dateMs);
            inspection.taskNumber = u"SSJ-650100-2026Q4-"_s + number;
            records.push_back({RecordKind::Inspection, inspection.toJson()});
            break;
        }
        default: {
            ComplaintCase complaint = samples::complaint(dateMs);
            complaint.caseNumber = u"12369-2026-11-0"_s + number;
            records.push_back({RecordKind::ComplaintCase, complaint.toJson()});
            break;
        }
        }
    }
    return records;
}

QByteArray compactJson(const QJsonObject &body)
{
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

TempStore::TempStore()
{
    if (!m_dir.isValid()) {
        m_error = u"cannot make a temporary folder: "_s + m_dir.errorString();
        return;
    }
    auto created = Store::create(folder());
    if (!created) {
        m_error = created.error().toString();
        return;
    }
    m_store = std::move(created).value();
}

QString TempStore::folder() const
{
    return m_dir.filePath(u"device"_s);
}

QString TempStore::databasePath() const
{
    return folder() + u"/store.sqlite"_s;
}

bool TempStore::reopen()
{
    m_store.reset();
    auto opened = Store::open(folder());
    if (!opened) {
        m_error = opened.error().toString();
        return false;
    }
    m_store = std::move(opened).value();
    return true;
}

RawTable::RawTable(const QString &path, const char *synchronous)
{
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
        (void)fail("open");
        return;
    }
    const QByteArray setup =
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=" + QByteArray(synchronous) +
        "; CREATE TABLE IF NOT EXISTS raw (id TEXT PRIMARY KEY, body TEXT)";
    if (sqlite3_exec(m_db, setup.constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
        (void)fail("setup");
        return;
    }
    if (sqlite3_prepare_v2(m_db, "BEGIN IMMEDIATE", -1, &m_begin, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(m_db, "INSERT INTO raw (id, body) VALUES (?1, ?2)", -1, &m_insert,
                           nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(m_db, "COMMIT", -1, &m_commit, nullptr) != SQLITE_OK) {
        (void)fail("prepare");
    }
}

RawTable::~RawTable()
{
    sqlite3_finalize(m_begin);
    sqlite3_finalize(m_insert);
    sqlite3_finalize(m_commit);
    sqlite3_close_v2(m_db);
}

bool RawTable::fail(const char *what)
{
    m_error = QString::fromUtf8(what) + u": "_s +
              QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "out of memory");
    return false;
}

bool RawTable::run(sqlite3_stmt *statement, const char *what)
{
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    return rc == SQLITE_DONE || fail(what);
}

bool RawTable::insert(const std::vector<std::pair<QByteArray, QByteArray>> &rows)
{
    if (!run(m_begin, "begin"))
        return false;
    for (const auto &[id, body] : rows) {
        sqlite3_bind_text(m_insert, 1, id.constData(), int(id.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 2, body.constData(), int(body.size()), SQLITE_STATIC);
        if (!run(m_insert, "insert")) {
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
            return false;
        }
    }
    return run(m_commit, "commit");
}

bool RawTable::insertOne(const QByteArray &id, const QByteArray &body)
{
    if (!run(m_begin, "begin"))
        return false;
    sqlite3_bind_text(m_insert, 1, id.constData(), int(id.size()), SQLITE_STATIC);
    sqlite3_bind_text(m_insert, 2, body.constData(), int(body.size()), SQLITE_STATIC);
    if (!run(m_insert, "insert")) {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        return false;
    }
    return run(m_commit, "commit");
}

double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = size_t(std::ceil(p / 100.0 * double(samples.size())));
    return samples[std::clamp<size_t>(rank, 1, samples.size()) - 1];
}

SpaceUse spaceUse(const QString &databasePath)
{
    SpaceUse use;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(databasePath).constData(), &db, SQLITE_OPEN_READONLY,
                        nullptr) != SQLITE_OK) {
        sqlite3_close_v2(db);
        return use;
    }
    sqlite3_stmt *select = nullptr;
    // dbstat names each table and index; map them to the tables they belong to.
    if (sqlite3_prepare_v2(db,
                           "SELECT COALESCE(m.tbl_name, d.name), SUM(d.pgsize) FROM dbstat d"
                           " LEFT JOIN sqlite_schema m ON m.name = d.name GROUP BY 1",
                           -1, &select, nullptr) == SQLITE_OK) {
        while (sqlite3_step(select) == SQLITE_ROW) {
            const QByteArray table(reinterpret_cast<const char *>(sqlite3_column_text(select, 0)));
            const qint64 bytes = sqlite3_column_int64(select, 1);
            if (table == "records")
                use.records += bytes;
            else if (table == "revisions")
                use.revisions += bytes;
            else if (table == "outbox")
                use.outbox += bytes;
            else
                use.other += bytes;
        }
    }
    sqlite3_finalize(select);
    sqlite3_close_v2(db);
    return use;
}

} // namespace fl::bench
