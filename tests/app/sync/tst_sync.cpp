// The Sync screen's controller and refusal list against a real ledgerd (the program the office
// runs, on a fresh database): enrolment with a code the office issued (typed and as QR text), a
// sync with its progress to the end, the ledger holding the records, a stopped ledger, a bad
// code, a revoked user, a refusal for scope with advice and Retry, automatic sync, and the last
// result kept across a restart. Plus: every error code of docs/sync-protocol.md has words.

#include "appsettings.h"
#include "apptest.h"
#include "ledgerdprocess.h"
#include "refusalmodel.h"
#include "samples.h"
#include "synccontroller.h"
#include "syncwords.h"

#include <QFile>
#include <QRegularExpression>

#include <memory>

using namespace Qt::StringLiterals;
using apptest::TempStore;
using apptest::waitFor;
using fl::test::LedgerdProcess;

namespace {

// How often a signal was emitted (QSignalSpy without linking Qt Test).
struct Count
{
    std::unique_ptr<QObject> context = std::make_unique<QObject>();
    int n = 0;
    template <typename Sender, typename Signal>
    Count(Sender *sender, Signal signal)
    {
        QObject::connect(sender, signal, context.get(), [this] { ++n; });
    }
    [[nodiscard]] int count() const { return n; }
};

// Fast retries: a stopped ledger is given up on in well under a second.
fl::SyncOptions fastOptions()
{
    fl::SyncOptions options;
    options.initialBackoffMs = 20;
    options.maxBackoffMs = 50;
    options.maxAttempts = 2;
    options.requestTimeoutMs = 20'000;
    options.chunkBytes = 128 * 1024;
    return options;
}

// The controller as FieldApp builds it, on a temp store, automatic sync off unless asked.
struct Phone
{
    TempStore temp;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<SyncController> sync;

    Phone()
    {
        settings = std::make_unique<AppSettings>(temp.records.get());
        restart();
        sync->setAutoSync(false);
    }
    // A new controller on the same store: what the app sees after a restart.
    void restart()
    {
        sync.reset();
        sync = std::make_unique<SyncController>(temp.records.get(), settings.get());
        sync->setOptions(fastOptions());
    }
    fl::Store &store() { return temp.store(); }

    QString addPatrol(const QString &divisionCode = {})
    {
        fl::Patrol patrol = fl::samples::patrol(store().now() - 3'600'000);
        if (!divisionCode.isEmpty())
            patrol.divisionCode = divisionCode;
        auto saved = store().createRecord(fl::RecordKind::Patrol, patrol.toJson(), u"李明"_s);
        INFO((saved ? QString() : saved.error().toString()).toStdString());
        REQUIRE(saved.ok());
        temp.records->notifyChanged(fl::RecordKind::Patrol);
        return saved->meta.id;
    }

    void addPhoto(const QString &recordId, qint64 size)
    {
        QByteArray photo(size, Qt::Uninitialized);
        quint32 state = 12345;
        for (auto &byte : photo) {
            state = state * 1664525u + 1013904223u;
            byte = char(state >> 24);
        }
        fl::EvidenceCapture capture;
        capture.sourcePath = u"IMG_0001.jpg"_s;
        capture.linkedRecordId = recordId;
        capture.capturedAtMs = store().now() - 60'000;
        auto saved = store().addEvidenceBytes(photo, capture, u"李明"_s);
        INFO((saved ? QString() : saved.error().toString()).toStdString());
        REQUIRE(saved.ok());
        temp.records->notifyChanged(fl::RecordKind::Evidence);
    }

