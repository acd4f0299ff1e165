// The Sync screen itself (SyncPage.qml) on a real SyncController and a real ledgerd: it loads
// without a QML warning, the typed enrolment form enrols, the QR path (enrolWithLink) enrols,
// "Sync now" sends what waits and the result shows in words, a refusal shows with Retry.

#include "apptest.h"
#include "fieldapp.h"
#include "ledgerdprocess.h"
#include "recordstore.h"
#include "refusalmodel.h"
#include "samples.h"
#include "synccontroller.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::StringLiterals;
using apptest::waitFor;
using fl::test::LedgerdProcess;

namespace {

QStringList s_warnings;
QtMessageHandler s_previous = nullptr;

void keepWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg && message.contains(u"/sync/"_s))
        s_warnings << message;
    s_previous(type, context, message);
}

// The app as main builds it (English), the page on a window of a phone's size.
struct Screen
{
    QTemporaryDir dir;
    std::unique_ptr<FieldApp> app;
    std::unique_ptr<SyncController> sync;
    QQmlEngine engine;
    QQuickWindow window;
    QQuickItem *page = nullptr;

    Screen()
    {
        FieldAppOptions options;
        options.storeFolder = dir.filePath(u"store"_s);
        options.author = u"李明"_s;
        options.language = u"en"_s;
        auto opened = FieldApp::open(options, nullptr);
        REQUIRE(opened.ok());
        app = std::move(*opened);
        FieldApp::setInstance(app.get());
        sync = std::make_unique<SyncController>(app->store(), app->settings());
        sync->setAutoSync(false);
        fl::SyncOptions fast;
        fast.initialBackoffMs = 20;
        fast.maxBackoffMs = 50;
        fast.maxAttempts = 2;
        sync->setOptions(fast);

        engine.addImportPath(u"qrc:/qt/qml"_s); // as main does (a default from Qt 6.5 on)
        // The app's singleton first, as Main.qml does: its creation installs the language into
        // the engine (a retranslate), which inside the page's first binding would be a loop.
        QQmlComponent touch(&engine);
        touch.setData("import QtQml\nimport FieldLedger\nQtObject { property var app: FieldApp }",
                      QUrl(u"qrc:/qt/qml/FieldLedger/sync/TouchApp.qml"_s));
        std::unique_ptr<QObject> touched(touch.create());
        REQUIRE(touched);
        REQUIRE(touched->property("app").value<QObject *>() == app.get());
        s_warnings.clear();
        s_previous = qInstallMessageHandler(keepWarnings);
        QQmlComponent component(&engine, QUrl(u"qrc:/qt/qml/FieldLedger/sync/SyncPage.qml"_s));
        INFO(component.errorString().toStdString());
        REQUIRE(component.status() == QQmlComponent::Ready);
        QObject *made = component.createWithInitialProperties(
            {{u"controller"_s, QVariant::fromValue(sync.get())}});
        REQUIRE(made);
        page = qobject_cast<QQuickItem *>(made);
        REQUIRE(page);
        page->setParentItem(window.contentItem());
        page->setSize(QSizeF(432, 900));
        window.resize(432, 900);
        window.show();
        waitFor([] { return false; }, 50); // let the layouts settle
    }
    ~Screen()
    {
        delete page;
        qInstallMessageHandler(s_previous);
        FieldApp::setInstance(nullptr);
    }

    // Items a Repeater made have no QObject parent: search the visual tree too.
    static QObject *search(QQuickItem *item, const QString &name)
    {
        if (item->objectName() == name)
            return item;
        if (QObject *found = item->findChild<QObject *>(name))
            return found;
        for (QQuickItem *child : item->childItems()) {
            if (QObject *found = search(child, name))
                return found;
        }
        return nullptr;
    }
    QObject *find(const QString &name)
    {
        QObject *found = search(page, name);
        INFO(name.toStdString());
        REQUIRE(found);
        return found;
    }
    bool visible(const QString &name) { return find(name)->property("visible").toBool(); }
    void click(const QString &name)
    {
        QObject *button = find(name);
        REQUIRE(button->property("enabled").toBool());
        REQUIRE(QMetaObject::invokeMethod(button, "clicked"));
    }
};

QString addPatrol(RecordStore *records, const QString &division)
{
    fl::Patrol patrol = fl::samples::patrol(records->store().now() - 3'600'000);
    patrol.divisionCode = division;
    auto saved = records->store().createRecord(fl::RecordKind::Patrol, patrol.toJson(), u"李明"_s);
    REQUIRE(saved.ok());
    records->notifyChanged(fl::RecordKind::Patrol);
    return saved->meta.id;
}

} // namespace

