// enrol: registers the device with a ledger using the office's one-time code.
// sync: uploads files, pushes the outbox and pulls what changed, with a progress bar on stderr.

#include "cli.h"
#include "commands.h"

#include "sync/syncclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace fl::cli {

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / 1'000'000.0, 'f', 1);
}

QString whoText(const Enrolment &e)
{
    return u"%1 (%2; divisions %3)"_s.arg(e.userName, e.role, e.divisions.join(u", "_s));
}

// pushing  [#####.....] 120/250 changes, 3/8 files, 1.2/2.5 MB, 40 records pulled
QString progressBar(const SyncProgress &p)
{
    constexpr int kWidth = 30;
    double fraction = 1.0;
    if (p.phase == SyncPhase::Pulling && p.ledgerHead > 0)
        fraction = double(p.pulledTo) / double(p.ledgerHead);
    else if (p.bytesTotal > 0)
        fraction = double(p.bytesDone) / double(p.bytesTotal);
    else if (p.changesTotal > 0)
        fraction = double(p.changesDone) / double(p.changesTotal);
    const int filled = std::clamp(int(fraction * kWidth), 0, kWidth);
    QString line = u"%1 [%2%3] %4/%5 changes"_s.arg(syncPhaseName(p.phase).leftJustified(15))
                       .arg(QString(filled, u'#'), QString(kWidth - filled, u'.'))
                       .arg(p.changesDone)
                       .arg(p.changesTotal);
    if (p.filesTotal > 0)
        line += u", %1/%2 files"_s.arg(p.filesDone).arg(p.filesTotal);
    line += u", %1/%2 MB"_s.arg(megabytes(p.bytesDone), megabytes(p.bytesTotal));
    if (p.phase == SyncPhase::Pulling || p.recordsPulled > 0)
        line += u", %1 records pulled"_s.arg(p.recordsPulled);
    return line;
}

QString refusalLine(const RefusedChange &r)
{
    return u"  refused: %1 of record %2 (change %3): %4 [%5]"_s.arg(r.op, r.recordId, r.changeId,
                                                                    r.reason, r.code);
}

QJsonObject refusalJson(const RefusedChange &r)
{
    return {
        {u"changeId"_s, r.changeId}, {u"recordId"_s, r.recordId}, {u"op"_s, r.op},
        {u"code"_s, r.code},         {u"reason"_s, r.reason},     {u"refusedMs"_s, r.refusedMs}};
}

QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    // QJsonDocument holds only arrays and objects: wrap the value, then drop the brackets.
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

// "  conflict: rectification_task ID: status: submitted / closed_out"
QString conflictLine(const RecordConflicts &record)
{
    QStringList fields;
    for (const auto &value : record.conflicts) {
        const QJsonObject conflict = value.toObject();
        QStringList values;
        for (const auto &v : conflict.value(u"values"_s).toArray())
            values << valueText(v);
        fields << u"%1: %2"_s.arg(conflict.value(u"field"_s).toString(), values.join(u" / "_s));
    }
    return u"  conflict: %1 %2: %3"_s.arg(recordKindName(record.kind), record.recordId,
                                          fields.join(u"; "_s));
}

QString retryLine(int attempt, int maxAttempts, int delayMs, const QString &reason)
{
    return u"network problem (%1); trying again in %2 s (try %3 of %4)\n"_s
        .arg(reason, QString::number(delayMs / 1000.0, 'f', 1))
        .arg(attempt)
        .arg(maxAttempts);
}