    // Runs syncNow to the end.
    void syncToEnd()
    {
        Count finished(sync.get(), &SyncController::finished);
        REQUIRE(sync->syncNow());
        REQUIRE(sync->running());
        REQUIRE_FALSE(sync->syncNow()); // one run at a time
        REQUIRE(waitFor([&] { return finished.count() > 0; }, 60'000));
        REQUIRE_FALSE(sync->running());
    }
};

void enrol(Phone &phone, const LedgerdProcess &ledgerd, const QString &user)
{
    const bool ok = phone.sync->enrol(ledgerd.url().toString(), ledgerd.enrolCode(user), {});
    INFO(phone.sync->error().toStdString());
    REQUIRE(ok);
    REQUIRE(phone.sync->enrolled());
}

// What `ledgerd export` writes: every record the ledger holds, with its id.
QString ledgerExport(const LedgerdProcess &ledgerd)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"ledger.geojson"_s);
    const auto run = ledgerd.run({u"export"_s, u"--format"_s, u"geojson"_s, u"--out"_s, out});
    INFO((run.out + run.err).toStdString());
    REQUIRE(run.exitCode == 0);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("sync: enrol with the office's code, sync to the end, the ledger holds the records",
          "[sync]")
{
    LedgerdProcess ledgerd;
    ledgerd.addUser(u"liming"_s, u"river-chief"_s, {u"650100"_s});
    Phone phone;
    REQUIRE_FALSE(phone.sync->enrolled());
    REQUIRE(phone.sync->needsEnrolment());
    REQUIRE_FALSE(phone.sync->syncNow()); // not enrolled: nothing starts, and it says why
    REQUIRE(phone.sync->error().contains(u"not enrolled"_s));

    Count enrolment(phone.sync.get(), &SyncController::enrolmentChanged);
    enrol(phone, ledgerd, u"liming"_s);
    REQUIRE(enrolment.count() >= 1);
    REQUIRE(phone.sync->userName() == u"liming"_s);
    REQUIRE(phone.sync->role() == u"river-chief"_s);
    REQUIRE(phone.sync->roleName() == u"River chief"_s);
    REQUIRE(phone.sync->server() == ledgerd.url().toString());
    REQUIRE(phone.settings->server() == ledgerd.url().toString());
    REQUIRE_FALSE(phone.sync->needsEnrolment());
    REQUIRE(phone.sync->lastSyncMs() == 0);

    const QStringList ids{phone.addPatrol(), phone.addPatrol(), phone.addPatrol()};
    phone.addPhoto(ids.first(), 600'000);
    REQUIRE(phone.sync->pendingChanges() == 4);
    REQUIRE(phone.sync->pendingFiles() == 1);
    REQUIRE(phone.sync->pendingBytes() > 600'000);
    REQUIRE(phone.sync->pendingText().startsWith(
        u"Waiting to be sent: 4 changes, 1 photos or files, "_s));

    QList<double> seen;
    QStringList texts;
    QObject::connect(phone.sync.get(), &SyncController::progressChanged, [&] {
        seen << phone.sync->progress();
        texts << phone.sync->progressText();
    });
    Count changed(phone.temp.records.get(), &RecordStore::recordsChanged);
    phone.syncToEnd();

    INFO(phone.sync->lastResult().toStdString());
    REQUIRE(phone.sync->lastSucceeded());
    REQUIRE(phone.sync->progress() == 1.0);
    REQUIRE(phone.sync->changesDone() == 4);
    REQUIRE(phone.sync->changesTotal() == 4);
    REQUIRE(phone.sync->filesDone() == 1);
    REQUIRE(phone.sync->bytesDone() == phone.sync->bytesTotal());
    REQUIRE(phone.sync->phase() == u"Finished"_s);
    REQUIRE(phone.sync->progressText().startsWith(u"4 of 4 records, 1 of 1 photos and files, "_s));
    REQUIRE(phone.sync->progressText().endsWith(u" KB"_s));
    // The bar moved on the way (uploads in chunks), never backwards past the end.
    REQUIRE(seen.size() >= 3);
    REQUIRE(std::any_of(seen.begin(), seen.end(), [](double p) { return p > 0 && p < 1; }));
    REQUIRE(std::all_of(seen.begin(), seen.end(), [](double p) { return p >= 0 && p <= 1; }));
    REQUIRE(phone.sync->pendingChanges() == 0);
    REQUIRE(phone.sync->pendingFiles() == 0);
    REQUIRE(phone.sync->pendingBytes() == 0);
    REQUIRE(phone.sync->refusedCount() == 0);
    REQUIRE(phone.sync->lastSyncMs() > 0);
    REQUIRE(phone.sync->lastResult() == u"Synced: 4 records sent, 0 received"_s);
    REQUIRE(changed.count() >= 1); // the lists reload (acknowledged changes)

    const QString held = ledgerExport(ledgerd);
    for (const QString &id : ids)
        REQUIRE(held.contains(id));
    const auto verified = ledgerd.verify();
    INFO((verified.out + verified.err).toStdString());
    REQUIRE(verified.exitCode == 0);

    // Nothing new: a second sync says so.
    phone.syncToEnd();
    REQUIRE(phone.sync->lastSucceeded());
    REQUIRE(phone.sync->lastResult() == u"Synced: nothing new to send or receive."_s);
}

TEST_CASE("sync: enrol from the QR code's text the office printed", "[sync]")
{
    LedgerdProcess ledgerd;
    ledgerd.addUser(u"ayguli"_s, u"inspector"_s, {u"650000"_s});
    const auto issued = ledgerd.run(
        {u"enrol-code"_s, u"--user"_s, u"ayguli"_s, u"--server"_s, ledgerd.url().toString()});
    REQUIRE(issued.exitCode == 0);
    const QString link = issued.out.split(u'\n').filter(u"fieldledger://"_s).value(0).trimmed();
    REQUIRE(link.startsWith(u"fieldledger://enrol?"_s));

    Phone phone;
    REQUIRE_FALSE(phone.sync->enrolFromLink(u"https://example.org/not-a-code"_s));
    REQUIRE(phone.sync->error().contains(u"not a FieldLedger enrolment code"_s));
    REQUIRE_FALSE(phone.sync->enrolled());

    INFO(phone.sync->error().toStdString());
    REQUIRE(phone.sync->enrolFromLink(link));
    REQUIRE(phone.sync->error().isEmpty());
    REQUIRE(phone.sync->userName() == u"ayguli"_s);
    REQUIRE(phone.sync->roleName() == u"Inspector"_s);
}

TEST_CASE("sync: a bad or used code is a plain error and nothing is enrolled", "[sync]")
{
    LedgerdProcess ledgerd;
    ledgerd.addUser(u"liming"_s, u"river-chief"_s, {u"650100"_s});
    Phone phone;
    Count errors(phone.sync.get(), &SyncController::errorChanged);
    REQUIRE_FALSE(phone.sync->enrol(ledgerd.url().toString(), u"AAAA-BBBB-CCCC"_s, {}));
    REQUIRE(errors.count() == 1);
    REQUIRE(phone.sync->error().startsWith(u"The ledger does not know this enrolment code"_s));
    REQUIRE_FALSE(phone.sync->error().contains(u"HTTP"_s));
    REQUIRE_FALSE(phone.sync->enrolled());
    REQUIRE_FALSE(phone.sync->enrolling());

    REQUIRE_FALSE(phone.sync->enrol(ledgerd.url().toString(), u"  "_s, {}));
    REQUIRE(phone.sync->error().contains(u"Type the enrolment code"_s));
    REQUIRE_FALSE(phone.sync->enrol(u""_s, u"AAAA-BBBB-CCCC"_s, {}));
    REQUIRE(phone.sync->error().contains(u"address"_s));

    // A code another phone used already.
    const QString code = ledgerd.enrolCode(u"liming"_s);
    Phone first;
    REQUIRE(first.sync->enrol(ledgerd.url().toString(), code, {}));
    REQUIRE_FALSE(phone.sync->enrol(ledgerd.url().toString(), code, {}));
    REQUIRE(phone.sync->error().contains(u"already used on another phone"_s));
    REQUIRE_FALSE(phone.sync->enrolled());

    // A ledger that is not there.
    REQUIRE_FALSE(phone.sync->enrol(u"http://127.0.0.1:1"_s, u"AAAA-BBBB-CCCC"_s, {}));
    REQUIRE(phone.sync->error().contains(u"could not be reached"_s));
}

TEST_CASE("sync: with ledgerd stopped the result says unreachable and the records still wait, "
          "also after a restart",
          "[sync]")
{
    auto ledgerd = std::make_unique<LedgerdProcess>();
    ledgerd->addUser(u"liming"_s, u"river-chief"_s, {u"650100"_s});
    Phone phone;
    enrol(phone, *ledgerd, u"liming"_s);
    phone.addPatrol();
    phone.addPatrol();
    REQUIRE(phone.sync->pendingChanges() == 2);

    ledgerd.reset(); // the office's server is down (or the phone out of coverage)
    phone.syncToEnd();
    REQUIRE_FALSE(phone.sync->lastSucceeded());
    REQUIRE(phone.sync->lastStopCode() == u"unreachable"_s);
    REQUIRE(phone.sync->lastResult() ==
            u"The ledger could not be reached; your records are safe on this phone and will be "
            "sent next time"_s);
    REQUIRE(phone.sync->pendingChanges() == 2);
    REQUIRE_FALSE(phone.sync->needsEnrolment());
    const qint64 lastMs = phone.sync->lastSyncMs();
    REQUIRE(lastMs > 0);

    phone.restart(); // the app is closed and opened again
    REQUIRE(phone.sync->enrolled());
    REQUIRE(phone.sync->lastSyncMs() == lastMs);
    REQUIRE_FALSE(phone.sync->lastSucceeded());
    REQUIRE(phone.sync->lastResult().startsWith(u"The ledger could not be reached"_s));
    REQUIRE(phone.sync->pendingChanges() == 2);
}

TEST_CASE("sync: a change refused for scope is listed with advice, and Retry queues it again",
          "[sync]")
{
    LedgerdProcess ledgerd;
    // Bayingolin only; the patrol is in Urumqi (650102).
    ledgerd.addUser(u"gulnar"_s, u"river-chief"_s, {u"652800"_s});
    Phone phone;
    enrol(phone, ledgerd, u"gulnar"_s);
    const QString inScope = phone.addPatrol(u"652801"_s);
    const QString outOfScope = phone.addPatrol(u"650102"_s);
    REQUIRE(phone.sync->pendingChanges() == 2);

    phone.syncToEnd();
    INFO(phone.sync->lastResult().toStdString());
    REQUIRE(phone.sync->lastSucceeded()); // the run went through; one change waits for the user
    REQUIRE(phone.sync->refusedCount() == 1);
    REQUIRE(phone.sync->pendingChanges() == 1);
    REQUIRE(phone.sync->lastResult().startsWith(u"Synced: 1 records sent, 0 received. Changes the "
                                                "office ledger refused: 1"_s));
    const QString held = ledgerExport(ledgerd);
    REQUIRE(held.contains(inScope));
    REQUIRE_FALSE(held.contains(outOfScope));

    RefusalModel *refusals = phone.sync->refusals();
    REQUIRE(refusals->count() == 1);
    const QModelIndex row = refusals->index(0);
    REQUIRE(refusals->data(row, RefusalModel::RecordIdRole).toString() == outOfScope);
    REQUIRE(refusals->data(row, RefusalModel::CodeRole).toString() == u"out-of-scope"_s);
    REQUIRE(refusals->data(row, RefusalModel::KindRole).toString() == u"patrol"_s);
    REQUIRE(refusals->data(row, RefusalModel::KindLabelRole).toString() == u"River patrol"_s);
    REQUIRE_FALSE(refusals->data(row, RefusalModel::TitleRole).toString().isEmpty());
    const QString reason = refusals->data(row, RefusalModel::ReasonRole).toString();
    REQUIRE_FALSE(reason.isEmpty());
    const QString advice = refusals->data(row, RefusalModel::AdviceRole).toString();
    REQUIRE(advice.startsWith(u"Your role or your area does not cover this record"_s));
    REQUIRE(advice.contains(reason));
    REQUIRE(refusals->roleNames().value(RefusalModel::AdviceRole) == "advice");

    // Retry: the refusal is cleared, the change waits to be sent again.
    Count counted(refusals, &RefusalModel::countChanged);
    const QString changeId = refusals->data(row, RefusalModel::ChangeIdRole).toString();
    REQUIRE(refusals->retry(changeId));
    REQUIRE(counted.count() == 1);
    REQUIRE(refusals->count() == 0);
    REQUIRE(phone.sync->refusedCount() == 0);
    REQUIRE(phone.sync->pendingChanges() == 1);
    REQUIRE(phone.store().refusals()->isEmpty());

    // Sent again, refused again (the user's area did not change): listed again, nothing lost.
    phone.syncToEnd();
    REQUIRE(refusals->count() == 1);
    REQUIRE(phone.sync->pendingChanges() == 1);
}

TEST_CASE("sync: a disabled user's phone is told its enrolment was revoked", "[sync]")
{
    LedgerdProcess ledgerd;
    ledgerd.addUser(u"liming"_s, u"river-chief"_s, {u"650100"_s});
    Phone phone;
    enrol(phone, ledgerd, u"liming"_s);
    phone.addPatrol();
    const auto disabled = ledgerd.run({u"user"_s, u"disable"_s, u"liming"_s});
    INFO((disabled.out + disabled.err).toStdString());
    REQUIRE(disabled.exitCode == 0);

    phone.syncToEnd();
    REQUIRE(phone.sync->lastStopCode() == u"device-revoked"_s);
    REQUIRE(phone.sync->lastResult().startsWith(
        u"Your enrolment was revoked by the office: ask for a new code"_s));
    REQUIRE(phone.sync->needsEnrolment());
    REQUIRE(phone.sync->pendingChanges() == 1);
}

TEST_CASE("sync: automatic sync sends what waits by itself, and the switch is kept", "[sync]")
{
    LedgerdProcess ledgerd;
    ledgerd.addUser(u"liming"_s, u"river-chief"_s, {u"650100"_s});
    Phone phone;
    enrol(phone, ledgerd, u"liming"_s);
    SyncController::Timing fast;
    fast.settleMs = 50;
    fast.minGapMs = 0;
    fast.probeIntervalMs = 300;
    fast.firstBackoffMs = 200;
    phone.sync->setTiming(fast);
    phone.addPatrol();
    phone.addPatrol();
    // Off: nothing happens by itself.
    REQUIRE_FALSE(waitFor([&] { return phone.sync->running(); }, 1000));
    REQUIRE(phone.sync->pendingChanges() == 2);
    REQUIRE_FALSE(phone.sync->autoSyncWaiting());

    int runs = 0;
    QObject::connect(phone.sync.get(), &SyncController::runningChanged, [&] {
        if (phone.sync->running())
            ++runs;
    });
    phone.sync->setAutoSync(true);
    REQUIRE(waitFor([&] { return phone.sync->pendingChanges() == 0; }, 20'000));
    REQUIRE(waitFor([&] { return !phone.sync->running(); }, 5000));
    REQUIRE(phone.sync->lastSucceeded());
    REQUIRE(runs == 1);
    REQUIRE_FALSE(phone.sync->autoSyncWaiting());

    // A record saved later goes by itself too.
    phone.addPatrol();
    REQUIRE(waitFor([&] { return phone.sync->pendingChanges() == 0; }, 20'000));
    REQUIRE(runs == 2);

    phone.restart();
    REQUIRE(phone.sync->autoSync()); // kept in the store's settings
    phone.sync->setAutoSync(false);
    phone.restart();
    REQUIRE_FALSE(phone.sync->autoSync());
}

TEST_CASE("sync: with the ledger down, automatic sync backs off instead of hammering", "[sync]")
{
    auto ledgerd = std::make_unique<LedgerdProcess>();
    ledgerd->addUser(u"liming"_s, u"river-chief"_s, {u"650100"_s});
    Phone phone;
    enrol(phone, *ledgerd, u"liming"_s);
    SyncController::Timing fast;
    fast.settleMs = 20;
    fast.minGapMs = 0;
    fast.probeIntervalMs = 100;
    fast.firstBackoffMs = 100;
    fast.maxBackoffMs = 400;
    phone.sync->setTiming(fast);
    phone.addPatrol();
    ledgerd.reset();

    int runs = 0;
    QObject::connect(phone.sync.get(), &SyncController::runningChanged, [&] {
        if (phone.sync->running())
            ++runs;
    });
    phone.sync->setAutoSync(true);
    REQUIRE(phone.sync->autoSyncWaiting());
    REQUIRE_FALSE(waitFor([&] { return phone.sync->pendingChanges() == 0; }, 2000));
    // With a network: failed runs spaced 100, 200, 400, 400 ms (about 6 in 2 s; without
    // back-off it would be dozens). Without a network state: health probes fail, no run at all.
    INFO(runs);
    REQUIRE(runs <= 8);
    REQUIRE(phone.sync->pendingChanges() == 1);
    REQUIRE(phone.sync->autoSyncWaiting());
    if (runs > 0)
        REQUIRE(phone.sync->lastStopCode() == u"unreachable"_s);
}

TEST_CASE("sync: without a network state, automatic sync probes the ledger's health first",
          "[sync]")
{
    auto ledgerd = std::make_unique<LedgerdProcess>();
    ledgerd->addUser(u"liming"_s, u"river-chief"_s, {u"650100"_s});
    Phone phone;
    enrol(phone, *ledgerd, u"liming"_s);
    SyncController::Timing probing;
    probing.settleMs = 20;
    probing.minGapMs = 0;
    probing.probeIntervalMs = 100;
    probing.useNetworkState = false;
    phone.sync->setTiming(probing);
    int runs = 0;
    QObject::connect(phone.sync.get(), &SyncController::runningChanged, [&] {
        if (phone.sync->running())
            ++runs;
    });

    phone.addPatrol();
    phone.sync->setAutoSync(true);
    REQUIRE(waitFor([&] { return phone.sync->pendingChanges() == 0; }, 10'000));
    REQUIRE(runs == 1);
    REQUIRE(waitFor([&] { return !phone.sync->running(); }));
    REQUIRE(phone.sync->lastSucceeded());

    // The ledger goes down: the probes fail, so no run starts and nothing is lost.
    ledgerd.reset();
    phone.addPatrol();
    REQUIRE_FALSE(waitFor([&] { return phone.sync->running(); }, 1000));
    REQUIRE(runs == 1);
    REQUIRE(phone.sync->pendingChanges() == 1);
    REQUIRE(phone.sync->autoSyncWaiting());
}

TEST_CASE("sync: every error code of the protocol has words a field user understands", "[sync]")
{
    QFile doc(QStringLiteral(SYNC_PROTOCOL_DOC));
    REQUIRE(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());

    // The error table: "| 401 | `token-expired` | ..."
    static const QRegularExpression errorRow(u"^\\| \\d{3} \\| `([a-z-]+)` \\|"_s,
                                             QRegularExpression::MultilineOption);
    QStringList errorCodes;
    for (auto it = errorRow.globalMatch(text); it.hasNext();)
        errorCodes << it.next().captured(1);
    REQUIRE(errorCodes.size() >= 19);
    for (const QString &code : std::as_const(errorCodes)) {
        INFO(code.toStdString());
        REQUIRE(SyncWords::knownStopCodes().contains(code));
        const QString words = SyncWords::stopped(code, u"technical detail"_s);
        REQUIRE_FALSE(words.contains(code));
        REQUIRE_FALSE(words.contains(u"technical detail"_s));
    }
    for (const QString &code : {u"unreachable"_s, u"not-enrolled"_s, u"cancelled"_s}) {
        INFO(code.toStdString());
        REQUIRE_FALSE(SyncWords::stopped(code, u"technical detail"_s).contains(code));
    }

    // The refusal codes of a push result: "Codes: `bad-signature`, ... do this by themselves)."
    const qsizetype from = text.indexOf(u"not applied, with a `code`"_s);
    const qsizetype to = text.indexOf(u"A change is checked in this order"_s);
    REQUIRE(from > 0);
    REQUIRE(to > from);
    static const QRegularExpression quoted(u"`([a-z-]+)`"_s);
    QStringList refusalCodes;
    for (auto it = quoted.globalMatch(text.mid(from, to - from)); it.hasNext();) {
        const QString code = it.next().captured(1);
        if (code != u"code"_s && code != u"reason"_s)
            refusalCodes << code;
    }
    REQUIRE(refusalCodes.size() >= 10);
    const QString fallback = SyncWords::refusalAdvice(u"no-such-code"_s, u"why"_s);
    for (const QString &code : std::as_const(refusalCodes)) {
        INFO(code.toStdString());
        REQUIRE(SyncWords::knownRefusalCodes().contains(code));
        const QString advice = SyncWords::refusalAdvice(code, u"why"_s);
        REQUIRE(advice != fallback);
        REQUIRE(advice.contains(u"why"_s));
    }
    REQUIRE(SyncWords::refusalAdvice(u"invalid-record"_s, u"latitude 95.2 is out of range"_s) ==
            u"The office ledger found a problem in this record: latitude 95.2 is out of range. "
            "Open the record, correct it and sync again."_s);
}
