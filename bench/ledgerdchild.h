#pragma once

// A `ledgerd serve` child process for the sync benchmarks, on a SQLite file in a temporary folder
// or on a fresh PostgreSQL database, with the office commands the benchmarks need.

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace fl::bench {

class LedgerdChild
{
public:
    // `postgresAdminUrl` empty: SQLite. Otherwise a fresh database is made through that URL
    // and dropped when this object goes.
    explicit LedgerdChild(const QString &postgresAdminUrl = {});
    ~LedgerdChild();

    [[nodiscard]] bool start(QString *error);
    void stop();
    [[nodiscard]] QString db() const { return m_db; }
    [[nodiscard]] QString baseUrl() const { return m_baseUrl; }
    [[nodiscard]] QString backend() const
    {
        return m_adminUrl.isEmpty() ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
    }

    // `ledgerd ARGS --db DB`; stdout, or an empty string (and `error`) when it fails.
    [[nodiscard]] QString office(const QStringList &args, QString *error) const;
    // A user (office staff for all of Xinjiang) and a fresh enrolment code for it.
    [[nodiscard]] QString enrolmentCode(const QString &user, QString *error) const;

private:
    QTemporaryDir m_dir;
    QString m_adminUrl;
    QString m_databaseName;
    QString m_db;
    QString m_baseUrl;
    QProcess m_process;
};

} // namespace fl::bench
