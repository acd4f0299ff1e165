#include "ledgerdprocess.h"

#include "catchqt.h"

using namespace Qt::StringLiterals;

namespace fl::test {

LedgerdProcess::LedgerdProcess()
{
    REQUIRE(m_dir.isValid());
    m_process.setStandardErrorFile(m_dir.filePath(u"ledgerd.log"_s));
    m_process.start(
        QString::fromUtf8(LEDGERD_BINARY),
        {u"serve"_s, u"--db"_s, dbPath(), u"--port"_s, u"0"_s, u"--host"_s, u"127.0.0.1"_s});
    REQUIRE(m_process.waitForStarted(5000));
    QByteArray line;
    while (!line.contains('\n') && m_process.waitForReadyRead(10'000))
        line += m_process.readAllStandardOutput();
    INFO(line.toStdString());
    REQUIRE(line.startsWith("listening on http://127.0.0.1:"));
    m_url = QUrl(QString::fromUtf8(line.mid(qstrlen("listening on ")).trimmed()));
}

LedgerdProcess::~LedgerdProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

QString LedgerdProcess::dbPath() const
{
    return m_dir.filePath(u"ledger.sqlite"_s);
}

ProgramRun LedgerdProcess::run(QStringList args) const
{
    args << u"--db"_s << dbPath();
    QProcess process;
    process.start(QString::fromUtf8(LEDGERD_BINARY), args);
    REQUIRE(process.waitForFinished(60'000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void LedgerdProcess::addUser(const QString &name, const QString &role,
                             const QStringList &divisions) const
{
    const ProgramRun added = run({u"user"_s, u"add"_s, u"--name"_s, name, u"--role"_s, role,
                                  u"--divisions"_s, divisions.join(u',')});
    INFO((added.out + added.err).toStdString());
    REQUIRE(added.exitCode == 0);
}

QString LedgerdProcess::enrolCode(const QString &user) const
{
    const ProgramRun issued =
        run({u"enrol-code"_s, u"--user"_s, user, u"--server"_s, m_url.toString()});
    INFO((issued.out + issued.err).toStdString());
    REQUIRE(issued.exitCode == 0);
    const QString code = issued.out.section(u'\n', 0, 0).trimmed();
    REQUIRE_FALSE(code.isEmpty());
    return code;
}

} // namespace fl::test
