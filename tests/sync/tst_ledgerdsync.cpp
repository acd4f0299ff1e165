// The sync client against the real ledgerd (started as a program, as the office runs it): a
// device enrols with a code, syncs a field day with photos, finds nothing new in one request,
// resumes an interrupted upload, and pulls what another device recorded, merged edits and
// their conflicts included.

#include "ledgerdprocess.h"
#include "synctest.h"

#include "domain/rectification.h"

#include <QTimer>

using namespace Qt::StringLiterals;
using namespace fl;
using namespace fl::test;

namespace {

const QString kOfficeAuthor = u"王芳"_s;

// A device store on the real clock (the ledger checks record times against its own).
struct Device
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;

    Device()
    {
        REQUIRE(dir.isValid());
        store = require(Store::create(dir.filePath(u"device"_s)));
    }
    Store *operator->() { return store.get(); }
};

SyncOptions options()
{
    SyncOptions o;
    o.chunkBytes = 256 * 1024;
    o.initialBackoffMs = 100;
    o.maxBackoffMs = 500;
    o.maxAttempts = 4;
    o.requestTimeoutMs = 30'000;
    return o;
}

Enrolment enrol(Device &device, const LedgerdProcess &ledgerd, const QString &user)
{
    SyncClient client(*device.store, options());
    return require(client.enrol(ledgerd.url(), ledgerd.enrolCode(user), u"test device"_s));
}

SyncReport sync(Device &device)
{
    SyncClient client(*device.store, options());
    return require(client.syncAll());
}

// A river patrol with its track and two photos; returns the patrol's id.
QString recordFieldDay(Device &device)
{
    const qint64 now = device->now();
    const Record patrol = require(device->createRecord(
        RecordKind::Patrol, samples::patrol(now - 3'600'000).toJson(), kAuthor));
    require(device->appendTrack(patrol.meta.id, samples::walk(now - 3'000'000, 120), kAuthor));
    addPhoto(device, patrol.meta.id, 300'000, 1);
    addPhoto(device, patrol.meta.id, 1'500'000, 2);
    return patrol.meta.id;
}

} // namespace

TEST_CASE("ledgerd: a field day with photos syncs once, then a sync is one request", "[ledgerd]")
{
    LedgerdProcess ledgerd;
    ledgerd.addUser(u"liming"_s, u"river-chief"_s, {u"650100"_s});
    Device phone;
    const Enrolment enrolled = enrol(phone, ledgerd, u"liming"_s);
    REQUIRE(enrolled.role == u"river-chief"_s);
    REQUIRE(enrolled.divisions == QStringList{u"650100"_s});

    recordFieldDay(phone);
    const OutboxStats waiting = require(phone->outboxStats());
    REQUIRE(waiting.changes == 4); // patrol, track, two photos
    const SyncReport report = sync(phone);
    INFO(report.refused.value(0).reason.toStdString());
    REQUIRE(report.refused.isEmpty());
    REQUIRE(report.accepted == waiting.changes);
    REQUIRE(report.filesUploaded == 2);
    REQUIRE(report.fileBytesUploaded == 1'800'000);
    REQUIRE(report.pulled.applied == 0); // its own records come back as they are
    const OutboxStats after = require(phone->outboxStats());
    REQUIRE(after.changes == 0);
    REQUIRE(after.blobs == 0);

    const SyncReport again = sync(phone);
    REQUIRE(again.requests == 1);
    REQUIRE(again.accepted == 0);

    const ProgramRun verified = ledgerd.verify();
    INFO((verified.out + verified.err).toStdString());
    REQUIRE(verified.exitCode == 0);
}

