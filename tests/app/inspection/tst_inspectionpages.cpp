#include "apptest.h"
#include "codescanner.h"
#include "inspectiondraft.h"
#include "inspectiontest.h"

#include "signaturepad.h"
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickView>
#include <QSet>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QObject *findIn(QObject *object, const QString &name);

// The inspection screens around one draft, as the real module builds them (the Qt Quick Test
// runner of Qt 6.4 has no qrc:/qt/qml import path, so these run here).
struct Screens
{
    Screens() { engine.addImportPath(u"qrc:/qt/qml"_s); }

    // Builds `qml` (a body inside an Item that has `draft`), returning the root item.
    QObject *build(const QString &body)
    {
        const QByteArray source = "import QtQuick\nimport QtQuick.Controls\nimport FieldLedger\n"
                                  "Item { width: 432; height: 900\n" +
                                  body.toUtf8() + "\n}\n";
        QQmlComponent component(&engine);
        component.setData(source, QUrl(u"qrc:/inspectionpages/test.qml"_s));
        INFO(component.errorString().toStdString());
        REQUIRE(component.isReady());
        root.reset(component.create());
        INFO(component.errorString().toStdString());
        REQUIRE(root);
        return root.get();
    }

    template <typename T = QObject>
    T *find(const QString &name)
    {
        auto *found = qobject_cast<T *>(findIn(root.get(), name));
        INFO("objectName " << name.toStdString());
        REQUIRE(found);
        return found;
    }

    QQmlEngine engine;
    std::unique_ptr<QObject> root;
};

// Repeater delegates hang off the visual tree, not always the QObject tree: search both.
QObject *findIn(QObject *object, const QString &name)
{
    if (!object)
        return nullptr;
    if (object->objectName() == name)
        return object;
    for (QObject *child : object->children()) {
        if (QObject *found = findIn(child, name))
            return found;
    }
    if (auto *item = qobject_cast<QQuickItem *>(object)) {
        for (QQuickItem *child : item->childItems()) {
            if (QObject *found = findIn(child, name))
                return found;
        }
    }
    return nullptr;
}

int countIn(QObject *object, const QString &name, QSet<QObject *> &seen)
{
    if (!object || seen.contains(object))
        return 0;
    seen.insert(object);
    int count = object->objectName() == name ? 1 : 0;
    for (QObject *child : object->children())
        count += countIn(child, name, seen);
    if (auto *item = qobject_cast<QQuickItem *>(object)) {
        for (QQuickItem *child : item->childItems())
            count += countIn(child, name, seen);
    }
    return count;
}

void click(QObject *button)
{
    REQUIRE(QMetaObject::invokeMethod(button, "clicked"));
}

} // namespace

TEST_CASE("The enterprise card says what is wrong with a code and asks for the reason")
{
    Screens screens;
    QObject *root = screens.build(uR"(
        InspectionDraft { id: draft; objectName: "draft" }
        InspectionEnterpriseCard { width: 400; draft: draft }
    )"_s);
    auto *draft = screens.find<InspectionDraft>(u"draft"_s);
    REQUIRE(draft->begin(inspectiontest::demoText(u"enterprise-qr-bad.txt"_s)));
    CHECK(screens.find(u"inspectionCodeStatus"_s)
              ->property("text")
              .toString()
              .contains(u"wrong check character: expected 3, found 0"_s));
    CHECK(screens.find(u"inspectionOverrideReason"_s)->property("visible").toBool());
    CHECK(screens.find(u"inspectionNotInDirectory"_s)
              ->property("text")
              .toString()
              .contains(u"not in the offline directory"_s));
    REQUIRE(draft->begin(u"91650109MA7DEK2133"_s));
    CHECK(screens.find(u"inspectionCodeStatus"_s)->property("text").toString() ==
          u"Credit code 91650109MA7DEK2133 is valid."_s);
    CHECK_FALSE(screens.find(u"inspectionOverrideReason"_s)->property("visible").toBool());
    (void)root;
}

TEST_CASE("The checklist screen takes results from its buttons")
{
    Screens screens;
    screens.build(uR"(
        InspectionDraft { id: draft; objectName: "draft" }
        Component.onCompleted: {
            draft.begin("91650109MA7DEK2133")
            draft.applyTemplate("危险废物管理")
        }
        ChecklistPage { anchors.fill: parent; draft: draft }
    )"_s);
    auto *draft = screens.find<InspectionDraft>(u"draft"_s);
    REQUIRE(draft->checklist()->count() == 4);
    click(screens.find(u"checklistResult-problem-1"_s));
    CHECK(draft->checklist()->problemCount() == 1);
    click(screens.find(u"checklistResult-ok-0"_s));
    CHECK(draft->checklist()->items().at(0).result == fl::CheckResult::NoProblem);
    CHECK(draft->checklist()->openCount() == 2);
    CHECK(screens.find(u"checklistProblem1"_s)->property("visible").toBool());
    // Each checklist item has its own evidence strip for the problem's photos.
    for (int row = 0; row < 4; ++row) {
        QSet<QObject *> seen;
        CHECK(countIn(screens.root.get(), u"findingEvidence%1"_s.arg(row), seen) == 1);
    }
}

