#include "pgconnection.h"

#include <libpq-fe.h>

#include <QHash>
#include <QRegularExpression>
#include <QUrl>

#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace fl::ledger::sql {

namespace {

// READ COMMITTED even when the database defaults to a stricter level: after waiting for the
// writer lock, each statement must see what the previous writer committed (a snapshot taken
// before the wait would fork the hash chain).
constexpr const char *kBegin = "BEGIN ISOLATION LEVEL READ COMMITTED";
// The single writer lock of a ledger database: a transaction-scoped advisory lock, released by
// COMMIT or ROLLBACK (or a dropped connection). The key 7305541 is fixed and arbitrary;
// advisory locks are per database, so only writers of the same ledger contend. Nothing else
// on a ledger database may use this key.
constexpr const char *kWriterLock = "SELECT pg_advisory_xact_lock(7305541)";

// Prepared statements one connection keeps: SQL built at run time (`IN (?1, ?2, ...)` with as
// many parameters as ids) would otherwise add statements without end.
constexpr qsizetype kMaxPrepared = 500;

// Type OIDs (catalog/pg_type.h) of result columns that are not read as text.
enum : Oid {
    BoolOid = 16,
    ByteaOid = 17,
    Int8Oid = 20,
    Int2Oid = 21,
    Int4Oid = 23,
    NumericOid = 1700,
};

struct ResultDeleter
{
    void operator()(PGresult *r) const { PQclear(r); }
};
using PgResult = std::unique_ptr<PGresult, ResultDeleter>;

// ?1, ?2, ... -> $1, $2, ... (the shared SQL has no `?` in string literals).
QByteArray translate(const char *sql)
{
    QByteArray out(sql);
    for (qsizetype i = 0; i + 1 < out.size(); ++i) {
        if (out.at(i) == '?' && out.at(i + 1) >= '0' && out.at(i + 1) <= '9')
            out[i] = '$';
    }
    return out;
}

bool isSelect(const char *sql)
{
    const QByteArrayView s = QByteArrayView(sql).trimmed();
    return s.size() >= 6 && s.first(6).compare("SELECT", Qt::CaseInsensitive) == 0;
}

// The statement for error messages: one line, not too long.
QString excerpt(const char *sql)
{
    const QString s = QString::fromUtf8(sql).simplified();
    return s.size() <= 120 ? s : s.left(117) + u"..."_s;
}

// Params as libpq wants them: numbers and text in text format, blobs in binary format, NULL
// (and a null QString, as SQLite binds it) as a null pointer. Types are left to the server.
class PgParams
{
public:
    explicit PgParams(const Params &params)
    {
        m_data.reserve(params.size());
        for (const Value &v : params) {
            m_data.push_back(bytes(v));
            m_formats.push_back(std::holds_alternative<QByteArray>(v) ? 1 : 0);
        }
        for (const auto &d : m_data) {
            m_values.push_back(d ? d->constData() : nullptr);
            m_lengths.push_back(d ? int(d->size()) : 0);
        }
    }

    int count() const { return int(m_data.size()); }
    const char *const *values() const { return m_values.data(); }
    const int *lengths() const { return m_lengths.data(); }
    const int *formats() const { return m_formats.data(); }

private:
    static std::optional<QByteArray> bytes(const Value &v)
    {
        if (const auto *i = std::get_if<qint64>(&v))
            return QByteArray::number(*i);
        if (const auto *t = std::get_if<QString>(&v); t && !t->isNull())
            return t->toUtf8();
        if (const auto *b = std::get_if<QByteArray>(&v))
            return *b;
        return std::nullopt;
    }

