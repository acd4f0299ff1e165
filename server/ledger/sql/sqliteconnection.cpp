#include "sqliteconnection.h"

#include "storage/database.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace fl::ledger::sql {

namespace {

class SqliteConnection final : public Connection
{
public:
    Result<void> open(const QString &path, bool create)
    {
        if (!create && !QFileInfo::exists(path))
            return makeError(ErrorCode::NotFound, u"no ledger database at %1"_s.arg(path));
        if (auto r = m_db.open(path, create); !r)
            return r;
        for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                                   "PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 10000"}) {
            if (auto r = m_db.exec(pragma); !r)
                return r;
        }
        return {};
    }

    Result<void> execScript(const QString &sql) override
    {
        return m_db.exec(sql.toUtf8().constData());
    }

    Result<qint64> run(const char *sql, const Params &params) override
    {
        auto s = prepared(sql, params);
        if (!s)
            return s.error();
        if (auto r = s->run(); !r)
            return r.error();
        return m_db.changes();
    }

    Result<QList<Row>> query(const char *sql, const Params &params) override
    {
        QList<Row> rows;
        auto r = forEach(sql, params, [&rows](const Row &row) {
            rows << row;
            return true;
        });
        if (!r)
            return r.error();
        return rows;
    }

    Result<void> forEach(const char *sql, const Params &params,
                         const std::function<bool(const Row &)> &visit) override
    {
        auto s = prepared(sql, params);
        if (!s)
            return s.error();
        while (true) {
            auto row = s->step();
            if (!row)
                return row.error();
            if (!*row || !visit(readRow(*s))) {
                s->reset();
                return {};
            }
        }
    }

    Result<void> beginWrite(Durability durability) override
    {
        // WAL with NORMAL syncs at checkpoints and with the next FULL commit, not at this one.
        m_deferred = durability == Durability::Deferred;
        if (m_deferred) {
            if (auto r = m_db.exec("PRAGMA synchronous = NORMAL"); !r)
                return r;
        }
        if (auto r = m_db.exec("BEGIN IMMEDIATE"); !r) {
            endTransaction();
            return r;
        }
        m_inTransaction = true;
        return {};
    }

    Result<void> beginRead() override
    {
        // Deferred: the snapshot is taken at the first read and kept until the end (WAL).
        if (auto r = m_db.exec("BEGIN"); !r)
            return r;
        m_inTransaction = true;
        return {};
    }

    Result<void> commit() override
    {
        if (auto r = m_db.exec("COMMIT"); !r) {
            rollback();
            return r;
        }
        m_inTransaction = false;
        endTransaction();
        return {};
    }

    void rollback() override
    {
        if (m_inTransaction) {
            (void)m_db.exec("ROLLBACK");
            m_inTransaction = false;
        }
        endTransaction();
    }

    bool inTransaction() const override { return m_inTransaction; }

    Result<int> schemaVersion() override
    {
        auto v = m_db.queryInt("PRAGMA user_version");
        if (!v)
            return v.error();
        return int(*v);
    }

    Result<void> setSchemaVersion(int version) override
    {
        const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(version);
        return m_db.exec(sql.constData());
    }

    QString ddl(const QString &portable) const override { return portable; }
    QString backendName() const override { return u"sqlite"_s; }

private:
    Result<storage::Statement> prepared(const char *sql, const Params &params)
    {
        auto s = m_db.prepare(sql);
        if (!s)
            return s.error();
        for (int i = 0; i < params.size(); ++i) {
            std::visit(
                [&](const auto &v) {
                    using T = std::decay_t<decltype(v)>;
                    if constexpr (std::is_same_v<T, Null>)
                        s->bindNull(i + 1);
                    else
                        s->bind(i + 1, v);
                },
                params.at(i));
        }
        return s;
    }

    static Row readRow(const storage::Statement &s)
    {
        using Type = storage::Statement::ColumnType;
        QList<Value> values;
        const int n = s.columnCount();
        values.reserve(n);
        for (int c = 0; c < n; ++c) {
            switch (s.columnType(c)) {
            case Type::Null:
                values << Value(Null{});
                break;
            case Type::Integer:
            case Type::Real:
                values << Value(s.int64(c));
                break;
            case Type::Text:
                values << Value(s.text(c));
                break;
            case Type::Blob:
                values << Value(s.blob(c));
                break;
            }
        }
        return Row(std::move(values));
    }

    void endTransaction()
    {
        if (m_deferred)
            (void)m_db.exec("PRAGMA synchronous = FULL");
        m_deferred = false;
    }

    storage::Database m_db;
    bool m_inTransaction = false;
    bool m_deferred = false;
};

} // namespace

Result<std::unique_ptr<Connection>> openSqlite(const QString &path, bool create)
{
    auto connection = std::make_unique<SqliteConnection>();
    if (auto r = connection->open(path, create); !r)
        return r.error();
    return std::unique_ptr<Connection>(std::move(connection));
}

} // namespace fl::ledger::sql