TEST_CASE("The form, the signature page and the preview show the draft")
{
    apptest::TempStore temp;
    REQUIRE(temp.store().saveEnterprise(inspectiontest::demoEnterprise()).ok());
    Screens screens;
    screens.build(uR"(
        InspectionDraft { id: draft; objectName: "draft" }
        Column {
            InspectionForm { width: 400; draft: draft }
            SignaturePage { width: 400; height: 700; draft: draft }
            RecordPreviewPage { width: 400; height: 700; draft: draft }
        }
    )"_s);
    auto *draft = screens.find<InspectionDraft>(u"draft"_s);
    draft->setStore(temp.records.get());
    REQUIRE(draft->begin(u"91650109MA7DEK2133"_s));
    draft->inspectors()->add(u"李明"_s, u"65010020190012"_s);
    draft->inspectors()->add(u"热合曼·艾力"_s, u"65010020170045"_s);
    draft->setFindings(u"危险废物贮存不规范"_s);

    CHECK(screens.find(u"signatureMissing"_s)->property("text").toString().contains(u"李明"_s));
    CHECK_FALSE(screens.find(u"signatureSave"_s)->property("enabled").toBool());
    const QString preview = screens.find(u"recordPreviewText"_s)->property("text").toString();
    CHECK(preview.contains(u"乌鲁木齐示范建材有限公司（演示数据）"_s));
    CHECK(preview.contains(u"危险废物贮存不规范"_s));

    click(screens.find(u"inspectionSave"_s));
    CHECK_FALSE(draft->recordId().isEmpty());
    click(screens.find(u"inspectionSign"_s));
    CHECK_FALSE(draft->isSigned());
    CHECK(screens.find(u"inspectionMessage"_s)
              ->property("text")
              .toString()
              .contains(u"inspector 李明 has not signed"_s));
}

TEST_CASE("The scan page offers a photo when there is no camera, and reads it")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"gate.png"_s);
    REQUIRE(inspectiontest::qrImage(inspectiontest::demoText(u"enterprise-qr.txt"_s))
                .save(path, "PNG"));
    Screens screens;
    screens.build(uR"(
        CodeScanner { id: scanner; objectName: "scanner" }
        property int reads: 0
        ScanPage { objectName: "scanPage"; anchors.fill: parent; scanner: scanner
                   onCodeRead: parent.reads++ }
    )"_s);
    QObject *page = screens.find(u"scanPage"_s);
    const bool hasCamera = page->property("hasCamera").toBool();
    const QString noCamera = screens.find(u"scanNoCamera"_s)->property("text").toString();
    if (!hasCamera)
        CHECK(noCamera == u"No camera on this device: choose a photo of the code instead."_s);
    QVariant found;
    REQUIRE(QMetaObject::invokeMethod(page, "scanFile", Q_RETURN_ARG(QVariant, found),
                                      Q_ARG(QVariant, QUrl::fromLocalFile(path))));
    CHECK(found.toBool());
    CHECK(screens.root->property("reads").toInt() == 1);
    auto *scanner = screens.find<CodeScanner>(u"scanner"_s);
    CHECK(scanner->code() == u"91650109MA7DEK2133"_s);
    REQUIRE(
        QMetaObject::invokeMethod(page, "scanFile", Q_RETURN_ARG(QVariant, found),
                                  Q_ARG(QVariant, QUrl::fromLocalFile(dir.filePath(u"x.png"_s)))));
    CHECK_FALSE(found.toBool());
    CHECK(screens.find(u"scanError"_s)->property("text").toString().contains(u"does not exist"_s));
}

TEST_CASE("A mouse drag on the signature page's pad is one stroke in pad coordinates")
{
    QQuickView view;
    view.engine()->addImportPath(u"qrc:/qt/qml"_s);
    view.setResizeMode(QQuickView::SizeRootObjectToView);
    view.resize(432, 600);
    QQmlComponent component(view.engine());
    component.setData("import QtQuick\nimport FieldLedger\n"
                      "Item { InspectionDraft { id: draft; objectName: 'draft' }\n"
                      "SignaturePage { anchors.fill: parent; draft: draft } }\n",
                      QUrl(u"qrc:/inspectionpages/pad.qml"_s));
    INFO(component.errorString().toStdString());
    auto *root = qobject_cast<QQuickItem *>(component.create());
    REQUIRE(root);
    root->setParentItem(view.contentItem());
    root->setSize(QSizeF(432, 600));
    view.show();
    REQUIRE(apptest::waitFor([&] { return view.isExposed(); }));

    auto *pad = qobject_cast<SignaturePad *>(findIn(root, u"signaturePad"_s));
    REQUIRE(pad);
    const QPointF start = pad->mapToScene(QPointF(pad->width() * 0.1, pad->height() * 0.2));
    const QPointF end = pad->mapToScene(QPointF(pad->width() * 0.9, pad->height() * 0.9));
    const auto send = [&](QEvent::Type type, QPointF at, Qt::MouseButtons buttons) {
        QMouseEvent event(type, at, at, view.mapToGlobal(at.toPoint()), Qt::LeftButton, buttons,
                          Qt::NoModifier);
        QCoreApplication::sendEvent(&view, &event);
    };
    send(QEvent::MouseButtonPress, start, Qt::LeftButton);
    for (int i = 1; i <= 20; ++i)
        send(QEvent::MouseMove, start + (end - start) * i / 20.0, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, end, Qt::NoButton);
    CHECK_FALSE(pad->empty());
    REQUIRE(pad->strokes().size() == 1);
    CHECK(pad->strokes().first().size() > 10);
    const fl::StrokePoint last = pad->strokes().first().last();
    CHECK(last.x == Approx(0.9).margin(0.02));
    CHECK(last.y == Approx(0.9).margin(0.02));
    delete root;
}