int enrol(Context &c, const QCommandLineParser &p)
{
    QUrl server = QUrl::fromUserInput(p.value(u"server"_s));
    QString code = p.value(u"code"_s);
    if (p.isSet(u"qr"_s)) {
        if (p.isSet(u"server"_s) || p.isSet(u"code"_s))
            return c.usage(u"give either --qr or --server with --code, not both"_s);
        auto link = parseEnrolmentLink(p.value(u"qr"_s));
        if (!link)
            return c.fail(link.error());
        server = link->server;
        code = link->code;
    } else if (!p.isSet(u"server"_s) || !p.isSet(u"code"_s)) {
        return c.usage(u"give --server URL and --code CODE, or --qr with the scanned text"_s);
    }
    Store *store = c.store();
    if (!store)
        return Failed;
    const QString name = p.isSet(u"name"_s) ? p.value(u"name"_s)
                                            : u"fieldctl on %1"_s.arg(QSysInfo::machineHostName());
    SyncOptions options;
    options.maxAttempts = p.value(u"attempts"_s).toInt();
    SyncClient client(*store, options);
    QObject::connect(&client, &SyncClient::retrying,
                     [&c](int attempt, int maxAttempts, int delayMs, const QString &reason) {
                         c.err << retryLine(attempt, maxAttempts, delayMs, reason) << Qt::flush;
                     });
    auto enrolled = client.enrol(server, code, name);
    if (!enrolled)
        return c.fail(enrolled.error());
    c.print({{u"deviceId"_s, store->deviceId()},
             {u"server"_s, enrolled->server},
             {u"user"_s, enrolled->userName},
             {u"role"_s, enrolled->role},
             {u"divisions"_s, QJsonArray::fromStringList(enrolled->divisions)},
             {u"tokenExpiresMs"_s, enrolled->tokenExpiresMs}},
            u"device %1 is enrolled with %2 as %3\naccess valid until %4"_s.arg(
                store->deviceId(), enrolled->server, whoText(*enrolled),
                formatTime(enrolled->tokenExpiresMs)));
    return Ok;
}

// One line redrawn in place on a terminal; in a log only the final state.
class ProgressPrinter
{
public:
    ProgressPrinter(Context &c, SyncClient &client)
        : m_c(c)
        , m_terminal(::isatty(STDERR_FILENO) == 1 && !c.json)
    {
        QObject::connect(&client, &SyncClient::progressChanged,
                         [this](const SyncProgress &progress) { show(progress); });
        QObject::connect(&client, &SyncClient::retrying,
                         [this](int attempt, int maxAttempts, int delayMs, const QString &reason) {
                             retrying(attempt, maxAttempts, delayMs, reason);
                         });
    }
    void done()
    {
        if (!m_seen)
            return; // the sync never started (e.g. not enrolled)
        if (m_terminal)
            m_c.err << '\r' << progressBar(m_last) << '\n' << Qt::flush;
        else if (!m_c.json)
            m_c.err << progressBar(m_last) << '\n' << Qt::flush;
    }

private:
    void show(const SyncProgress &progress)
    {
        m_seen = true;
        m_last = progress;
        if (m_terminal && (!m_sinceDraw.isValid() || m_sinceDraw.elapsed() >= 100)) {
            m_c.err << '\r' << progressBar(progress) << Qt::flush;
            m_sinceDraw.restart();
        }
    }
    void retrying(int attempt, int maxAttempts, int delayMs, const QString &reason)
    {
        if (m_terminal)
            m_c.err << '\n';
        m_c.err << retryLine(attempt, maxAttempts, delayMs, reason) << Qt::flush;
    }

    Context &m_c;
    bool m_terminal = false;
    QElapsedTimer m_sinceDraw;
    SyncProgress m_last;
    bool m_seen = false;
};

QString stopAdvice(const SyncStop &stop)
{
    if (stop.code == u"not-enrolled"_s)
        return u"Enrol the device first: fieldctl enrol --server URL --code CODE (the code comes "
               "from the office)."_s;
    if (stop.code == u"token-expired"_s || stop.code == u"unauthenticated"_s)
        return u"Ask the office for a new enrolment code, then run fieldctl enrol again; nothing "
               "on this device is lost."_s;
    if (stop.code == u"unreachable"_s)
        return u"Check the network and the server address, then sync again; nothing on this "
               "device is lost."_s;
    return {};
}

struct Summary
{
    QStringList lines;
    QJsonObject json;
};

