#include "cli.h"

#include "domain/ids.h"
#include "domain/recordrules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace fl::cli {

Context::Context(QStringList args, QString folder, QString author, bool jsonOutput)
    : arguments(std::move(args))
    , storeFolder(std::move(folder))
    , json(jsonOutput)
    , out(stdout)
    , err(stderr)
    , m_author(std::move(author))
{}

Store *Context::store()
{
    if (!ownedStore) {
        auto opened = Store::open(storeFolder);
        if (!opened) {
            fail(opened.error());
            return nullptr;
        }
        ownedStore = std::move(opened).value();
        if (ownedStore->recoveredFromUncleanShutdown()) {
            err << "note: the store was not closed cleanly last time; the full integrity check "
                   "passed and nothing was lost\n";
        }
    }
    return ownedStore.get();
}

QString Context::author()
{
    if (m_author.isEmpty())
        m_author = qEnvironmentVariable("FIELDLEDGER_AUTHOR");
    if (m_author.isEmpty() && store()) {
        auto saved = store()->setting(u"author"_s);
        if (saved)
            m_author = *saved;
    }
    return m_author;
}

int Context::fail(const Error &error)
{
    if (json) {
        out << QJsonDocument(QJsonObject{{u"error"_s, errorCodeName(error.code)},
                                         {u"message"_s, error.message}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
    }
    err << "error: " << error.message << '\n';
    err.flush();
    out.flush();
    return Failed;
}

int Context::fail(const QString &message)
{
    return fail(makeError(ErrorCode::InvalidInput, message));
}

int Context::usage(const QString &message)
{
    err << "usage error: " << message << '\n';
    return Usage;
}

void Context::print(const QJsonObject &object, const QString &text)
{
    if (json)
        out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    else
        out << text << (text.endsWith(u'\n') ? "" : "\n");
    out.flush();
}

QList<Command> &commands()
{
    static QList<Command> table;
    return table;
}

int runCommand(const Command &command, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.summary);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    parser.addOption(help);
    if (command.declare)
        command.declare(parser);
    if (!parser.parse(QStringList{u"fieldctl "_s + command.name} + context.arguments))
        return context.usage(parser.errorText() + u" (see: fieldctl "_s + command.name +
                             u" --help)"_s);
    if (parser.isSet(help)) {
        // Qt names the program by the path it was started from; people type "fieldctl COMMAND".
        QString text = parser.helpText();
        text.replace(u"Usage: "_s + QCoreApplication::arguments().value(0),
                     u"Usage: fieldctl "_s + command.name);
        context.out << text;
        return Ok;
    }
    return command.run(context, parser);
}

Result<qint64> parseTime(const QString &text, qint64 nowMs)
{
    if (text.isEmpty() || text == u"now"_s)
        return nowMs;
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid()) {
        return makeError(
            ErrorCode::InvalidInput,
            u"cannot read the time '%1': use 2026-11-23T10:05:00+08:00 or now"_s.arg(text));
    }
    return time.toMSecsSinceEpoch();
}

Result<double> parseNumber(const QString &text, const QString &what)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return makeError(ErrorCode::InvalidInput, u"%1 '%2' is not a number"_s.arg(what, text));
    return value;
}

void addPositionOptions(QCommandLineParser &parser)
{
    parser.addOption({u"lat"_s, u"Latitude, WGS-84 degrees."_s, u"deg"_s});
    parser.addOption({u"lon"_s, u"Longitude, WGS-84 degrees."_s, u"deg"_s});
    parser.addOption({u"accuracy"_s, u"Horizontal accuracy in metres."_s, u"m"_s});
}

Result<std::optional<Position>> parsePosition(const QCommandLineParser &parser)
{
    if (!parser.isSet(u"lat"_s) && !parser.isSet(u"lon"_s))
        return std::optional<Position>();
    if (!parser.isSet(u"lat"_s) || !parser.isSet(u"lon"_s))
        return makeError(ErrorCode::InvalidInput, u"give both --lat and --lon"_s);
    auto lat = parseNumber(parser.value(u"lat"_s), u"latitude"_s);
    if (!lat)
        return lat.error();
    auto lon = parseNumber(parser.value(u"lon"_s), u"longitude"_s);
    if (!lon)
        return lon.error();
    if (!geo::isValidWgs84(*lat, *lon)) {
        return makeError(ErrorCode::InvalidInput,
                         u"position %1, %2 is outside the valid range (latitude -90..90, "
                         "longitude -180..180)"_s.arg(*lat)
                             .arg(*lon));
    }
    Position position{*lat, *lon, std::nullopt, std::nullopt};
    if (parser.isSet(u"accuracy"_s)) {
        auto accuracy = parseNumber(parser.value(u"accuracy"_s), u"accuracy"_s);
        if (!accuracy)
            return accuracy.error();
        if (*accuracy < 0)
            return makeError(ErrorCode::InvalidInput, u"accuracy cannot be negative"_s);
        position.accuracy = *accuracy;
    }
    return std::optional<Position>(position);
}

