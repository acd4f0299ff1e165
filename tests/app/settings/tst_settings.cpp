// The user's settings survive a restart, coordinates display in the chosen system, languages
// switch the layout direction, and the screenshot tour's checks see blank and clipped screens.

#include "appsettings.h"
#include "apptest.h"
#include "geo/gcj02.h"
#include "screentour.h"
#include "translator.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

using namespace Qt::StringLiterals;

TEST_CASE("Settings are kept in the store across a restart")
{
    QTemporaryDir dir;
    const QString folder = dir.path() + u"/store"_s;
    {
        auto store = RecordStore::openOrCreate(folder);
        REQUIRE(store.ok());
        RecordStore records(std::move(*store));
        AppSettings settings(&records);
        CHECK(settings.language() == u"zh_CN"_s); // the default
        settings.setLanguage(u"ug"_s);
        settings.setLanguage(u"fr"_s); // not shipped: ignored
        settings.setCoordinateSystem(AppSettings::Gcj02);
        settings.setServer(u"  http://ledger.example.org  "_s);
    }
    auto store = RecordStore::openOrCreate(folder);
    REQUIRE(store.ok());
    RecordStore records(std::move(*store));
    AppSettings settings(&records);
    CHECK(settings.language() == u"ug"_s);
    CHECK(settings.coordinateSystem() == AppSettings::Gcj02);
    CHECK(settings.server() == u"http://ledger.example.org"_s);
    CHECK(settings.storageBytes() == 0); // not counted at start: the Settings screen asks
    settings.refreshStorage();
    CHECK(settings.storageBytes() > 0);
}

TEST_CASE("Positions display in WGS-84 or GCJ-02 and records keep WGS-84")
{
    apptest::TempStore t;
    AppSettings settings(t.records.get());
    const double lat = 43.8256, lon = 87.6168; // Urumqi
    CHECK(settings.formatPosition(lat, lon) == u"43.82560° N, 87.61680° E"_s);
    settings.setCoordinateSystem(AppSettings::Gcj02);
    const fl::geo::LatLon shifted = fl::geo::wgs84ToGcj02({lat, lon});
    CHECK(settings.formatPosition(lat, lon) ==
          u"%1° N, %2° E"_s.arg(shifted.lat, 0, 'f', 5).arg(shifted.lon, 0, 'f', 5));
    CHECK(settings.formatPosition(lat, lon) != u"43.82560° N, 87.61680° E"_s);
    CHECK(settings.formatPosition(qQNaN(), lon) == u"no position"_s);
}

TEST_CASE("Display formats give short plain figures")
{
    CHECK(AppSettings::formatDistance(850) == u"850 m"_s);
    CHECK(AppSettings::formatDistance(3420) == u"3.42 km"_s);
    CHECK(AppSettings::formatDuration(45) == u"45 s"_s);
    CHECK(AppSettings::formatDuration(31 * 60 + 5) == u"31 min 5 s"_s);
    CHECK(AppSettings::formatDuration(2 * 3600 + 7 * 60) == u"2 h 7 min"_s);
    CHECK(AppSettings::formatBytes(512) == u"512 B"_s);
    CHECK(AppSettings::formatBytes(3 * 1024 * 1024 + 200 * 1024) == u"3.2 MB"_s);
    CHECK(AppSettings::formatBearing(0) == u"0° N"_s);
    CHECK(AppSettings::formatBearing(93) == u"93° E"_s);
    CHECK(AppSettings::formatBearing(-45) == u"315° NW"_s);
    CHECK(AppSettings::formatAccuracy(qQNaN()) == u"accuracy unknown"_s);
    // 2026-11-23 02:00 UTC is 10:00 in Beijing.
    CHECK(AppSettings::formatTime(1'795'399'200'000) == u"2026-11-23 10:00"_s);
    CHECK(AppSettings::formatTime(0) == u"never"_s);
}

TEST_CASE("Uyghur switches the layout to right-to-left and back")
{
    Translator translator;
    translator.setLanguage(u"ug"_s);
    CHECK(QGuiApplication::layoutDirection() == Qt::RightToLeft);
    CHECK(QLocale().textDirection() == Qt::RightToLeft);
    translator.setLanguage(u"en"_s);
    CHECK(QGuiApplication::layoutDirection() == Qt::LeftToRight);
    translator.setLanguage(u"xx"_s); // unknown: the default language
    CHECK(translator.language() == u"zh_CN"_s);
}

TEST_CASE("Translations are built into the app for every language")
{
    for (const QString &language : Translator::languages()) {
        QTranslator translator;
        INFO(language.toStdString());
        CHECK(translator.load(u":/i18n/fieldledger_%1.qm"_s.arg(language)));
    }
}

TEST_CASE("The tour's blank check tells an empty screen from a drawn one")
{
    QImage blank(432, 900, QImage::Format_RGB32);
    blank.fill(Qt::white);
    CHECK_FALSE(ScreenTour::blankProblems(blank).isEmpty());
    QImage drawn = blank;
    QPainter painter(&drawn);
    painter.setPen(Qt::black);
    painter.setFont(QFont(u"Noto Sans CJK SC"_s, 28));
    for (int y = 120; y < 900; y += 60)
        painter.drawText(20, y, u"巡河 patrol 四乱 %1"_s.arg(y));
    painter.end();
    CHECK(ScreenTour::blankProblems(drawn).isEmpty());
}

TEST_CASE("The tour's clip check finds text cut off and items outside the window")
{
    QQmlEngine engine;
    QQmlComponent component(&engine);
    component.setData(R"(
        import QtQuick
        Window {
            width: 200; height: 200; visible: true
            Text { objectName: "fits"; width: 190; text: "short" }
            Text { objectName: "cut"; y: 40; width: 60; text: "a sentence far too long for sixty pixels" }
            Text { y: 80; width: 60; elide: Text.ElideRight; text: "elided on purpose, that is fine" }
            Rectangle { objectName: "outside"; x: 150; y: 120; width: 100; height: 20 }
        })",
                      QUrl());
    std::unique_ptr<QObject> root(component.create());
    INFO(component.errorString().toStdString());
    auto *window = qobject_cast<QQuickWindow *>(root.get());
    REQUIRE(window);
    REQUIRE(QTest::qWaitForWindowExposed(window));
    const QStringList found = ScreenTour::clippedItems(window);
    INFO(found.join(u'\n').toStdString());
    REQUIRE(found.size() == 2);
    CHECK(found.filter(u"is cut off"_s).size() == 1);
    CHECK(found.filter(u"outside reaches outside the window"_s).size() == 1);
}