TEST_CASE("ledgerd: an interrupted upload resumes where the ledger's copy ends", "[ledgerd]")
{
    LedgerdProcess ledgerd;
    ledgerd.addUser(u"liming"_s, u"river-chief"_s, {u"650100"_s});
    Device phone;
    enrol(phone, ledgerd, u"liming"_s);
    const Record patrol = require(phone->createRecord(
        RecordKind::Patrol, samples::patrol(phone->now() - 600'000).toJson(), kAuthor));
    constexpr qint64 kSize = 3'000'000;
    addPhoto(phone, patrol.meta.id, kSize, 7);

    SyncClient first(*phone.store, options());
    bool cancelled = false;
    QObject::connect(&first, &SyncClient::progressChanged, [&](const SyncProgress &) {
        if (!cancelled && first.report().fileBytesUploaded >= 1'000'000) {
            cancelled = true; // the phone leaves coverage mid-upload
            QTimer::singleShot(0, &first, [&first] { first.cancel(); });
        }
    });
    REQUIRE_FALSE(first.syncAll().ok());
    REQUIRE(first.stop().code == u"cancelled"_s);
    const qint64 sentBefore = first.report().fileBytesUploaded;
    REQUIRE(sentBefore >= 1'000'000);
    REQUIRE(require(phone->outboxStats()).changes == 2); // nothing acknowledged yet

    const SyncReport resumed = sync(phone);
    REQUIRE(resumed.filesUploaded == 1);
    REQUIRE(resumed.fileBytesUploaded <= kSize - sentBefore); // only the rest
    REQUIRE(resumed.accepted == 2);
    REQUIRE(require(phone->outboxStats()).changes == 0);
    const ProgramRun verified = ledgerd.verify();
    INFO((verified.out + verified.err).toStdString());
    REQUIRE(verified.exitCode == 0);
}

TEST_CASE("ledgerd: another device's records are pulled, merged edits with their conflicts",
          "[ledgerd]")
{
    LedgerdProcess ledgerd;
    ledgerd.addUser(u"liming"_s, u"river-chief"_s, {u"650100"_s});
    ledgerd.addUser(u"wangfang"_s, u"office"_s, {u"650000"_s});
    Device phone;
    enrol(phone, ledgerd, u"liming"_s);
    const QString patrolId = recordFieldDay(phone);
    REQUIRE(sync(phone).refused.isEmpty());

    // The office assigns a task on the patrol's river and gets the field day.
    Device office;
    enrol(office, ledgerd, u"wangfang"_s);
    RectificationTask task = samples::task(u"liming"_s);
    task.divisionCode = u"650102"_s;
    task.sourceRecordId = patrolId;
    const Record assigned =
        require(office->createRecord(RecordKind::RectificationTask, task.toJson(), kOfficeAuthor));
    const SyncReport officeSync = sync(office);
    REQUIRE(officeSync.accepted == 1);
    REQUIRE(officeSync.pulled.applied == 3); // the patrol and its two photos
    REQUIRE(officeSync.pulled.fixesAdded == 120);
    REQUIRE(require(office->track(patrolId)) == require(phone->track(patrolId)));
    REQUIRE(require(office->outboxStats()).changes == 0);
    requireOk(office->integrityCheck()); // photos as records, their files on the ledger

    // The phone gets the task without sending it back, at the ledger's revision.
    const SyncReport phoneSync = sync(phone);
    REQUIRE(phoneSync.pulled.applied == 1);
    const Record pulled = require(phone->record(assigned.meta.id));
    REQUIRE(pulled.meta.revision == 1);
    REQUIRE(pulled.meta.author == kOfficeAuthor);
    REQUIRE(pulled.meta.deviceId == office->deviceId());
    REQUIRE(require(phone->outboxStats()).changes == 0);

    // Both edit the measures offline; the office's later edit wins the field, with a conflict.
    QJsonObject phoneBody = pulled.body;
    phoneBody.insert(u"measures"_s, u"现场清运"_s);
    require(phone->updateRecord(assigned.meta.id, 1, phoneBody, kAuthor));
    QJsonObject officeBody = assigned.body;
    officeBody.insert(u"measures"_s, u"限期拆除"_s);
    require(office->updateRecord(assigned.meta.id, 1, officeBody, kOfficeAuthor));
    REQUIRE(sync(phone).accepted == 1);
    REQUIRE(sync(office).accepted == 1);
    const SyncReport merged = sync(phone);
    REQUIRE(merged.pulled.applied == 1);
    REQUIRE(merged.pulled.withConflicts == 1);
    const Record now = require(phone->record(assigned.meta.id));
    REQUIRE(now.body.value(u"measures"_s).toString() == u"限期拆除"_s);
    REQUIRE(now.meta.revision == 3);
    const auto conflicts = require(phone->openConflicts());
    REQUIRE(conflicts.size() == 1);
    REQUIRE(conflicts[0].recordId == assigned.meta.id);
    REQUIRE(conflicts[0].conflicts.at(0)[u"field"_s].toString() == u"measures"_s);

    // The next edit continues from the merged version.
    QJsonObject next = now.body;
    next.insert(u"status"_s, u"in_progress"_s);
    REQUIRE(require(phone->updateRecord(assigned.meta.id, 3, next, kAuthor)).meta.revision == 4);
    REQUIRE(sync(phone).accepted == 1);
    const ProgramRun verified = ledgerd.verify();
    INFO((verified.out + verified.err).toStdString());
    REQUIRE(verified.exitCode == 0);
}

TEST_CASE("ledgerd: a cursor above a restored ledger's head comes back down", "[ledgerd]")
{
    LedgerdProcess ledgerd;
    ledgerd.addUser(u"liming"_s, u"river-chief"_s, {u"650100"_s});
    Device phone;
    enrol(phone, ledgerd, u"liming"_s);
    recordFieldDay(phone);
    sync(phone);
    // As after the office restored an older backup: this device had pulled further than the
    // ledger now goes.
    REQUIRE(phone->setSetting(u"sync_pull_cursor"_s, u"100000"_s).ok());
    const SyncReport report = sync(phone);
    REQUIRE(report.requests == 1);
    const qint64 head = require(phone->pullCursor());
    CHECK(head == 4); // the ledger's head: new entries from here on reach this device
}