    std::vector<std::optional<QByteArray>> m_data;
    std::vector<const char *> m_values;
    std::vector<int> m_lengths;
    std::vector<int> m_formats;
};

QByteArray unescapeBytea(const char *text)
{
    size_t length = 0;
    unsigned char *bytes = PQunescapeBytea(reinterpret_cast<const unsigned char *>(text), &length);
    Q_CHECK_PTR(bytes);
    QByteArray out(reinterpret_cast<const char *>(bytes), qsizetype(length));
    PQfreemem(bytes);
    return out;
}

// One text-format result cell as a Value, by the column's type.
Value readValue(const PGresult *res, int row, int column)
{
    if (PQgetisnull(res, row, column))
        return Null{};
    const char *data = PQgetvalue(res, row, column);
    const QByteArrayView text(data, PQgetlength(res, row, column));
    switch (PQftype(res, column)) {
    case Int2Oid:
    case Int4Oid:
    case Int8Oid:
        return qint64(text.toLongLong());
    case NumericOid: { // SUM() of integers is numeric: whole numbers stay numbers
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        if (ok)
            return n;
        break;
    }
    case BoolOid:
        return qint64(text == "t");
    case ByteaOid:
        return unescapeBytea(data);
    }
    return QString::fromUtf8(text);
}

Row readRow(const PGresult *res, int row)
{
    const int n = PQnfields(res);
    QList<Value> values;
    values.reserve(n);
    for (int c = 0; c < n; ++c)
        values << readValue(res, row, c);
    return Row(std::move(values));
}

ErrorCode codeOf(QByteArrayView sqlState)
{
    if (sqlState == "23505")
        return ErrorCode::Conflict;
    if (sqlState == "53100")
        return ErrorCode::StorageFull;
    if (sqlState == "40001" || sqlState == "40P01" || sqlState == "55P03")
        return ErrorCode::StorageLocked;
    if (sqlState.startsWith("08") || sqlState.startsWith("57P0"))
        return ErrorCode::Io; // connection failure, server shut down or restarted
    return ErrorCode::Internal;
}

// The password as written in a connection URI and decoded, so messages can hide it.
QStringList passwordsIn(const QString &url)
{
    static const QRegularExpression userInfo(u"://[^:@/]*:([^@/]*)@"_s);
    static const QRegularExpression option(u"[?&]password=([^&]*)"_s);
    QStringList out;
    for (const QRegularExpression *re : {&userInfo, &option}) {
        const QString secret = re->match(url).captured(1);
        if (!secret.isEmpty())
            out << secret << QUrl::fromPercentEncoding(secret.toUtf8());
    }
    return out;
}

void dropNotice(void *, const char *) {}

class PgConnection final : public Connection
{
public:
    ~PgConnection() override { PQfinish(m_conn); }

    Result<void> open(const QString &url)
    {
        m_secrets = passwordsIn(url);
        const QByteArray uri = url.toUtf8();
        // Keywords after dbname override the URI's: the ledger reads and writes UTF-8.
        const char *const keys[] = {"fallback_application_name", "dbname", "client_encoding",
                                    nullptr};
        const char *const values[] = {"ledgerd", uri.constData(), "UTF8", nullptr};
        m_conn = PQconnectdbParams(keys, values, 1);
        if (PQstatus(m_conn) != CONNECTION_OK)
            return makeError(ErrorCode::Io,
                             u"cannot connect to PostgreSQL: %1"_s.arg(connectionMessage()));
        PQsetNoticeProcessor(m_conn, dropNotice, nullptr);
        return configureSession();
    }

    Result<void> execScript(const QString &sql) override
    {
        if (auto r = ready(); !r)
            return r;
        const QByteArray utf8 = sql.toUtf8();
        if (auto r = exec(utf8.constData()); !r)
            return r.error();
        return {};
    }

    Result<qint64> run(const char *sql, const Params &params) override
    {
        auto r = execPrepared(sql, params);
        if (!r)
            return r.error();
        return QByteArrayView(PQcmdTuples(r->get())).toLongLong();
    }

    Result<QList<Row>> query(const char *sql, const Params &params) override
    {
        auto r = execPrepared(sql, params);
        if (!r)
            return r.error();
        QList<Row> rows;
        const int n = PQntuples(r->get());
        rows.reserve(n);
        for (int i = 0; i < n; ++i)
            rows << readRow(r->get(), i);
        return rows;
    }

    Result<void> forEach(const char *sql, const Params &params,
                         const std::function<bool(const Row &)> &visit) override
    {
        auto name = prepare(sql);
        if (!name)
            return name.error();
        const PgParams p(params);
        if (!PQsendQueryPrepared(m_conn, name->constData(), p.count(), p.values(), p.lengths(),
                                 p.formats(), 0))
            return failure(nullptr, sql);
        (void)PQsetSingleRowMode(m_conn); // should it fail, the rows arrive in one result
        // Read every result until libpq answers null, even after a stop: only then does the
        // connection take the next statement.
        std::optional<Error> error;
        bool stopped = false;
        m_streaming = true;
        while (PgResult r{PQgetResult(m_conn)}) {
            const ExecStatusType status = PQresultStatus(r.get());
            if (stopped) {
                continue; // the rest, or the error our cancel caused
            } else if (status != PGRES_SINGLE_TUPLE && status != PGRES_TUPLES_OK) {
                if (!error)
                    error = failure(r.get(), sql);
                continue;
            }
            for (int i = 0; i < PQntuples(r.get()) && !stopped; ++i) {
                if (!visit(readRow(r.get(), i))) {
                    stopped = true;
                    cancelRest(sql);
                }
            }
        }
        m_streaming = false;
        if (error)
            return *error;
        return {};
    }

