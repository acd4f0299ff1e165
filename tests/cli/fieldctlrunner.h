#pragma once

// Runs the real fieldctl binary as a child process against one store folder, the way a script
// or a support person would, and reads its answers.

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <ostream>

namespace fl::clitest {

// A file of the demo field day (assets/demo).
[[nodiscard]] QString demoAsset(const QString &name);
[[nodiscard]] QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &data);

struct CliRun
{
    int exitCode = -1;
    QString out; // standard output, UTF-8
    QString err; // standard error, UTF-8

    // The last line of standard output as a JSON object (what --json prints).
    [[nodiscard]] QJsonObject json() const;
    // For failure messages.
    [[nodiscard]] std::string describe() const;
};

// What waits to sync, as `fieldctl --json outbox` reports it.
struct OutboxCounts
{
    qint64 changes = -1;
    qint64 blobs = -1;

    friend bool operator==(const OutboxCounts &, const OutboxCounts &) = default;
    friend std::ostream &operator<<(std::ostream &os, const OutboxCounts &counts)
    {
        return os << counts.changes << " changes, " << counts.blobs << " files";
    }
};

class Fieldctl
{
public:
    // `workFolder` is the working directory (no store is ever created in the build tree).
    Fieldctl(QString storeFolder, QString workFolder);

    [[nodiscard]] QString storeFolder() const { return m_store; }

    // fieldctl --store STORE ARGS...
    [[nodiscard]] CliRun run(const QStringList &args) const;
    // fieldctl ARGS... (no --store)
    [[nodiscard]] CliRun runBare(const QStringList &args) const;
    // Runs with --json, requires exit code 0, returns the answer.
    [[nodiscard]] QJsonObject json(const QStringList &args) const;
    // The "id" of a --json answer.
    [[nodiscard]] QString id(const QStringList &args) const;
    [[nodiscard]] OutboxCounts outbox() const;

private:
    QString m_store;
    QString m_work;
};

} // namespace fl::clitest