// What the run did and what is still open (refusals, file problems, conflicts), for people and
// for scripts.
Result<Summary> summarise(Store &store, const SyncReport &report)
{
    auto stillRefused = store.refusals();
    if (!stillRefused)
        return stillRefused.error();
    auto conflicts = store.openConflicts();
    if (!conflicts)
        return conflicts.error();
    auto stats = store.outboxStats();
    if (!stats)
        return stats.error();
    QStringList refusedNow;
    for (const auto &r : report.refused)
        refusedNow << r.changeId;

    QStringList lines{
        u"%1 accepted, %2 already on the server, %3 refused"_s.arg(report.accepted)
            .arg(report.duplicates)
            .arg(report.refused.size()),
        u"%1 files uploaded (%2 MB)"_s.arg(report.filesUploaded)
            .arg(megabytes(report.fileBytesUploaded)),
        u"%1 records pulled, %2 with conflicts, %3 kept with changes not yet on the ledger"_s
            .arg(report.pulled.applied)
            .arg(report.pulled.withConflicts)
            .arg(report.pulled.keptLocal)};
    QJsonArray refusedJson;
    for (const auto &r : *stillRefused) {
        refusedJson.append(refusalJson(r));
        lines << refusalLine(r) + (refusedNow.contains(r.changeId) ? QString() : u" (earlier)"_s);
    }
    QJsonArray problemsJson;
    for (const auto &problem : report.fileProblems) {
        problemsJson.append(
            QJsonObject{{u"sha256"_s, problem.sha256},
                        {u"recordIds"_s, QJsonArray::fromStringList(problem.recordIds)},
                        {u"message"_s, problem.message}});
        lines << u"  file problem: evidence %1 (file %2): %3"_s.arg(
            problem.recordIds.join(u", "_s), problem.sha256.left(12), problem.message);
    }
    QJsonArray conflictsJson;
    for (const auto &record : *conflicts) {
        conflictsJson.append(QJsonObject{{u"recordId"_s, record.recordId},
                                         {u"kind"_s, recordKindName(record.kind)},
                                         {u"conflicts"_s, record.conflicts}});
        lines << conflictLine(record);
    }
    if (!conflicts->isEmpty()) {
        lines << u"Conflicting edits were merged by the ledger (the later edit won each field); "
                 "the office resolves them."_s;
    }
    if (!stillRefused->isEmpty()) {
        lines << u"Refused changes stay on this device. Fix what the reason says, then run "
                 "'fieldctl sync --retry-refused' to send them again."_s;
    }
    const QJsonObject json{{u"accepted"_s, report.accepted},
                           {u"duplicates"_s, report.duplicates},
                           {u"refused"_s, refusedJson},
                           {u"filesUploaded"_s, report.filesUploaded},
                           {u"fileBytesUploaded"_s, report.fileBytesUploaded},
                           {u"fileProblems"_s, problemsJson},
                           {u"recordsPulled"_s, report.pulled.applied},
                           {u"keptLocal"_s, report.pulled.keptLocal},
                           {u"fixesPulled"_s, report.pulled.fixesAdded},
                           {u"conflicts"_s, conflictsJson},
                           {u"unacknowledged"_s, stats->changes},
                           {u"requests"_s, report.requests},
                           {u"retries"_s, report.retries}};
    return Summary{lines, json};
}

// Prints why the sync stopped (with the summary's JSON in --json mode: one object per line).
int stopped(Context &c, const Error &error, const SyncStop &stop, QJsonObject json)
{
    json.insert(u"error"_s, errorCodeName(error.code));
    json.insert(u"message"_s, error.message);
    json.insert(u"stopCode"_s, stop.code);
    if (c.json)
        c.out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n' << Qt::flush;
    c.err << "error: " << error.message << '\n';
    const QString advice = stopAdvice(stop);
    if (!advice.isEmpty())
        c.err << advice << '\n';
    c.err.flush();
    return Failed;
}

