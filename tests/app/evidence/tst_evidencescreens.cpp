// The evidence and task screens in the real app window (Main.qml, offscreen): open them the way
// the home tiles do, fill and press what a user would, and check what reached the store. Any QML
// warning fails the test: a binding error on a screen is a bug the user would see.

#include "appsettings.h"
#include "apptest.h"
#include "fieldapp.h"
#include "screentour.h"

#include "domain/evidence.h"
#include "domain/rectification.h"

#include <QImage>
#include <QPointer>
#include <QQmlApplicationEngine>
#include <QQmlError>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

const QString kMe = u"阿依古丽"_s;

struct AppWindow
{
    AppWindow()
    {
        FieldAppOptions options;
        options.storeFolder = dir.filePath(u"store"_s);
        options.author = kMe;
        options.language = u"en"_s;
        auto opened = FieldApp::open(options, nullptr);
        REQUIRE(opened.ok());
        app = std::move(*opened);
        FieldApp::setInstance(app.get());
    }
    ~AppWindow()
    {
        engine.reset();
        FieldApp::setInstance(nullptr);
    }

    void load()
    {
        engine = std::make_unique<QQmlApplicationEngine>();
        engine->setOutputWarningsToStandardError(true);
        QObject::connect(engine.get(), &QQmlEngine::warnings, [this](const QList<QQmlError> &w) {
            for (const QQmlError &e : w)
                warnings << e.toString();
        });
        engine->addImportPath(u"qrc:/qt/qml"_s);
        engine->load(QUrl(u"qrc:/qt/qml/FieldLedger/Main.qml"_s));
        REQUIRE(engine->rootObjects().size() == 1);
        window = engine->rootObjects().first();
    }

    QObject *openScreen(const QString &name)
    {
        QVariant page;
        REQUIRE(QMetaObject::invokeMethod(window, "openScreen", Q_RETURN_ARG(QVariant, page),
                                          Q_ARG(QVariant, name)));
        return page.value<QObject *>();
    }

    QObject *current()
    {
        auto *stack = window->findChild<QObject *>(u"screens"_s);
        REQUIRE(stack);
        return stack->property("currentItem").value<QObject *>();
    }

    // Delegates of list views have no QObject parent: search the item tree too.
    static QObject *findItem(QQuickItem *item, const QString &name)
    {
        if (item->objectName() == name)
            return item;
        if (auto *child = item->findChild<QObject *>(name))
            return child;
        for (QQuickItem *child : item->childItems()) {
            if (QObject *found = findItem(child, name))
                return found;
        }
        return nullptr;
    }

    // On the current screen first (popped screens linger until deleted), then anywhere (popups).
    QObject *find(const QString &name)
    {
        QObject *found = nullptr;
        auto *root = qobject_cast<QQuickWindow *>(window)->contentItem();
        apptest::waitFor(
            [&] {
                if (auto *page = qobject_cast<QQuickItem *>(current()))
                    found = findItem(page, name);
                if (!found)
                    found = findItem(root, name);
                return found != nullptr;
            },
            2000);
        INFO(name.toStdString());
        REQUIRE(found);
        return found;
    }

    static void press(QObject *button) { REQUIRE(QMetaObject::invokeMethod(button, "clicked")); }

    RecordStore &records() { return *app->store(); }

    QTemporaryDir dir;
    std::unique_ptr<FieldApp> app;
    std::unique_ptr<QQmlApplicationEngine> engine;
    QObject *window = nullptr;
    QStringList warnings;
};

QString closedTask(RecordStore &records)
{
    fl::Store &store = records.store();
    fl::EvidenceCapture capture;
    capture.sourcePath = u"closeout.txt"_s;
    capture.mediaType = u"text/plain"_s;
    auto proof = store.addEvidenceBytes("cleared", capture, u"county office"_s);
    REQUIRE(proof.ok());
    fl::RectificationTask task;
    task.taskNumber = u"ZG-2026-017"_s;
    task.title = u"Remove the sand pile from the floodway"_s;
    task.description = u"A sand pile of about 300 cubic metres blocks the floodway on the left "
                       "bank, 200 m downstream of the bridge; the owner was told to remove it."_s;
    task.responsibleUnit = u"Township water station"_s;
    task.assignee = kMe;
    task.deadline = u"2026-11-01"_s;
    task.status = fl::TaskStatus::ClosedOut;
    task.closedAtMs = store.now() - 86'400'000;
    task.evidenceIds = {proof->meta.id};
    auto created =
        store.createRecord(fl::RecordKind::RectificationTask, task.toJson(), u"county office"_s);
    REQUIRE(created.ok());
    return created->meta.id;
}

