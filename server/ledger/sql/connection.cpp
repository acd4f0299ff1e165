#include "connection.h"

#include "pgconnection.h"
#include "sqliteconnection.h"

namespace fl::ledger::sql {

bool Row::isNull(int column) const
{
    return std::holds_alternative<Null>(m_values.at(column));
}

qint64 Row::int64(int column) const
{
    const Value &v = m_values.at(column);
    if (const auto *i = std::get_if<qint64>(&v))
        return *i;
    if (const auto *t = std::get_if<QString>(&v))
        return t->toLongLong();
    return 0;
}

QString Row::text(int column) const
{
    const Value &v = m_values.at(column);
    if (const auto *t = std::get_if<QString>(&v))
        return *t;
    if (const auto *i = std::get_if<qint64>(&v))
        return QString::number(*i);
    if (const auto *b = std::get_if<QByteArray>(&v))
        return QString::fromUtf8(*b);
    return {};
}

QByteArray Row::blob(int column) const
{
    const Value &v = m_values.at(column);
    if (const auto *b = std::get_if<QByteArray>(&v))
        return *b;
    if (const auto *t = std::get_if<QString>(&v))
        return t->toUtf8();
    return {};
}

Result<std::unique_ptr<Connection>> openConnection(const QString &pathOrUrl, bool create)
{
    if (pathOrUrl.startsWith(QLatin1String("postgresql://")) ||
        pathOrUrl.startsWith(QLatin1String("postgres://")))
        return openPostgres(pathOrUrl);
    return openSqlite(pathOrUrl, create);
}

} // namespace fl::ledger::sql
