// The Green Shield pages as the app loads them (FieldLedger module from resources, FieldApp
// with a real store and an NMEA position): the list shows the clues nearest first, a tap opens
// the clue, the verification form fills the editor, the zone shows in words, Save writes
// revision 2. Any QML warning from the pages fails the test.

#include "apptest.h"
#include "fieldapp.h"
#include "greenshieldtest.h"
#include "positionfeed.h"
#include "recordstore.h"

#include <QBuffer>
#include <QJsonObject>
#include <QNmeaPositionInfoSource>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>

using namespace greenshieldtest;
using apptest::waitFor;

namespace {

QStringList g_warnings;
QtMessageHandler g_previous = nullptr;

void collectWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg && message.contains(QLatin1String(".qml")))
        g_warnings << message;
    if (g_previous)
        g_previous(type, context, message);
}

QObject *find(QObject *root, const char *name)
{
    QObject *found = root->findChild<QObject *>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(found != nullptr);
    return found;
}

// List delegates are in the visual tree only (no QObject parent).
QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (root->objectName() == name)
        return root;
    for (QQuickItem *child : root->childItems()) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

void press(QObject *button)
{
    REQUIRE(QMetaObject::invokeMethod(button, "clicked"));
}

} // namespace

TEST_CASE("Green Shield pages: list nearest first, open a clue, verify it, save")
{
    QTemporaryDir dir;
    auto *source = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::SimulationMode);
    auto *buffer = new QBuffer(source);
    buffer->setData(nmeaFixes({kBuffer}));
    buffer->open(QIODevice::ReadOnly);
    source->setDevice(buffer);
    FieldAppOptions options;
    options.storeFolder = dir.path() + QStringLiteral("/store");
    options.author = QStringLiteral("阿依古丽");
    options.language = QStringLiteral("en");
    auto app = FieldApp::open(options, source);
    REQUIRE(app.ok());
    FieldApp::setInstance(app->get());
    RecordStore *records = (*app)->store();
    importDemoAreas(records->store());
    const QString nearClue = addClue(records->store(), QStringLiteral("Z-NEAR"), kCore);
    addClue(records->store(), QStringLiteral("A-FAR"), kOutside);

    g_warnings.clear();
    g_previous = qInstallMessageHandler(collectWarnings);
    {
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        (*app)->attachEngine(&engine);
        QQmlComponent component(&engine);
        component.setData("import QtQuick\nimport QtQuick.Controls\nimport FieldLedger\n"
                          "ApplicationWindow { width: 432; height: 900; visible: true\n"
                          "  StackView { objectName: 'stack'; anchors.fill: parent\n"
                          "    initialItem: ClueListPage {} } }",
                          QUrl(QStringLiteral("qrc:/greenshield-test.qml")));
        std::unique_ptr<QObject> window(component.create());
        INFO(component.errorString().toStdString());
        REQUIRE(window != nullptr);
        QObject *stack = find(window.get(), "stack");
        QObject *list = find(window.get(), "clueList");

        REQUIRE(waitFor([&] { return (*app)->position()->valid(); }));
        REQUIRE(waitFor([&] { return list->property("count").toInt() == 2; }));
        // Nearest first although its code sorts last.
        QQuickItem *first = nullptr;
        REQUIRE(waitFor([&] {
            first = findItem(qobject_cast<QQuickItem *>(list), QStringLiteral("clueRow-0"));
            return first && first->property("clueCode").toString() == QStringLiteral("Z-NEAR");
        }));
        CHECK(first->property("distanceText").toString() == QStringLiteral("3.33 km"));

        press(first);
        REQUIRE(waitFor([&] {
            auto *page = stack->property("currentItem").value<QQuickItem *>();
            return page && page->objectName() == QStringLiteral("cluePage");
        }));
        auto *page = stack->property("currentItem").value<QQuickItem *>();
        CHECK(page->property("title").toString() == QStringLiteral("Z-NEAR"));
        find(page, "clueMap");
        find(page, "clueEvidence");
        CHECK(find(page, "clueZone")->property("text").toString() == QStringLiteral("Core area"));
        CHECK(find(page, "navigationDistance")->property("text").toString() ==
              QStringLiteral("3.33 km"));

        QObject *outcome = find(page, "clueOutcome");
        outcome->setProperty("currentIndex", 1); // confirmed
        REQUIRE(QMetaObject::invokeMethod(outcome, "activated", Q_ARG(int, 1)));
        find(page, "clueFacilityName")->setProperty("text", QStringLiteral("养殖塘"));
        find(page, "clueFacilityType")->setProperty("text", QStringLiteral("fish ponds"));
        find(page, "clueScale")->setProperty("text", QStringLiteral("1200 m2"));
        find(page, "clueCurrentState")->setProperty("text", QStringLiteral("in use"));
        find(page, "clueNotes")->setProperty("text", QStringLiteral("owner absent"));
        press(find(page, "clueUseMyPosition"));
        CHECK(find(page, "clueZone")->property("text").toString() == QStringLiteral("Buffer zone"));
        press(find(page, "clueSave"));
        CHECK(find(page, "clueError")->property("text").toString() == QString());
        CHECK_FALSE(find(page, "clueSaved")->property("text").toString().isEmpty());

        auto record = records->store().record(nearClue);
        REQUIRE(record.ok());
        CHECK(record->meta.revision == 2);
        const QJsonObject v = record->body.value(QStringLiteral("verification")).toObject();
        CHECK(v.value(QStringLiteral("outcome")).toString() == QStringLiteral("confirmed"));
        CHECK(v.value(QStringLiteral("facilityName")).toString() == QStringLiteral("养殖塘"));
        CHECK(v.value(QStringLiteral("notes")).toString() == QStringLiteral("owner absent"));
        CHECK(v.value(QStringLiteral("functionalZone")).toString() == QStringLiteral("buffer"));

        // A close-out without evidence: refused, in words, on the page.
        QObject *state = find(page, "clueCloseOutState");
        state->setProperty("currentIndex", 3); // closed out
        REQUIRE(QMetaObject::invokeMethod(state, "activated", Q_ARG(int, 3)));
        CHECK_FALSE(find(page, "clueCloseOutNeedsEvidence")->property("text").toString().isEmpty());
        press(find(page, "clueRectificationSave"));
        CHECK(find(page, "clueError")
                  ->property("text")
                  .toString()
                  .contains(QStringLiteral("A close-out needs evidence")));
        CHECK(records->store().record(nearClue)->meta.revision == 2);
    }
    qInstallMessageHandler(g_previous);
    FieldApp::setInstance(nullptr);
    CHECK(g_warnings == QStringList());
}