    Result<void> beginWrite(Durability durability) override
    {
        if (m_inTransaction)
            return makeError(ErrorCode::Internal,
                             u"beginWrite inside a write transaction: commit or roll back first"_s);
        if (auto r = ready(); !r)
            return r;
        if (auto r = exec(kBegin); !r)
            return r.error();
        m_inTransaction = true;
        if (auto r = exec(kWriterLock); !r) {
            rollback();
            return r.error();
        }
        // WAL is flushed in order: the next synchronous commit carries this one to the disk.
        if (durability == Durability::Deferred) {
            if (auto r = exec("SET LOCAL synchronous_commit TO off"); !r) {
                rollback();
                return r.error();
            }
        }
        return {};
    }

    Result<void> beginRead() override
    {
        if (m_inTransaction)
            return makeError(ErrorCode::Internal,
                             u"beginRead inside a transaction: commit or roll back first"_s);
        if (auto r = ready(); !r)
            return r;
        if (auto r = exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); !r)
            return r.error();
        m_inTransaction = true;
        return {};
    }

    Result<void> commit() override
    {
        if (!m_inTransaction)
            return makeError(ErrorCode::Internal, u"commit without beginWrite"_s);
        if (auto r = ready(); !r) {
            rollback();
            return r;
        }
        auto r = exec("COMMIT");
        if (!r) {
            rollback();
            return r.error();
        }
        m_inTransaction = false;
        // A transaction that an earlier error aborted answers COMMIT with ROLLBACK, no error.
        if (qstrcmp(PQcmdStatus(r->get()), "ROLLBACK") == 0)
            return makeError(ErrorCode::Internal,
                             u"the write transaction was rolled back: a statement in it failed"_s);
        return {};
    }

    void rollback() override
    {
        if (!m_inTransaction)
            return;
        m_inTransaction = false;
        if (PQstatus(m_conn) == CONNECTION_OK)
            PQclear(PQexec(m_conn, "ROLLBACK"));
    }

    bool inTransaction() const override { return m_inTransaction; }

    Result<int> schemaVersion() override
    {
        // Reading never creates the table, so two servers starting at once do not race on it.
        auto exists = query("SELECT to_regclass('ledger_schema_version') IS NOT NULL", {});
        if (!exists)
            return exists.error();
        if (exists->first().int64(0) == 0)
            return 0;
        auto rows = query("SELECT version FROM ledger_schema_version", {});
        if (!rows)
            return rows.error();
        return rows->isEmpty() ? 0 : int(rows->first().int64(0));
    }

    Result<void> setSchemaVersion(int version) override
    {
        // One PQexec: the three statements commit together.
        return execScript(u"CREATE TABLE IF NOT EXISTS ledger_schema_version ("
                          "version BIGINT NOT NULL);"
                          "DELETE FROM ledger_schema_version;"
                          "INSERT INTO ledger_schema_version (version) VALUES (%1)"_s.arg(version));
    }

    QString ddl(const QString &portable) const override
    {
        static const QRegularExpression integer(u"\\bINTEGER\\b"_s);
        static const QRegularExpression blob(u"\\bBLOB\\b"_s);
        return QString(portable).replace(integer, u"BIGINT"_s).replace(blob, u"BYTEA"_s);
    }

    QString backendName() const override { return u"postgresql"_s; }

private:
    Result<void> configureSession()
    {
        if (auto r = exec("SET client_min_messages = warning"); !r)
            return r.error();
        return {};
    }

    // Before each statement: none may start inside forEach's visit (libpq would silently drop
    // the rest of its rows), and a lost connection is reopened once, between transactions only.
    Result<void> ready()
    {
        if (m_streaming)
            return makeError(ErrorCode::Internal,
                             u"a statement ran inside forEach's visit: PostgreSQL runs one "
                             "statement at a time on a connection"_s);
        if (PQstatus(m_conn) == CONNECTION_OK)
            return {};
        if (m_inTransaction)
            return makeError(ErrorCode::Io, u"lost the connection to PostgreSQL inside a write "
                                            "transaction; roll back and try again"_s);
        PQreset(m_conn);
        m_statements.clear(); // they lived in the old session
        if (PQstatus(m_conn) != CONNECTION_OK)
            return makeError(ErrorCode::Io, u"lost the connection to PostgreSQL and cannot "
                                            "reconnect: %1"_s.arg(connectionMessage()));
        return configureSession();
    }

