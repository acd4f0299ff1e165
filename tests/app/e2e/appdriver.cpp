#include "appdriver.h"

#include "appsettings.h"
#include "apptest.h"
#include "screentour.h"
#include "translator.h"

#include <QDir>
#include <QImage>

#include <QGeoPositionInfoSource>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QQuickItem *findVisible(QQuickItem *root, const QString &name)
{
    if (!root->isVisible())
        return nullptr;
    if (root->objectName() == name)
        return root;
    for (QQuickItem *child : root->childItems()) {
        if (QQuickItem *found = findVisible(child, name))
            return found;
    }
    return nullptr;
}

// The flickable a control scrolls with, if any.
QQuickItem *flickableOf(QQuickItem *item)
{
    for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (p->inherits("QQuickFlickable"))
            return p;
    }
    return nullptr;
}

void collectNames(QQuickItem *root, QStringList &names)
{
    if (!root->isVisible())
        return;
    if (!root->objectName().isEmpty())
        names << root->objectName();
    for (QQuickItem *child : root->childItems())
        collectNames(child, names);
}

} // namespace

AppDriver::AppDriver(const FieldAppOptions &options, QGeoPositionInfoSource *positionSource,
                     QString screenshotFolder)
    : m_screenshots(std::move(screenshotFolder))
{
    auto app = FieldApp::open(options, positionSource);
    INFO((app ? QString() : app.error().message).toStdString());
    REQUIRE(app.ok());
    m_app = std::move(*app);
    FieldApp::setInstance(m_app.get());
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(u"qrc:/qt/qml"_s);
    m_engine->load(QUrl(u"qrc:/qt/qml/FieldLedger/Main.qml"_s));
    REQUIRE(m_engine->rootObjects().size() == 1);
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().first());
    REQUIRE(m_window);
    REQUIRE(QTest::qWaitForWindowExposed(m_window));
}

AppDriver::~AppDriver()
{
    m_engine.reset(); // the screens go before the app they show
    FieldApp::setInstance(nullptr);
}

QQuickItem *AppDriver::openScreen(const QString &name)
{
    QVariant page;
    REQUIRE(QMetaObject::invokeMethod(m_window, "openScreen", Q_RETURN_ARG(QVariant, page),
                                      Q_ARG(QVariant, name)));
    QTest::qWait(50);
    return page.value<QQuickItem *>();
}

QQuickItem *AppDriver::find(const QString &objectName) const
{
    // Popups (the camera page, dialogs) live in the window's overlay, beside the screens.
    if (auto *overlay =
            qobject_cast<QQuickItem *>(m_window->property("overlay").value<QObject *>())) {
        if (QQuickItem *found = findVisible(overlay, objectName))
            return found;
    }
    return findVisible(m_window->contentItem(), objectName);
}

QQuickItem *AppDriver::require(const QString &objectName, int timeoutMs) const
{
    // A screen that is still sliding in takes no input (StackView is busy): wait for it.
    if (QQuickItem *stack = findVisible(m_window->contentItem(), u"screens"_s))
        apptest::waitFor([stack] { return !stack->property("busy").toBool(); }, timeoutMs);
    QQuickItem *item = nullptr;
    apptest::waitFor([&] { return (item = find(objectName)) != nullptr; }, timeoutMs);
    if (!item) {
        QStringList names;
        collectNames(m_window->contentItem(), names);
        if (auto *overlay =
                qobject_cast<QQuickItem *>(m_window->property("overlay").value<QObject *>()))
            collectNames(overlay, names);
        INFO("visible now: " << names.join(u", "_s).toStdString());
        INFO("no visible item named " << objectName.toStdString());
        REQUIRE(item);
    }
    return item;
}

void AppDriver::scrollIntoView(QQuickItem *item)
{
    QTest::qWait(50); // the layout settles (polish) after the last change before we aim
    QQuickItem *flickable = flickableOf(item);
    if (!flickable)
        return;
    const QPointF top =
        item->mapToItem(flickable->property("contentItem").value<QQuickItem *>(), QPointF(0, 0));
    const double contentHeight = flickable->property("contentHeight").toDouble();
    const double y = std::clamp(top.y() - flickable->height() / 3, 0.0,
                                std::max(0.0, contentHeight - flickable->height()));
    flickable->setProperty("contentY", y);
    QTest::qWait(20);
}

void AppDriver::click(const QString &objectName)
{
    QQuickItem *item = require(objectName);
    scrollIntoView(item);
    INFO(objectName.toStdString() << " must be enabled to click it");
    REQUIRE(item->isEnabled());
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(m_window, Qt::LeftButton, {}, centre.toPoint());
    QTest::qWait(30);
}