fl::RectificationTask storedTask(RecordStore &records, const QString &id)
{
    auto record = records.store().record(id);
    REQUIRE(record.ok());
    auto task = fl::RectificationTask::fromJson(record->body);
    REQUIRE(task.ok());
    return *task;
}

} // namespace

TEST_CASE("on the task screens a follow-up with a photo file reopens the task", "[screens]")
{
    AppWindow w;
    const QString taskId = closedTask(w.records());
    w.load();

    QObject *tasks = w.openScreen(u"tasks"_s);
    REQUIRE(tasks);
    REQUIRE(tasks->objectName() == u"tasksPage"_s);
    REQUIRE(w.find(u"taskList"_s)->property("count").toInt() == 0); // closed out: hidden
    w.find(u"taskShowClosed"_s)->setProperty("checked", true);
    REQUIRE(apptest::waitFor([&] { return w.find(u"taskList"_s)->property("count") == 1; }));
    AppWindow::press(w.find(u"task-0"_s));
    REQUIRE(apptest::waitFor([&] { return w.current()->objectName() == u"taskPage"_s; }));
    REQUIRE(w.current()->property("title").toString() == u"ZG-2026-017"_s);

    // The follow-up's photo, from a file: this machine has no camera.
    QImage image(200, 150, QImage::Format_RGB32);
    image.fill(Qt::darkYellow);
    const QString photo = w.dir.filePath(u"sand.jpg"_s);
    REQUIRE(image.save(photo));
    QObject *page = w.current();
    QList<QObject *> addButtons;
    for (QObject *o : page->findChildren<QObject *>(u"evidenceAddPhoto"_s))
        addButtons << o;
    REQUIRE(addButtons.size() == 2); // rectification and follow-up strips
    AppWindow::press(addButtons.last());
    QPointer<QObject> capture = w.find(u"cameraCapturePage"_s);
    REQUIRE_FALSE(capture->property("hasCamera").toBool());
    REQUIRE(w.find(u"cameraMissing"_s)->property("visible").toBool());
    w.find(u"evidenceFilePath"_s)->setProperty("text", photo);
    AppWindow::press(w.find(u"evidenceAddFile"_s));
    INFO(capture->property("problem").toString().toStdString());
    // Stored: the capture page closes (its loader drops it, deleted later).
    REQUIRE(apptest::waitFor(
        [&] { return capture.isNull() || !capture->property("visible").toBool(); }));

    w.find(u"taskFollowUpPassed"_s)->setProperty("checked", false);
    w.find(u"taskFollowUpNotes"_s)->setProperty("text", u"the sand pile is back"_s);
    AppWindow::press(w.find(u"taskFollowUpSave"_s));

    const fl::RectificationTask task = storedTask(w.records(), taskId);
    REQUIRE(task.status == fl::TaskStatus::Reopened);
    REQUIRE(task.followUps.size() == 1);
    REQUIRE(task.followUps.at(0).notes == u"the sand pile is back"_s);
    REQUIRE(task.followUps.at(0).evidenceIds.size() == 1);
    auto evidence = w.records().store().record(task.followUps.at(0).evidenceIds.first());
    REQUIRE(evidence.ok());
    REQUIRE(evidence->body.value(u"linkedRecordId"_s).toString() == taskId);
    REQUIRE(evidence->body.value(u"linkedItemId"_s).toString() == u"followup-1"_s);
    REQUIRE(w.find(u"taskError"_s)->property("text").toString().isEmpty());
    REQUIRE(w.warnings == QStringList());
}

