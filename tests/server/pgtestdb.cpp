#include "pgtestdb.h"

#include "catchqt.h"

#include <libpq-fe.h>

#include <QFile>
#include <QRandomGenerator>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace fl::test {

namespace {

QString adminUrl()
{
    const QString url = qEnvironmentVariable("FIELDLEDGER_TEST_PG_URL");
    if (!url.isEmpty())
        return url;
    QFile file(qEnvironmentVariable("FIELDLEDGER_TEST_PG_URL_FILE"));
    if (file.fileName().isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

// Runs one statement on the admin database; answers libpq's error, empty on success.
QString adminExec(const QString &url, const QString &sql)
{
    PGconn *conn = PQconnectdb(url.toUtf8().constData());
    QString error;
    if (PQstatus(conn) != CONNECTION_OK) {
        error = QString::fromUtf8(PQerrorMessage(conn));
    } else {
        PGresult *r = PQexec(conn, sql.toUtf8().constData());
        if (PQresultStatus(r) != PGRES_COMMAND_OK)
            error = QString::fromUtf8(PQresultErrorMessage(r));
        PQclear(r);
    }
    PQfinish(conn);
    return error.trimmed();
}

} // namespace

bool pgTestsEnabled()
{
    if (!adminUrl().isEmpty())
        return true;
    if (qEnvironmentVariable("FIELDLEDGER_REQUIRE_PG") == u"1"_s)
        FAIL("FIELDLEDGER_REQUIRE_PG=1 but no PostgreSQL server is configured: set "
             "FIELDLEDGER_TEST_PG_URL, or FIELDLEDGER_TEST_PG_URL_FILE to a file holding the URL "
             "(is the pgcluster fixture running?)");
    return false;
}

PgTestDatabase::PgTestDatabase()
    : m_adminUrl(adminUrl())
    , m_name(u"fl_test_%1"_s.arg(QRandomGenerator::global()->generate64(), 16, 16, QChar(u'0')))
{
    if (m_adminUrl.isEmpty())
        FAIL("no PostgreSQL server configured (FIELDLEDGER_TEST_PG_URL)");
    const QString error = adminExec(m_adminUrl, u"CREATE DATABASE %1"_s.arg(m_name));
    INFO("creating " << m_name.toStdString() << ": " << error.toStdString());
    REQUIRE(error.isEmpty());
    QUrl url(m_adminUrl);
    url.setPath(u"/"_s + m_name);
    m_url = url.toString();
}

PgTestDatabase::~PgTestDatabase()
{
    if (m_url.isEmpty())
        return;
    // FORCE: a connection a failed test left open must not keep the database alive.
    const QString error =
        adminExec(m_adminUrl, u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_name));
    if (!error.isEmpty())
        qWarning("cannot drop test database %s: %s", qPrintable(m_name), qPrintable(error));
}

} // namespace fl::test