TEST_CASE("sync page: enrol with the typed code, sync now, see the result and the refusal",
          "[syncpage]")
{
    LedgerdProcess ledgerd;
    ledgerd.addUser(u"liming"_s, u"river-chief"_s, {u"650100"_s});
    Screen screen;
    REQUIRE(screen.visible(u"syncServer"_s));
    REQUIRE(screen.find(u"syncScanFile"_s));
    REQUIRE_FALSE(screen.visible(u"syncNow"_s));

    // A wrong code: the words show under the form, what was typed stays.
    screen.find(u"syncServer"_s)->setProperty("text", ledgerd.url().toString());
    screen.find(u"syncCode"_s)->setProperty("text", u"AAAA-BBBB-CCCC"_s);
    screen.click(u"syncEnrol"_s);
    REQUIRE(screen.find(u"syncEnrolError"_s)
                ->property("text")
                .toString()
                .startsWith(u"The ledger does not know this enrolment code"_s));
    REQUIRE(screen.find(u"syncCode"_s)->property("text").toString() == u"AAAA-BBBB-CCCC"_s);

    screen.find(u"syncCode"_s)->setProperty("text", ledgerd.enrolCode(u"liming"_s));
    screen.click(u"syncEnrol"_s);
    INFO(screen.sync->error().toStdString());
    REQUIRE(screen.sync->enrolled());
    REQUIRE(waitFor([&] { return screen.visible(u"syncNow"_s); }));
    REQUIRE_FALSE(screen.visible(u"syncServer"_s));
    REQUIRE(screen.find(u"syncWho"_s)->property("text").toString() ==
            u"Enrolled as liming, River chief"_s);

    addPatrol(screen.app->store(), u"650102"_s);
    addPatrol(screen.app->store(), u"652801"_s); // outside liming's area: refused
    REQUIRE(screen.find(u"syncPending"_s)
                ->property("text")
                .toString()
                .startsWith(u"Waiting to be sent: 2 changes, 0 photos or files"_s));
    screen.click(u"syncNow"_s);
    REQUIRE(screen.visible(u"syncProgress"_s));
    REQUIRE(waitFor([&] { return !screen.sync->running(); }, 30'000));
    REQUIRE(screen.find(u"syncResult"_s)->property("text").toString() == screen.sync->lastResult());
    REQUIRE(screen.sync->lastResult().startsWith(u"Synced: 1 records sent, 0 received."_s));
    REQUIRE(screen.find(u"syncProgress"_s)->property("value").toDouble() == 1.0);

    // The refusal, with its advice and Retry.
    REQUIRE(waitFor([&] { return Screen::search(screen.page, u"syncRefusalRetry"_s); }));
    const QString advice = screen.find(u"syncRefusalAdvice"_s)->property("text").toString();
    REQUIRE(advice.startsWith(u"Your role or your area does not cover this record"_s));
    screen.click(u"syncRefusalRetry"_s);
    REQUIRE(screen.sync->refusals()->count() == 0);
    REQUIRE(screen.sync->refusedCount() == 0);

    // The switch is the controller's setting.
    QObject *autoSwitch = screen.find(u"syncAuto"_s);
    REQUIRE_FALSE(autoSwitch->property("checked").toBool());
    screen.sync->setAutoSync(true);
    REQUIRE(autoSwitch->property("checked").toBool());
    screen.sync->setAutoSync(false);

    INFO(s_warnings.join(u'\n').toStdString());
    REQUIRE(s_warnings.isEmpty());
}

TEST_CASE("sync page: a scanned enrolment QR code enrols through enrolWithLink", "[syncpage]")
{
    LedgerdProcess ledgerd;
    ledgerd.addUser(u"ayguli"_s, u"green-shield"_s, {u"652800"_s});
    const auto issued = ledgerd.run(
        {u"enrol-code"_s, u"--user"_s, u"ayguli"_s, u"--server"_s, ledgerd.url().toString()});
    REQUIRE(issued.exitCode == 0);
    const QString link = issued.out.split(u'\n').filter(u"fieldledger://"_s).value(0).trimmed();

    Screen screen;
    QVariant enrolled;
    REQUIRE(QMetaObject::invokeMethod(screen.page, "enrolWithLink",
                                      Q_RETURN_ARG(QVariant, enrolled), Q_ARG(QVariant, link)));
    INFO(screen.sync->error().toStdString());
    REQUIRE(enrolled.toBool());
    REQUIRE(screen.sync->userName() == u"ayguli"_s);
    REQUIRE(waitFor([&] { return screen.visible(u"syncNow"_s); }));
    INFO(s_warnings.join(u'\n').toStdString());
    REQUIRE(s_warnings.isEmpty());
}
