#include "fieldctlrunner.h"

#include "catchqt.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace fl::clitest {

QString demoAsset(const QString &name)
{
    return QStringLiteral(DEMO_ASSETS) + u'/' + name;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(data) == data.size());
}

QJsonObject CliRun::json() const
{
    const QStringList lines = out.trimmed().split(u'\n');
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(lines.constLast().toUtf8(), &error);
    INFO(describe());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

std::string CliRun::describe() const
{
    return u"exit code %1\nstdout: %2\nstderr: %3"_s.arg(exitCode).arg(out, err).toStdString();
}

Fieldctl::Fieldctl(QString storeFolder, QString workFolder)
    : m_store(std::move(storeFolder))
    , m_work(std::move(workFolder))
{}

CliRun Fieldctl::run(const QStringList &args) const
{
    return runBare(QStringList{u"--store"_s, m_store} + args);
}

CliRun Fieldctl::runBare(const QStringList &args) const
{
    QProcess process;
    process.setProgram(QStringLiteral(FIELDCTL));
    process.setArguments(args);
    process.setWorkingDirectory(m_work);
    // Only what the command line says: no store or author from the developer's shell, and
    // Beijing time for the times fieldctl prints.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"FIELDLEDGER_STORE"_s);
    env.remove(u"FIELDLEDGER_AUTHOR"_s);
    env.insert(u"TZ"_s, u"Asia/Shanghai"_s);
    process.setProcessEnvironment(env);
    process.start();
    INFO(("fieldctl " + args.join(u' ')).toStdString());
    REQUIRE(process.waitForStarted(10'000));
    REQUIRE(process.waitForFinished(60'000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return CliRun{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                  QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject Fieldctl::json(const QStringList &args) const
{
    const CliRun result = run(QStringList{u"--json"_s} + args);
    INFO(("fieldctl " + args.join(u' ')).toStdString());
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    return result.json();
}

QString Fieldctl::id(const QStringList &args) const
{
    const QString id = json(args).value(u"id"_s).toString();
    REQUIRE_FALSE(id.isEmpty());
    return id;
}

OutboxCounts Fieldctl::outbox() const
{
    const QJsonObject answer = json({u"outbox"_s, u"--limit"_s, u"0"_s});
    return {answer.value(u"changes"_s).toInteger(-1), answer.value(u"blobs"_s).toInteger(-1)};
}

} // namespace fl::clitest