int sync(Context &c, const QCommandLineParser &p)
{
    bool chunkOk = false;
    const int chunkKib = p.value(u"chunk-kib"_s).toInt(&chunkOk);
    if (!chunkOk || chunkKib < 1 || chunkKib > 8192)
        return c.usage(u"--chunk-kib takes a size from 1 to 8192"_s);
    Store *store = c.store();
    if (!store)
        return Failed;
    if (p.isSet(u"retry-refused"_s)) {
        auto refused = store->refusals();
        if (!refused)
            return c.fail(refused.error());
        for (const auto &r : *refused) {
            if (auto cleared = store->clearRefusal(r.changeId); !cleared)
                return c.fail(cleared.error());
        }
    }

    SyncOptions options;
    if (p.isSet(u"server"_s))
        options.server = QUrl::fromUserInput(p.value(u"server"_s));
    options.batchChanges = p.value(u"batch"_s).toInt();
    options.maxAttempts = p.value(u"attempts"_s).toInt();
    options.chunkBytes = qint64(chunkKib) * 1024;
    bool backoffOk = false;
    options.initialBackoffMs = p.value(u"backoff-ms"_s).toInt(&backoffOk);
    if (!backoffOk || options.initialBackoffMs < 1)
        return c.usage(u"--backoff-ms takes a number of milliseconds"_s);
    SyncClient client(*store, options);
    ProgressPrinter printer(c, client);
    auto result = client.syncAll();
    printer.done();

    if (!result && client.report().requests == 0)
        return stopped(c, result.error(), client.stop(), {}); // nothing was sent: only why
    auto summary = summarise(*store, client.report());
    if (!summary)
        return c.fail(summary.error());
    if (!result) {
        if (!c.json)
            c.print({}, summary->lines.join(u'\n'));
        return stopped(c, result.error(), client.stop(), summary->json);
    }
    c.print(summary->json, summary->lines.join(u'\n'));
    const qint64 waiting = summary->json.value(u"unacknowledged"_s).toInteger();
    if (waiting > 0) {
        c.err << u"%1 changes are not acknowledged by the ledger yet\n"_s.arg(waiting);
        return Failed;
    }
    return Ok;
}

} // namespace

void registerSyncCommands()
{
    commands() << Command{
        u"enrol"_s, u"Enrol this device with a ledger server (code from the office)"_s,
        [](QCommandLineParser &p) {
            p.addOption(
                {u"server"_s, u"The ledger server, e.g. https://ledger.example.org."_s, u"url"_s});
            p.addOption(
                {u"code"_s, u"The one-time enrolment code, e.g. K7QX-M2PA-9RTD."_s, u"code"_s});
            p.addOption({u"qr"_s,
                         u"The scanned QR text (fieldledger://enrol?server=...&code=...)."_s,
                         u"text"_s});
            p.addOption({u"name"_s, u"A name for this device the office sees."_s, u"name"_s});
            p.addOption({u"attempts"_s, u"Tries before giving up."_s, u"n"_s, u"6"_s});
        },
        enrol};
    commands() << Command{
        u"sync"_s, u"Upload files, push the outbox and pull what changed"_s,
        [](QCommandLineParser &p) {
            p.addOption({u"server"_s,
                         u"Another address of the ledger server (default: the one "
                         "the device enrolled with)."_s,
                         u"url"_s});
            p.addOption({u"batch"_s, u"Changes per request (at most 500)."_s, u"n"_s, u"200"_s});
            p.addOption({u"attempts"_s, u"Tries per request before giving up."_s, u"n"_s, u"6"_s});
            p.addOption({u"backoff-ms"_s,
                         u"First wait before a retry, doubled each time (at most 60 s)."_s, u"ms"_s,
                         u"1000"_s});
            p.addOption({u"chunk-kib"_s, u"File upload chunk size in KiB (at most 8192)."_s,
                         u"kib"_s, u"1024"_s});
            p.addOption({u"retry-refused"_s,
                         u"Send changes the server refused before again (after fixing them)."_s});
        },
        sync};
}

} // namespace fl::cli
