// A field day in the real app, end to end: enrol with the office's code, patrol the Urumqi
// River from a replayed NMEA log and report a problem with a photo, scan an enterprise's QR code
// from a picture and sign the inspection, verify a Green Shield clue, sync, and find all of it
// in the office ledger. Then every screen in every language, saved to build/screenshots/.

#include "appdriver.h"
#include "apptest.h"
#include "ledgerdprocess.h"
#include "patrolsession.h"
#include "positionfeed.h"
#include "positionsources.h"
#include "screentour.h"
#include "synccontroller.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

using namespace Qt::StringLiterals;
using fl::test::LedgerdProcess;

namespace {

const QString kUser = u"阿依古丽"_s;
const QString kAssets = QStringLiteral(DEMO_ASSETS);

// `fieldctl --store STORE ARGS...`: the office's reference data the device holds before the day.
QString fieldctl(const QString &store, QStringList args)
{
    QProcess process;
    process.start(QStringLiteral(FIELDCTL_BINARY), QStringList{u"--store"_s, store} + args);
    REQUIRE(process.waitForFinished(30'000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    INFO(args.join(u' ').toStdString()
         << "\n"
         << out.toStdString() << QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return out;
}

// A PNG of the QR code the enterprise has at its gate, as a phone photographs it.
QString writeQrPicture(const QString &folder, const QString &text)
{
    const ZXing::BitMatrix matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                                        .setMargin(4)
                                        .encode(text.toStdWString(), 0, 0);
    constexpr int scale = 8;
    QImage image(matrix.width() * scale, matrix.height() * scale, QImage::Format_Grayscale8);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y,
                           matrix.get(x / scale, y / scale) ? qRgb(0, 0, 0) : qRgb(255, 255, 255));
    }
    const QString file = folder + u"/gate-qr.png"_s;
    REQUIRE(image.save(file));
    return file;
}

QString readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll()).trimmed();
}

// Every record the ledger holds, from `ledgerd export --format geojson`, by kind.
QMultiHash<QString, QJsonObject> ledgerRecords(const LedgerdProcess &ledgerd, const QString &dir)
{
    const QString out = dir + u"/ledger.geojson"_s;
    const auto run = ledgerd.run({u"export"_s, u"--format"_s, u"geojson"_s, u"--out"_s, out});
    INFO((run.out + run.err).toStdString());
    REQUIRE(run.exitCode == 0);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QMultiHash<QString, QJsonObject> byKind;
    for (const QJsonValue &feature :
         QJsonDocument::fromJson(file.readAll())[u"features"_s].toArray()) {
        const QJsonObject properties = feature[u"properties"_s].toObject();
        byKind.insert(properties[u"kind"_s].toString(), properties);
    }
    return byKind;
}

