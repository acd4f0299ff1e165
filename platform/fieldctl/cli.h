#pragma once

// The small framework every fieldctl command uses: a command table, per-command option parsing
// with --help, a lazily opened store, and output as text for people or JSON for scripts.

#include "result.h"
#include "storage/store.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QTextStream>

#include <functional>
#include <memory>

namespace fl::cli {

enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

class Context
{
public:
    Context(QStringList arguments, QString storeFolder, QString author, bool json);

    QStringList arguments; // the command's own arguments (after its name)
    QString storeFolder;
    bool json = false;
    QTextStream out;
    QTextStream err;

    // Opens the store on first use; prints the error and returns nullptr if it cannot.
    Store *store();
    // The author: --author, else FIELDLEDGER_AUTHOR, else the one saved by `init`.
    QString author();

    // Prints `error` in plain words and returns Failed.
    int fail(const Error &error);
    int fail(const QString &message);
    int usage(const QString &message);
    // Prints a result: JSON object as compact JSON in --json mode, else `text`.
    void print(const QJsonObject &json, const QString &text);

    std::unique_ptr<Store> ownedStore;

private:
    QString m_author;
};

struct Command
{
    QString name;    // "patrol start"
    QString summary; // one line for `fieldctl --help`
    // Declares options and positional arguments on the parser.
    std::function<void(QCommandLineParser &)> declare;
    std::function<int(Context &, const QCommandLineParser &)> run;
};

// The registered commands, in the order `--help` lists them.
QList<Command> &commands();

// Parses `context.arguments` for `command`, handles --help, and runs it.
int runCommand(const Command &command, Context &context);

// Option values ----------------------------------------------------------------------------

// ISO 8601 ("2026-11-23T10:05:00+08:00", or without offset = device local time) or "now".
[[nodiscard]] Result<qint64> parseTime(const QString &text, qint64 nowMs);
[[nodiscard]] Result<double> parseNumber(const QString &text, const QString &what);
// --lat/--lon/--accuracy together; nullopt when --lat is absent.
[[nodiscard]] Result<std::optional<Position>> parsePosition(const QCommandLineParser &parser);
void addPositionOptions(QCommandLineParser &parser);

[[nodiscard]] QString formatTime(qint64 ms); // "2026-11-23 10:05:09" device local time
[[nodiscard]] QString formatBytes(qint64 bytes);
[[nodiscard]] QString issuesText(const QList<FieldIssue> &issues); // one issue per line

// Reads the current record of `kind`, or fails with a message if it is another kind.
[[nodiscard]] Result<Record> loadRecord(Store &store, const QString &id, RecordKind kind);

// Refuses, before anything is stored, a file that is missing, unreadable, empty or given twice.
[[nodiscard]] Result<void> checkFiles(const QStringList &files);

// Attaches each file in `photos` to `recordId` (and `itemId`), returning the evidence ids (once
// each: two files with the same bytes are one piece of evidence). Checks every file first.
[[nodiscard]] Result<QStringList> attachPhotos(Store &store, const QStringList &photos,
                                               const QString &recordId, const QString &itemId,
                                               const std::optional<Position> &position,
                                               const QString &author);

// Saves the next revision of `current` together with `evidenceCount` new pieces of evidence.
// Evidence is stored before the record that lists it, so what would refuse the save (an
// immutable record, a rule the next body breaks) is checked first with placeholder ids: a
// refused change leaves no evidence behind. `nextBody` builds the body for the given ids.
[[nodiscard]] Result<Record>
saveWithEvidence(Store &store, const Record &current, qsizetype evidenceCount,
                 const std::function<Result<QStringList>()> &attach,
                 const std::function<QJsonObject(const QStringList &evidenceIds)> &nextBody,
                 const QString &author);

// The record a command works on, named by its one positional argument, parsed as T.
template <typename T>
struct Target
{
    Store *store = nullptr;
    Record record;
    T value;
};

// Opens the store and loads the command's target record; on failure prints why, sets
// `exitCode` and returns nothing.
template <typename T>
std::optional<Target<T>> loadTarget(Context &c, const QCommandLineParser &p, RecordKind kind,
                                    int &exitCode)
{
    if (p.positionalArguments().size() != 1) {
        exitCode = c.usage(QStringLiteral("give the %1 id").arg(recordKindName(kind)));
        return std::nullopt;
    }
    Store *store = c.store();
    if (!store) {
        exitCode = Failed;
        return std::nullopt;
    }
    auto record = loadRecord(*store, p.positionalArguments().first(), kind);
    if (!record) {
        exitCode = c.fail(record.error());
        return std::nullopt;
    }
    auto value = T::fromJson(record->body);
    if (!value) {
        exitCode = c.fail(value.error());
        return std::nullopt;
    }
    return Target<T>{store, std::move(record).value(), std::move(value).value()};
}

} // namespace fl::cli