// The text input a control stands for: itself, an FlField's input, or the first one inside.
static QQuickItem *textInputOf(QQuickItem *item)
{
    if (item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit"))
        return item;
    if (auto *input = item->property("input").value<QQuickItem *>())
        return input;
    for (QQuickItem *child : item->childItems()) {
        if (QQuickItem *found = textInputOf(child))
            return found;
    }
    return nullptr;
}

void AppDriver::type(const QString &objectName, const QString &text)
{
    QQuickItem *item = textInputOf(require(objectName));
    INFO(objectName.toStdString() << " must be a text input");
    REQUIRE(item);
    scrollIntoView(item);
    item->forceActiveFocus();
    QTest::qWait(10);
    QTest::keyClick(m_window, Qt::Key_A, Qt::ControlModifier); // replace what is there
    // One key event per character, as a keyboard or an input method delivers them.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype n = text.at(i).isHighSurrogate() ? 2 : 1;
        QTest::sendKeyEvent(QTest::Click, m_window, Qt::Key_unknown, text.mid(i, n),
                            Qt::NoModifier);
        i += n - 1;
    }
    if (item->inherits("QQuickTextInput"))
        QTest::keyClick(m_window, Qt::Key_Return); // a one-line field: Enter ends the entry
    QTest::qWait(10);
    INFO("typed into " << objectName.toStdString());
    REQUIRE(item->property("text").toString() == text);
}

void AppDriver::choose(const QString &objectName, int index)
{
    QQuickItem *combo = require(objectName);
    scrollIntoView(combo);
    REQUIRE(index < combo->property("count").toInt());
    // Through the control's own method, as its popup's delegate does on a tap.
    combo->setProperty("currentIndex", index);
    QMetaObject::invokeMethod(combo, "activated", Q_ARG(int, index));
    QTest::qWait(10);
}

void AppDriver::drag(const QString &objectName, QPointF from, QPointF to)
{
    QQuickItem *item = require(objectName);
    scrollIntoView(item);
    auto at = [item](QPointF f) {
        return item->mapToScene(QPointF(f.x() * item->width(), f.y() * item->height())).toPoint();
    };
    QTest::mousePress(m_window, Qt::LeftButton, {}, at(from));
    constexpr int steps = 12;
    for (int i = 1; i <= steps; ++i) {
        const QPointF p = from + (to - from) * (double(i) / steps);
        QTest::mouseMove(m_window, at(p), 8);
    }
    QTest::mouseRelease(m_window, Qt::LeftButton, {}, at(to), 8);
    QTest::qWait(10);
}

void AppDriver::capture(const QString &name)
{
    // The screen as it opens: scrolled to its top, after a sliding screen has settled.
    QQuickItem *screens = require(u"screens"_s);
    if (auto *page =
            qobject_cast<QQuickItem *>(screens->property("currentItem").value<QObject *>())) {
        const auto flickables = page->findChildren<QQuickItem *>();
        for (QQuickItem *item : flickables) {
            if (item->inherits("QQuickFlickable") && !item->inherits("QQuickListView")) {
                item->setProperty("contentY", item->property("originY"));
                break;
            }
        }
    }
    AppSettings *settings = m_app->settings();
    const QString original = settings->language();
    ++m_captures;
    for (const QString &language : Translator::languages()) {
        settings->setLanguage(language);
        QTest::qWait(150);
        const QImage image = m_window->grabWindow();
        const QString where = u"%1/%2"_s.arg(language, name);
        for (const QString &problem :
             ScreenTour::blankProblems(image) + ScreenTour::clippedItems(m_window))
            m_problems << u"%1: %2"_s.arg(where, problem);
        const QString dir = m_screenshots + u'/' + language;
        QDir().mkpath(dir);
        REQUIRE(image.save(
            u"%1/flow-%2-%3.png"_s.arg(dir).arg(m_captures, 2, 10, QChar(u'0')).arg(name)));
    }
    settings->setLanguage(original);
    QTest::qWait(100);
}

QVariant AppDriver::call(const QString &objectName, const char *function, const QVariantList &args)
{
    QQuickItem *item = require(objectName);
    QVariant result;
    bool ok = false;
    switch (args.size()) {
    case 0:
        ok = QMetaObject::invokeMethod(item, function, Q_RETURN_ARG(QVariant, result));
        break;
    case 1:
        ok = QMetaObject::invokeMethod(item, function, Q_RETURN_ARG(QVariant, result),
                                       Q_ARG(QVariant, args.at(0)));
        break;
    default:
        ok = QMetaObject::invokeMethod(item, function, Q_RETURN_ARG(QVariant, result),
                                       Q_ARG(QVariant, args.at(0)), Q_ARG(QVariant, args.at(1)));
        break;
    }
    INFO(objectName.toStdString() << "." << function << "() must exist");
    REQUIRE(ok);
    return result;
}
