#pragma once

// Visits every screen of the loaded Main.qml in every language and saves a PNG of each:
// `folder/<language>/<NN>-<screen>.png`. Works offscreen. Each picture is checked: a blank
// screen (one colour) or a clipped one (text cut off without eliding, an item hanging out of
// the window, as a wrong right-to-left mirror does) is reported as a problem.

#include <QObject>
#include <QStringList>

class FieldApp;
class QQuickItem;
class QQuickWindow;

class ScreenTour : public QObject
{
    Q_OBJECT

public:
    ScreenTour(QQuickWindow *window, FieldApp *app, QString folder, QObject *parent = nullptr);

    // Screens to visit (default: Main.qml's list), in every language the app ships.
    void setScreens(const QStringList &screens) { m_screens = screens; }

    void start();
    [[nodiscard]] QStringList savedFiles() const { return m_saved; }
    [[nodiscard]] QStringList problems() const { return m_problems; }
    [[nodiscard]] QString summary() const;

    // The checks, usable on any window: what looks blank or clipped in it, in plain words.
    [[nodiscard]] static QStringList blankProblems(const QImage &image);
    [[nodiscard]] static QStringList clippedItems(QQuickWindow *window);

Q_SIGNALS:
    void finished();

private:
    void next();
    void capture();

    QQuickWindow *m_window;
    FieldApp *m_app;
    QString m_folder;
    QStringList m_languages;
    QStringList m_screens;
    int m_languageIndex = 0;
    int m_screenIndex = 0;
    QStringList m_saved;
    QStringList m_problems;
};
