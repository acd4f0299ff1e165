// sync: pushes the outbox to a ledgerd server with a progress bar on stderr.

#include "cli.h"
#include "commands.h"

#include "sync/syncclient.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace fl::cli {

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / 1'000'000.0, 'f', 1);
}

// [#####.....] 120/250 changes, 1.2/2.5 MB
QString progressBar(const SyncProgress &p)
{
    constexpr int kWidth = 30;
    const double fraction =
        p.bytesTotal > 0
            ? double(p.bytesDone) / double(p.bytesTotal)
            : (p.changesTotal > 0 ? double(p.changesDone) / double(p.changesTotal) : 1.0);
    const int filled = std::clamp(int(fraction * kWidth), 0, kWidth);
    return u"[%1%2] %3/%4 changes, %5/%6 MB"_s
        .arg(QString(filled, u'#'), QString(kWidth - filled, u'.'))
        .arg(p.changesDone)
        .arg(p.changesTotal)
        .arg(megabytes(p.bytesDone), megabytes(p.bytesTotal));
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

int sync(Context &c, const QCommandLineParser &p)
{
    const QString server = p.value(u"server"_s).isEmpty()
                               ? qEnvironmentVariable("FIELDLEDGER_SERVER")
                               : p.value(u"server"_s);
    if (server.isEmpty())
        return c.usage(u"give the ledger server with --server URL (or $FIELDLEDGER_SERVER)"_s);
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
    options.server = QUrl::fromUserInput(server);
    options.batchChanges = p.value(u"batch"_s).toInt();
    options.maxAttempts = p.value(u"attempts"_s).toInt();
    SyncClient client(*store, options);

    // One line redrawn in place on a terminal; in a log only the final state.
    const bool terminal = ::isatty(STDERR_FILENO) == 1 && !c.json;
    QElapsedTimer sinceDraw;
    SyncProgress last;
    QObject::connect(&client, &SyncClient::progressChanged, [&](const SyncProgress &progress) {
        last = progress;
        if (terminal && (!sinceDraw.isValid() || sinceDraw.elapsed() >= 100 ||
                         progress.changesDone == progress.changesTotal)) {
            c.err << '\r' << progressBar(progress) << Qt::flush;
            sinceDraw.restart();
        }
    });
    QObject::connect(&client, &SyncClient::retrying,
                     [&](int attempt, int maxAttempts, int delayMs, const QString &reason) {
                         if (terminal)
                             c.err << '\n';
                         c.err << u"network problem (%1); trying again in %2 s (try %3 of %4)\n"_s
                                      .arg(reason, QString::number(delayMs / 1000.0, 'f', 1))
                                      .arg(attempt)
                                      .arg(maxAttempts)
                               << Qt::flush;
                     });
    auto result = client.pushAll();
    if (terminal)
        c.err << '\r' << progressBar(last) << '\n' << Qt::flush;
    else if (!c.json)
        c.err << progressBar(last) << '\n' << Qt::flush;

    const SyncReport &report = client.report();
    auto stillRefused = store->refusals();
    if (!stillRefused)
        return c.fail(stillRefused.error());
    QStringList refusedNow;
    for (const auto &r : report.refused)
        refusedNow << r.changeId;

    QStringList lines{u"%1 accepted, %2 already on the server, %3 refused"_s.arg(report.accepted)
                          .arg(report.duplicates)
                          .arg(report.refused.size())};
    QJsonArray refusedJson;
    for (const auto &r : *stillRefused) {
        refusedJson.append(refusalJson(r));
        lines << refusalLine(r) + (refusedNow.contains(r.changeId) ? QString() : u" (earlier)"_s);
    }
    if (!stillRefused->isEmpty()) {
        lines << u"Refused changes stay on this device. Fix what the reason says, then run "
                 "'fieldctl sync --retry-refused' to send them again."_s;
    }
    QJsonObject json{{u"accepted"_s, report.accepted},
                     {u"duplicates"_s, report.duplicates},
                     {u"refused"_s, refusedJson},
                     {u"requests"_s, report.requests},
                     {u"retries"_s, report.retries}};
    if (!result)
        json.insert(u"error"_s, result.error().message);
    c.print(json, lines.join(u'\n'));
    if (!result)
        return c.fail(result.error());
    return stillRefused->isEmpty() ? Ok : Failed;
}

} // namespace

void registerSyncCommands()
{
    commands() << Command{
        u"sync"_s, u"Push the outbox to the ledger server"_s,
        [](QCommandLineParser &p) {
            p.addOption(
                {u"server"_s, u"The ledger server, e.g. https://ledger.example.org."_s, u"url"_s});
            p.addOption({u"batch"_s, u"Changes per request (at most 500)."_s, u"n"_s, u"200"_s});
            p.addOption({u"attempts"_s, u"Tries per request before giving up."_s, u"n"_s, u"6"_s});
            p.addOption({u"retry-refused"_s,
                         u"Send changes the server refused before again (after fixing them)."_s});
        },
        sync};
}

} // namespace fl::cli
