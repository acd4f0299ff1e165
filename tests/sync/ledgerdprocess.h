#pragma once

// The real ledgerd for the client's integration tests, run as the office would: `ledgerd serve`
// on a fresh database in a temporary folder, `ledgerd user add` and `ledgerd enrol-code` for
// the people whose devices enrol. Nothing from server/ is linked: the binary is the contract.

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace fl::test {

struct ProgramRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

class LedgerdProcess
{
public:
    LedgerdProcess(); // serves on 127.0.0.1, a free port
    ~LedgerdProcess();

    [[nodiscard]] QUrl url() const { return m_url; }
    [[nodiscard]] QString dbPath() const;

    // `ledgerd ARGS... --db DB`
    [[nodiscard]] ProgramRun run(QStringList args) const;
    void addUser(const QString &name, const QString &role, const QStringList &divisions) const;
    // A one-time code for the user's next device (the first line `enrol-code` prints).
    [[nodiscard]] QString enrolCode(const QString &user) const;
    [[nodiscard]] ProgramRun verify() const { return run({QStringLiteral("verify")}); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
};

} // namespace fl::test
