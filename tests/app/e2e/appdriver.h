#pragma once

// Drives the real app in this process: FieldApp opened on a store folder with a position source,
// Main.qml loaded offscreen, and the screens used as a person would: find a control by its
// objectName, click it with the mouse, type into it with the keyboard.

#include "fieldapp.h"

#include <QQmlApplicationEngine>
#include <QString>

#include <memory>

class QGeoPositionInfoSource;
class QQuickItem;
class QQuickWindow;

class AppDriver
{
public:
    // Screenshots go under `screenshotFolder`.
    AppDriver(const FieldAppOptions &options, QGeoPositionInfoSource *positionSource,
              QString screenshotFolder);
    ~AppDriver();

    [[nodiscard]] FieldApp &app() { return *m_app; }
    [[nodiscard]] QQuickWindow *window() const { return m_window; }

    // Shows a screen by its name in Main.qml's list and returns its page.
    QQuickItem *openScreen(const QString &name);
    // The visible item with this objectName (in the pages and popups), or null.
    [[nodiscard]] QQuickItem *find(const QString &objectName) const;
    // find(), waiting up to `timeoutMs` for it to appear; fails the test when it does not.
    QQuickItem *require(const QString &objectName, int timeoutMs = 5000) const;
    // A mouse click in the middle of the control, after scrolling it into view.
    void click(const QString &objectName);
    // Focuses the text input (a TextField, TextArea or FlField) and types `text`, then Enter.
    void type(const QString &objectName, const QString &text);
    // Picks the entry with this index in a ComboBox.
    void choose(const QString &objectName, int index);
    // A pen stroke on an item, from and to points given as fractions of its size.
    void drag(const QString &objectName, QPointF from, QPointF to);
    // Saves the window as it is now in every language (SCREENSHOT_DIR/<language>/NN-name.png)
    // and notes a blank or clipped screen in problems(); the language is restored afterwards.
    void capture(const QString &name);
    [[nodiscard]] QStringList problems() const { return m_problems; }
    // Calls a QML function of the item with this objectName.
    QVariant call(const QString &objectName, const char *function, const QVariantList &args = {});

private:
    void scrollIntoView(QQuickItem *item);

    std::unique_ptr<FieldApp> m_app;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    QString m_screenshots;
    int m_captures = 0;
    QStringList m_problems;
};