QString formatTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString formatBytes(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString issuesText(const QList<FieldIssue> &issues)
{
    QStringList lines;
    for (const auto &issue : issues) {
        lines << (issue.warning ? u"  warning: "_s : u"  error: "_s) +
                     (issue.field.isEmpty() ? QString() : issue.field + u": "_s) + issue.message;
    }
    return lines.join(u'\n');
}

Result<Record> loadRecord(Store &store, const QString &id, RecordKind kind)
{
    auto record = store.record(id);
    if (!record)
        return record.error();
    if (record->meta.kind != kind) {
        return makeError(ErrorCode::InvalidInput,
                         u"record %1 is a %2, not %3"_s.arg(id, recordKindName(record->meta.kind),
                                                            recordKindName(kind)));
    }
    if (record->meta.deleted)
        return makeError(ErrorCode::Conflict, u"%1 was deleted"_s.arg(id));
    return record;
}

Result<void> checkFiles(const QStringList &files)
{
    QStringList seen;
    for (const QString &file : files) {
        const QFileInfo info(file);
        if (!info.exists()) {
            return makeError(ErrorCode::NotFound,
                             u"the file %1 does not exist (was it moved or deleted?)"_s.arg(file));
        }
        if (!info.isFile() || !info.isReadable())
            return makeError(ErrorCode::Io, u"cannot read the file %1"_s.arg(file));
        if (info.size() == 0)
            return makeError(ErrorCode::InvalidInput, u"the file %1 is empty"_s.arg(file));
        if (seen.contains(info.canonicalFilePath()))
            return makeError(ErrorCode::InvalidInput, u"the file %1 is given twice"_s.arg(file));
        seen << info.canonicalFilePath();
    }
    return {};
}

Result<QStringList> attachPhotos(Store &store, const QStringList &photos, const QString &recordId,
                                 const QString &itemId, const std::optional<Position> &position,
                                 const QString &author)
{
    if (auto r = checkFiles(photos); !r)
        return r.error();
    QStringList ids;
    for (const QString &photo : photos) {
        EvidenceCapture capture;
        capture.sourcePath = photo;
        capture.linkedRecordId = recordId;
        capture.linkedItemId = itemId;
        capture.position = position;
        auto evidence = store.addEvidence(capture, author);
        if (!evidence)
            return evidence.error();
        if (!ids.contains(evidence->meta.id))
            ids << evidence->meta.id;
    }
    return ids;
}

Result<Record> saveWithEvidence(Store &store, const Record &current, qsizetype evidenceCount,
                                const std::function<Result<QStringList>()> &attach,
                                const std::function<QJsonObject(const QStringList &)> &nextBody,
                                const QString &author)
{
    if (isImmutable(current.meta.kind, current.body)) {
        return makeError(
            ErrorCode::Conflict,
            u"%1 %2 is signed and can no longer be changed; record a new one that "
            "refers to it instead"_s.arg(recordKindName(current.meta.kind), current.meta.id));
    }
    QStringList placeholders;
    for (qsizetype i = 0; i < evidenceCount; ++i)
        placeholders << newUuidV7();
    QStringList errors;
    for (const auto &issue :
         validateRecordBody(current.meta.kind, nextBody(placeholders), store.now())) {
        if (!issue.warning)
            errors << (issue.field.isEmpty() ? issue.message
                                             : issue.field + u": "_s + issue.message);
    }
    if (!errors.isEmpty())
        return makeError(ErrorCode::InvalidInput, errors.join(u"; "_s));
    auto ids = attach();
    if (!ids)
        return ids.error();
    return store.updateRecord(current.meta.id, current.meta.revision, nextBody(*ids), author);
}

} // namespace fl::cli