    // After forEach stopped early: outside a transaction, cancel the rest of a plain SELECT
    // rather than read it (cancelling a write would undo it); inside one, a cancel would abort
    // the transaction, so the rest is read and dropped.
    void cancelRest(const char *sql)
    {
        if (m_inTransaction || !isSelect(sql))
            return;
        if (PGcancel *cancel = PQgetCancel(m_conn)) {
            char message[256];
            PQcancel(cancel, message, sizeof message); // libpq waits until the server has it
            PQfreeCancel(cancel);
        }
    }

    // The name of `sql`'s prepared statement on this connection; prepared on first use.
    Result<QByteArray> prepare(const char *sql)
    {
        if (auto r = ready(); !r)
            return r.error();
        const QByteArray key = QByteArray::fromRawData(sql, qsizetype(qstrlen(sql)));
        if (auto it = m_statements.constFind(key); it != m_statements.cend())
            return *it;
        if (m_statements.size() >= kMaxPrepared) {
            if (auto r = exec("DEALLOCATE ALL"); !r)
                return r.error();
            m_statements.clear();
        }
        const QByteArray name = "fl" + QByteArray::number(m_statements.size() + 1);
        const QByteArray translated = translate(sql);
        PgResult r(PQprepare(m_conn, name.constData(), translated.constData(), 0, nullptr));
        if (auto ok = checked(std::move(r), sql); !ok)
            return ok.error();
        m_statements.insert(QByteArray(sql), name);
        return name;
    }

    Result<PgResult> execPrepared(const char *sql, const Params &params)
    {
        auto name = prepare(sql);
        if (!name)
            return name.error();
        const PgParams p(params);
        return checked(PgResult(PQexecPrepared(m_conn, name->constData(), p.count(), p.values(),
                                               p.lengths(), p.formats(), 0)),
                       sql);
    }

    Result<PgResult> exec(const char *sql) { return checked(PgResult(PQexec(m_conn, sql)), sql); }

    Result<PgResult> checked(PgResult r, const char *sql) const
    {
        switch (PQresultStatus(r.get())) {
        case PGRES_COMMAND_OK:
        case PGRES_TUPLES_OK:
            return r;
        default:
            return failure(r.get(), sql);
        }
    }

    Error failure(const PGresult *res, const char *sql) const
    {
        if (PQstatus(m_conn) != CONNECTION_OK)
            return makeError(ErrorCode::Io, u"lost the connection to PostgreSQL (%1): %2"_s.arg(
                                                excerpt(sql), connectionMessage()));
        if (!res)
            return makeError(ErrorCode::Internal,
                             u"%1: %2"_s.arg(excerpt(sql), connectionMessage()));
        const QByteArrayView state(PQresultErrorField(res, PG_DIAG_SQLSTATE));
        QString message = QString::fromUtf8(PQresultErrorMessage(res)).simplified();
        if (const char *primary = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY)) {
            message = QString::fromUtf8(primary);
            if (const char *detail = PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL))
                message += u" ("_s + QString::fromUtf8(detail) + u')';
        }
        if (!state.isEmpty())
            message += u" [SQLSTATE %1]"_s.arg(QString::fromLatin1(state));
        return makeError(codeOf(state), u"%1 in: %2"_s.arg(message, excerpt(sql)));
    }

    // libpq's last connection error, without the password.
    QString connectionMessage() const
    {
        QString message = QString::fromUtf8(PQerrorMessage(m_conn)).simplified();
        for (const QString &secret : m_secrets)
            message.replace(secret, u"***"_s);
        return message;
    }

    PGconn *m_conn = nullptr;
    QStringList m_secrets;
    QHash<QByteArray, QByteArray> m_statements; // SQL text -> prepared statement name
    bool m_inTransaction = false;
    bool m_streaming = false;
};

} // namespace

Result<std::unique_ptr<Connection>> openPostgres(const QString &url)
{
    auto connection = std::make_unique<PgConnection>();
    if (auto r = connection->open(url); !r)
        return r.error();
    return std::unique_ptr<Connection>(std::move(connection));
}

} // namespace fl::ledger::sql