void enrol(AppDriver &driver, const LedgerdProcess &ledgerd, const QString &code)
{
    driver.openScreen(u"sync"_s);
    driver.type(u"syncServer"_s, ledgerd.url().toString());
    driver.type(u"syncCode"_s, code);
    driver.capture(u"sync-enrol"_s);
    driver.click(u"syncEnrol"_s);
    SyncController *sync = driver.app().sync();
    REQUIRE(apptest::waitFor([sync] { return sync->enrolled(); }, 30'000));
    sync->setAutoSync(false); // this test says when to sync
}

void patrol(AppDriver &driver, const QString &folder)
{
    PatrolSession *session = driver.app().patrol();
    driver.openScreen(u"patrol"_s);
    driver.type(u"patrolWaterBody"_s, u"乌鲁木齐河"_s);
    driver.type(u"patrolSegment"_s, u"雅山段"_s);
    driver.type(u"patrolDivision"_s, u"650102"_s);
    driver.choose(u"patrolLevel"_s, 4); // village chief
    driver.capture(u"patrol-start"_s);
    driver.click(u"patrolStart"_s);
    REQUIRE(session->state() == PatrolSession::Recording);
    // The replayed log walks along the river: wait for a few hundred metres of track.
    REQUIRE(apptest::waitFor([session] { return session->distanceMeters() > 300; }, 60'000));
    driver.capture(u"patrol-recording"_s);

    driver.click(u"patrolAddProblem"_s);
    driver.choose(u"problemCategory"_s, 2); // 乱堆 dumping
    driver.type(u"problemDescription"_s, u"岸边堆放生活垃圾约0.5吨"_s);
    driver.click(u"evidenceAddPhoto"_s);
    const QString photo = folder + u"/garbage.png"_s;
    REQUIRE(QFile::copy(kAssets + u"/garbage-before.png"_s, photo));
    driver.type(u"evidenceFilePath"_s, photo);
    driver.click(u"evidenceAddFile"_s);
    QQuickItem *strip = driver.require(u"problemEvidence"_s);
    REQUIRE(apptest::waitFor([strip] { return strip->property("count").toInt() == 1; }));
    driver.capture(u"patrol-problem"_s);
    driver.click(u"problemSave"_s);
    REQUIRE(apptest::waitFor([session] { return session->problems()->rowCount() == 1; }));

    REQUIRE(apptest::waitFor([session] { return session->distanceMeters() > 600; }, 60'000));
    driver.click(u"patrolStop"_s); // the first tap only arms the button: a mis-tap ends nothing
    QTest::qWait(300);
    REQUIRE(session->state() == PatrolSession::Recording);
    driver.click(u"patrolStop"_s);
    REQUIRE(apptest::waitFor([session] { return session->state() == PatrolSession::Finished; }));
    driver.require(u"patrolSummary"_s);
    driver.capture(u"patrol-summary"_s);
}

void inspect(AppDriver &driver, const QString &folder)
{
    driver.openScreen(u"inspection"_s);
    const QString qr = writeQrPicture(folder, readFile(kAssets + u"/enterprise-qr.txt"_s));
    REQUIRE(driver.call(u"inspectionPage"_s, "scanFile", {QUrl::fromLocalFile(qr)}).toBool());
    QQuickItem *status = driver.require(u"inspectionCodeStatus"_s);
    INFO(status->property("text").toString().toStdString());
    driver.click(u"inspectorAdd"_s);
    driver.click(u"inspectorAdd"_s);
    driver.type(u"inspectorName0"_s, u"李明"_s);
    driver.type(u"inspectorCertificate0"_s, u"65010020260017"_s);
    driver.type(u"inspectorName1"_s, u"热合曼·吐尔逊"_s);
    driver.type(u"inspectorCertificate1"_s, u"65010020260023"_s);
    driver.click(u"inspectionSave"_s);
    driver.capture(u"inspection-form"_s);

    driver.click(u"inspectionChecklist"_s);
    driver.click(u"checklistAddTemplate"_s);
    driver.require(u"checklistResult-ok-0"_s);
    for (int row = 0; driver.find(u"checklistResult-ok-%1"_s.arg(row)); ++row)
        driver.click(
            (row == 1 ? u"checklistResult-problem-%1"_s : u"checklistResult-ok-%1"_s).arg(row));
    driver.type(u"checklistProblem1"_s, u"危废贮存间未张贴标识"_s);
    driver.capture(u"inspection-checklist"_s);
    driver.click(u"checklistDone"_s);
    driver.click(u"backButton"_s);

    driver.type(u"inspectionFindings"_s, u"发现一项问题，已责令整改"_s);
    driver.click(u"inspectionSignatures"_s);
    const QStringList signers{u"李明"_s, u"热合曼·吐尔逊"_s, u"王建国"_s};
    for (int i = 0; i < signers.size(); ++i) {
        driver.choose(u"signatureSigner"_s, i);
        if (driver.find(u"signatureName"_s)) // the site representative's name is typed
            driver.type(u"signatureName"_s, signers.at(i));
        // Each person signs differently (the same strokes would be the same evidence file).
        driver.drag(u"signaturePad"_s, {0.1, 0.6 - 0.1 * i}, {0.5, 0.3});
        driver.drag(u"signaturePad"_s, {0.5, 0.3 + 0.1 * i}, {0.9, 0.7});
        if (i == 2)
            driver.capture(u"inspection-signature"_s);
        driver.click(u"signatureSave"_s);
    }
    driver.click(u"backButton"_s);
    driver.click(u"inspectionSign"_s);
    QQuickItem *message = driver.require(u"inspectionMessage"_s);
    INFO(message->property("text").toString().toStdString());
    REQUIRE(apptest::waitFor([&driver] {
        QQuickItem *sign = driver.find(u"inspectionSign"_s);
        return !sign || !sign->isEnabled();
    }));
    driver.click(u"inspectionPreview"_s);
    driver.capture(u"inspection-record"_s);
    driver.click(u"backButton"_s);
}

void verifyClue(AppDriver &driver)
{
    driver.openScreen(u"greenshield"_s);
    driver.click(u"clueRow-0"_s);
    driver.require(u"cluePage"_s);
    driver.click(u"clueUseMyPosition"_s);
    driver.choose(u"clueOutcome"_s, 1); // confirmed
    driver.type(u"clueFacilityName"_s, u"河滩养殖看护房"_s);
    driver.type(u"clueFacilityType"_s, u"其他人工设施"_s);
    driver.click(u"clueSave"_s);
    QQuickItem *saved = driver.require(u"clueSaved"_s);
    REQUIRE(apptest::waitFor([saved] { return !saved->property("text").toString().isEmpty(); }));
    driver.capture(u"greenshield-clue"_s);
}

void sync(AppDriver &driver)
{
    SyncController *controller = driver.app().sync();
    driver.openScreen(u"sync"_s);
    driver.click(u"syncNow"_s);
    REQUIRE(apptest::waitFor([controller] { return !controller->running(); }, 120'000));
    INFO(controller->lastResult().toStdString());
    REQUIRE(controller->lastSucceeded());
    CHECK(controller->pendingChanges() == 0);
    driver.capture(u"sync-done"_s);
}

} // namespace

TEST_CASE("A field day in the real app reaches the office ledger")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(u"device"_s);
    LedgerdProcess ledgerd;
    ledgerd.addUser(u"ayguli"_s, u"office"_s, {u"650000"_s});
    const QString code = ledgerd.enrolCode(u"ayguli"_s);

    // The office's reference data and assignments, already on the device.
    fieldctl(store, {u"init"_s, u"--user"_s, kUser});
    fieldctl(store, {u"enterprise"_s, u"import"_s, kAssets + u"/enterprises.csv"_s});
    fieldctl(store, {u"area"_s, u"import"_s, kAssets + u"/protected-area-bosten-demo.geojson"_s});
    fieldctl(store,
             {u"clue"_s, u"add"_s, u"--code"_s, u"202302-65-N1-007-MD-0031"_s, u"--county"_s,
              u"650102"_s, u"--area-id"_s, u"XJ-BOSTEN-DEMO"_s, u"--type"_s,
              u"artificial_facility"_s, u"--area-m2"_s, u"300"_s, u"--description"_s,
              u"遥感发现河滩疑似新增建筑"_s, u"--lat"_s, u"43.835"_s, u"--lon"_s, u"87.597"_s});

    fl::platform::PositionSourceOptions position;
    position.spec = u"nmea:"_s + kAssets + u"/patrol-short.nmea"_s;
    position.replaySpeed = 40;
    auto source = fl::platform::createPositionSource(position, nullptr);
    REQUIRE(source.ok());
    AppDriver driver({store, kUser, {}, u"zh_CN"_s}, *source, QStringLiteral(SCREENSHOT_DIR));

    enrol(driver, ledgerd, code);
    patrol(driver, dir.path());
    inspect(driver, dir.path());
    verifyClue(driver);
    sync(driver);

    const auto ledger = ledgerRecords(ledgerd, dir.path());
    const auto patrols = ledger.values(u"patrol"_s);
    REQUIRE(patrols.size() == 1);
    CHECK(patrols.first()[u"status"_s].toString() == u"finished"_s);
    CHECK(patrols.first()[u"fixCount"_s].toInt() > 100);
    const auto problems = ledger.values(u"patrol_problem"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first()[u"category"_s].toString() == u"illegal_dumping"_s);
    const auto inspections = ledger.values(u"inspection"_s);
    REQUIRE(inspections.size() == 1);
    CHECK(inspections.first()[u"status"_s].toString() == u"signed"_s);
    const auto clues = ledger.values(u"greenshield_clue"_s);
    REQUIRE(clues.size() == 1);
    CHECK(clues.first()[u"revision"_s].toInt() >= 2);
    // The problem photo and the three signatures reached the ledger as evidence.
    const QString evidenceCsv = dir.filePath(u"evidence.csv"_s);
    const auto exported = ledgerd.run({u"export"_s, u"--format"_s, u"csv"_s, u"--kind"_s,
                                       u"evidence"_s, u"--out"_s, evidenceCsv});
    REQUIRE(exported.exitCode == 0);
    const QString csv = readFile(evidenceCsv);
    CHECK(csv.count(u'\n') == 4); // a header and four files (trimmed: no last newline)
    CHECK(csv.count(u"image/svg+xml"_s) == 3);
    CHECK(csv.count(u"image/png"_s) == 1);
    const auto verified = ledgerd.verify();
    INFO((verified.out + verified.err).toStdString());
    CHECK(verified.exitCode == 0);

    // Every screen in every language, with what the day recorded on them.
    ScreenTour tour(driver.window(), &driver.app(), QStringLiteral(SCREENSHOT_DIR));
    bool finished = false;
    QObject::connect(&tour, &ScreenTour::finished, [&finished] { finished = true; });
    tour.start();
    REQUIRE(apptest::waitFor([&finished] { return finished; }, 120'000));
    INFO(tour.summary().toStdString());
    CHECK(tour.problems().isEmpty());
    INFO(driver.problems().join(u'\n').toStdString());
    CHECK(driver.problems().isEmpty());
    CHECK(tour.savedFiles().size() ==
          3 * driver.window()->property("screenNames").toStringList().size());
}