TEST_CASE("in the gallery a photo opens with its watermark and takes an annotation", "[screens]")
{
    AppWindow w;
    const QString taskId = closedTask(w.records());
    QImage image(64, 64, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    const QString photo = w.dir.filePath(u"bank.jpg"_s);
    REQUIRE(image.save(photo));
    fl::EvidenceCapture capture;
    capture.sourcePath = photo;
    capture.linkedRecordId = taskId;
    auto added = w.records().store().addEvidence(capture, kMe);
    REQUIRE(added.ok());
    w.load();

    QObject *gallery = w.openScreen(u"evidence"_s);
    REQUIRE(gallery->objectName() == u"evidencePage"_s);
    REQUIRE(w.find(u"evidenceGrid"_s)->property("count").toInt() == 2);
    AppWindow::press(w.find(u"evidenceThumb-0"_s)); // newest first: the photo
    REQUIRE(apptest::waitFor([&] { return w.current()->objectName() == u"evidenceViewPage"_s; }));
    REQUIRE(w.current()->property("evidenceId").toString() == added->meta.id);
    REQUIRE(w.find(u"watermarkLine-2"_s)->property("text").toString().contains(kMe));

    w.find(u"evidenceAnnotation"_s)->setProperty("text", u"taken from the bridge"_s);
    AppWindow::press(w.find(u"evidenceAnnotate"_s));
    REQUIRE(apptest::waitFor([&] {
        QObject *text = AppWindow::findItem(qobject_cast<QQuickWindow *>(w.window)->contentItem(),
                                            u"evidenceAnnotationText"_s);
        return text && text->property("text").toString().contains(u"taken from the bridge"_s);
    }));
    REQUIRE(w.find(u"evidenceAnnotation"_s)->property("text").toString().isEmpty());
    auto original = w.records().store().record(added->meta.id);
    REQUIRE(original->meta.revision == 1);
    REQUIRE(w.warnings == QStringList());
}

TEST_CASE("the evidence and task screens are neither blank nor clipped in any language",
          "[screens]")
{
    AppWindow w;
    const QString taskId = closedTask(w.records());
    QImage image(64, 64, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    const QString photo = w.dir.filePath(u"tour.jpg"_s);
    REQUIRE(image.save(photo));
    fl::EvidenceCapture capture;
    capture.sourcePath = photo;
    capture.linkedRecordId = taskId;
    capture.linkedItemId = u"rectification"_s;
    REQUIRE(w.records().store().addEvidence(capture, kMe).ok());
    fl::RectificationTask open;
    open.taskNumber = u"ZG-2026-031"_s;
    open.title = u"Take down the illegal fish farming nets in the reservoir inlet"_s;
    open.assignee = kMe;
    open.deadline = u"2026-11-20"_s; // overdue
    open.responsibleUnit = u"County fisheries office"_s;
    REQUIRE(w.records()
                .store()
                .createRecord(fl::RecordKind::RectificationTask, open.toJson(), u"office"_s)
                .ok());
    w.load();

    // Where the pictures go: FIELDLEDGER_SCREENSHOTS to look at them, a temporary folder else.
    const QString folder = qEnvironmentVariableIsSet("FIELDLEDGER_SCREENSHOTS")
                               ? qEnvironmentVariable("FIELDLEDGER_SCREENSHOTS")
                               : w.dir.filePath(u"screenshots"_s);
    ScreenTour tour(qobject_cast<QQuickWindow *>(w.window), w.app.get(), folder);
    tour.setScreens({u"evidence"_s, u"tasks"_s});
    bool finished = false;
    QObject::connect(&tour, &ScreenTour::finished, [&] { finished = true; });
    tour.start();
    REQUIRE(apptest::waitFor([&] { return finished; }, 60'000));
    INFO(tour.summary().toStdString());
    REQUIRE(tour.problems() == QStringList());
    REQUIRE(tour.savedFiles().size() >= 6);

    // The pages opened from those screens, in the last language the tour left (and English).
    for (const QString &language : {u"ug"_s, u"en"_s}) {
        w.app->settings()->setLanguage(language);
        auto *window = qobject_cast<QQuickWindow *>(w.window);
        w.openScreen(u"tasks"_s);
        w.find(u"taskShowClosed"_s)->setProperty("checked", true);
        REQUIRE(apptest::waitFor([&] { return w.find(u"taskList"_s)->property("count") == 2; }));
        if (qEnvironmentVariableIsSet("FIELDLEDGER_SCREENSHOTS"))
            window->grabWindow().save(folder + u"/tasksPage-"_s + language + u".png"_s);
        AppWindow::press(w.find(u"task-1"_s)); // the closed-out task, after the overdue one
        REQUIRE(apptest::waitFor([&] { return w.current()->objectName() == u"taskPage"_s; }));
        apptest::waitFor([] { return false; }, 1000); // let it lay out and render
        if (qEnvironmentVariableIsSet("FIELDLEDGER_SCREENSHOTS"))
            window->grabWindow().save(folder + u"/taskPage-"_s + language + u".png"_s);
        REQUIRE(ScreenTour::clippedItems(window) == QStringList());

        w.openScreen(u"evidence"_s);
        AppWindow::press(w.find(u"evidenceThumb-0"_s));
        REQUIRE(
            apptest::waitFor([&] { return w.current()->objectName() == u"evidenceViewPage"_s; }));
        // Until the page has slid in, it is partly outside the window.
        QObject *stack = w.find(u"screens"_s);
        REQUIRE(apptest::waitFor([stack] { return !stack->property("busy").toBool(); }));
        apptest::waitFor([] { return false; }, 100);
        if (qEnvironmentVariableIsSet("FIELDLEDGER_SCREENSHOTS")) {
            apptest::waitFor([] { return false; }, 1000);
            window->grabWindow().save(folder + u"/evidenceViewPage-"_s + language + u".png"_s);
        }
        REQUIRE(ScreenTour::clippedItems(window) == QStringList());
    }
    REQUIRE(w.warnings == QStringList());
}
