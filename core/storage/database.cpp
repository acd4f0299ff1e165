#include "database.h"

#include <sqlite3.h>

#include <QFile>

using namespace Qt::StringLiterals;

namespace fl::storage {

namespace {

Error mapSqliteError(int code, const QString &detail, const char *context)
{
    const QString where = QString::fromUtf8(context);
    if (code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY)
        return makeError(ErrorCode::Conflict, u"%1: %2"_s.arg(where, detail));
    switch (code & 0xff) {
    case SQLITE_FULL:
        return makeError(ErrorCode::StorageFull,
                         u"the device storage is full; nothing was saved (%1). Free some space "
                         "and try again"_s.arg(where));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return makeError(
            ErrorCode::StorageCorrupt,
            u"the record database is damaged (%1: %2); it was left untouched"_s.arg(where, detail));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return makeError(ErrorCode::StorageLocked,
                         u"the record database is busy in another program (%1)"_s.arg(where));
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return makeError(ErrorCode::Io,
                         u"cannot read or write the record database (%1: %2)"_s.arg(where, detail));
    default:
        return makeError(ErrorCode::Internal, u"%1: %2"_s.arg(where, detail));
    }
}

} // namespace

Database::~Database()
{
    close();
}

Result<void> Database::open(const QString &path, bool create)
{
    close();
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (create)
        flags |= SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error error = m_db ? lastError("open") : mapSqliteError(rc, {}, "open");
        close();
        return error;
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
    return {};
}

// Every Statement must be gone by now: the store's statements live only inside its calls.
void Database::setCheckpointOnClose(bool enabled)
{
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, enabled ? 0 : 1, nullptr);
}

void Database::close()
{
    for (auto &[sql, cached] : m_cache)
        sqlite3_finalize(cached.stmt);
    m_cache.clear();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Result<void> Database::exec(const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return mapSqliteError(sqlite3_extended_errcode(m_db), detail, sql);
    }
    return {};
}

Result<Statement> Database::prepare(const char *sql)
{
    CachedStatement &cached = m_cache[sql];
    if (cached.stmt && !cached.inUse) {
        cached.inUse = true;
        return Statement(this, cached.stmt, &cached.inUse);
    }
    sqlite3_stmt *stmt = nullptr;
    const unsigned flags = cached.stmt ? 0 : SQLITE_PREPARE_PERSISTENT;
    if (sqlite3_prepare_v3(m_db, sql, -1, flags, &stmt, nullptr) != SQLITE_OK)
        return lastError(sql);
    if (cached.stmt)
        return Statement(this, stmt); // the cached one is busy: a one-off
    cached.stmt = stmt;
    cached.inUse = true;
    return Statement(this, stmt, &cached.inUse);
}

Result<qint64> Database::queryInt(const char *sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? stmt->int64(0) : 0;
}

Result<QString> Database::queryText(const char *sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? stmt->text(0) : QString();
}

Error Database::lastError(const char *context) const
{
    if (!m_db)
        return makeError(ErrorCode::Internal, u"database not open"_s);
    return mapSqliteError(sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)),
                          context);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_cacheSlot(std::exchange(other.m_cacheSlot, nullptr))
{}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        release();
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_cacheSlot = std::exchange(other.m_cacheSlot, nullptr);
    }
    return *this;
}

Statement::~Statement()
{
    release();
}

void Statement::release()
{
    if (!m_stmt)
        return;
    if (m_cacheSlot) {
        // Back to the cache, clean: no open read, no bound values (which may be large bodies).
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        *m_cacheSlot = false;
    } else {
        sqlite3_finalize(m_stmt);
    }
    m_stmt = nullptr;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindText(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, std::optional<double> value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error error = m_db->lastError(sqlite3_sql(m_stmt));
    sqlite3_reset(m_stmt);
    return error;
}

Result<void> Statement::run()
{
    auto row = step();
    if (!row)
        return row.error();
    sqlite3_reset(m_stmt);
    return {};
}

Result<bool> Statement::exists()
{
    auto row = step();
    reset();
    return row;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::optional<double> Statement::optionalReal(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

Statement::ColumnType Statement::columnType(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return ColumnType::Integer;
    case SQLITE_FLOAT:
        return ColumnType::Real;
    case SQLITE_TEXT:
        return ColumnType::Text;
    case SQLITE_BLOB:
        return ColumnType::Blob;
    default:
        return ColumnType::Null;
    }
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

qint64 Database::changes() const
{
    return sqlite3_changes64(m_db);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Transaction::~Transaction()
{
    if (m_active)
        (void)m_db.exec("ROLLBACK");
}

Result<void> Transaction::begin()
{
    auto result = m_db.exec("BEGIN IMMEDIATE");
    m_active = result.ok();
    return result;
}

Result<void> Transaction::commit()
{
    auto result = m_db.exec("COMMIT");
    if (result.ok())
        m_active = false;
    return result;
}

} // namespace fl::storage
