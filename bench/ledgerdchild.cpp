#include "ledgerdchild.h"

#include "ledger/sql/connection.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace fl::bench {

namespace {

bool execAdmin(const QString &adminUrl, const QString &sql)
{
    auto admin = ledger::sql::openConnection(adminUrl, false);
    return admin && (*admin)->execScript(sql);
}

} // namespace

LedgerdChild::LedgerdChild(const QString &postgresAdminUrl)
    : m_adminUrl(postgresAdminUrl)
{
    if (m_adminUrl.isEmpty()) {
        m_db = m_dir.filePath(u"ledger.sqlite"_s);
        return;
    }
    m_databaseName = u"fl_bench_%1"_s.arg(QCoreApplication::applicationPid());
    execAdmin(m_adminUrl, u"DROP DATABASE IF EXISTS %1"_s.arg(m_databaseName));
    execAdmin(m_adminUrl, u"CREATE DATABASE %1"_s.arg(m_databaseName));
    QUrl url(m_adminUrl);
    url.setPath(u"/"_s + m_databaseName);
    m_db = url.toString();
}

LedgerdChild::~LedgerdChild()
{
    stop();
    if (!m_databaseName.isEmpty())
        execAdmin(m_adminUrl, u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_databaseName));
}

bool LedgerdChild::start(QString *error)
{
    // One log line per request: kept only when asked for (BENCH_LEDGERD_LOG=FILE).
    const QString log = qEnvironmentVariable("BENCH_LEDGERD_LOG");
    m_process.setStandardErrorFile(log.isEmpty() ? QProcess::nullDevice() : log);
    m_process.start(QStringLiteral(LEDGERD_BINARY),
                    {u"serve"_s, u"--db"_s, m_db, u"--port"_s, u"0"_s});
    QByteArray line;
    while (!line.contains('\n') && m_process.waitForReadyRead(15000))
        line += m_process.readAllStandardOutput();
    if (!line.startsWith("listening on http://")) {
        *error = u"ledgerd did not start: %1"_s.arg(QString::fromUtf8(line));
        return false;
    }
    m_baseUrl = QString::fromUtf8(line.mid(13).trimmed());
    return true;
}

void LedgerdChild::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        m_process.kill();
    m_process.waitForFinished(5000);
}

QString LedgerdChild::office(const QStringList &args, QString *error) const
{
    QProcess process;
    process.start(QStringLiteral(LEDGERD_BINARY), args + QStringList{u"--db"_s, m_db});
    if (!process.waitForFinished(600'000) || process.exitCode() != 0) {
        *error = u"ledgerd %1: %2"_s.arg(args.join(u' '),
                                         QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString LedgerdChild::enrolmentCode(const QString &user, QString *error) const
{
    (void)office({u"user"_s, u"add"_s, u"--name"_s, user, u"--role"_s, u"office"_s,
                  u"--divisions"_s, u"650000"_s},
                 error);
    error->clear(); // the user may exist already
    const QString out = office({u"enrol-code"_s, u"--user"_s, user}, error);
    return out.section(u'\n', 0, 0).trimmed();
}

} // namespace fl::bench
