// The map view: Web Mercator round trips, navigation (pan, zoomAt keeps the anchor, fitBounds,
// clamping), the track path and layer (incremental, simplified per zoom), drawing into an image,
// and the QML API pages use.

#include "apptest.h"
#include "mapimage.h"
#include "mapview.h"
#include "tracklayer.h"
#include "trackpath.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QSignalSpy>

#include <cmath>
#include <memory>

namespace {

constexpr double kLat = 41.95; // Bosten Lake, west shore
constexpr double kLon = 86.75;

std::unique_ptr<MapView> makeView(double width = 400, double height = 300)
{
    auto view = std::make_unique<MapView>();
    view->setSize(QSizeF(width, height));
    view->centerOn(kLat, kLon, 12);
    return view;
}

// A patrol-like walk: 1 Hz, about 1.2 m/s, wandering along the river bank.
QList<fl::geo::LatLon> walk(int count, double startLat = kLat, double startLon = kLon)
{
    QList<fl::geo::LatLon> points;
    points.reserve(count);
    double lat = startLat;
    double lon = startLon;
    for (int i = 0; i < count; ++i) {
        // Following the bends of the river, with small steps aside.
        const double heading = 1.5 * std::sin(i / 900.0) + 0.3 * std::sin(i / 37.0) + 0.8;
        lat += 1.2 * std::cos(heading) / 111'000.0;
        lon += 1.2 * std::sin(heading) / 83'000.0;
        points.append({lat, lon});
    }
    return points;
}

} // namespace

TEST_CASE("Web Mercator projection round trips")
{
    for (double lat : {-85.0, -41.2, 0.0, 12.5, 41.95, 49.9, 85.0}) {
        for (double lon : {-179.9, -3.0, 0.0, 86.75, 179.9}) {
            const QPointF world = flmap::toWorld(lat, lon);
            CHECK(world.x() >= 0.0);
            CHECK(world.x() <= 1.0);
            CHECK(flmap::latitudeOf(world.y()) == Approx(lat).margin(1e-9));
            CHECK(flmap::longitudeOf(world.x()) == Approx(lon).margin(1e-9));
        }
    }
    CHECK(flmap::toWorld(0, 0) == QPointF(0.5, 0.5));
    // Beyond Web Mercator's square the latitude is held at its edge, not wrapped.
    CHECK(flmap::worldY(89.0) == Approx(0.0).margin(1e-9));
    // One pixel at zoom 0 on the equator is 156 km.
    CHECK(flmap::metersPerPixel(0, 0) == Approx(156'543.03).epsilon(1e-6));
}

TEST_CASE("MapView converts between screen and coordinates both ways")
{
    auto view = makeView();
    const QPointF center = view->toScreen(kLat, kLon);
    CHECK(center.x() == Approx(200));
    CHECK(center.y() == Approx(150));
    CHECK(view->centerLatitude() == Approx(kLat).margin(1e-9));
    CHECK(view->centerLongitude() == Approx(kLon).margin(1e-9));

    for (QPointF at : {QPointF(0, 0), QPointF(399, 299), QPointF(17.5, 250.25)}) {
        const QGeoCoordinate c = view->toCoordinate(at.x(), at.y());
        const QPointF back = view->toScreen(c.latitude(), c.longitude());
        CHECK(back.x() == Approx(at.x()).margin(1e-6));
        CHECK(back.y() == Approx(at.y()).margin(1e-6));
    }
    // North is up and east is right.
    const QPointF north = view->toScreen(kLat + 0.01, kLon);
    const QPointF east = view->toScreen(kLat, kLon + 0.01);
    CHECK(north.y() < center.y());
    CHECK(east.x() > center.x());
}

TEST_CASE("zoomAt keeps the place under the fingers where it is")
{
    auto view = makeView();
    QSignalSpy changed(view.get(), &MapView::viewChanged);
    for (double factor : {2.0, 1.37, 0.5, 0.81}) {
        const QPointF anchor(97, 233);
        const QGeoCoordinate before = view->toCoordinate(anchor.x(), anchor.y());
        const double zoom = view->zoom();
        view->zoomAt(factor, anchor.x(), anchor.y());
        CHECK(view->zoom() == Approx(zoom + std::log2(factor)));
        const QPointF after = view->toScreen(before.latitude(), before.longitude());
        CHECK(after.x() == Approx(anchor.x()).margin(1e-6));
        CHECK(after.y() == Approx(anchor.y()).margin(1e-6));
    }
    CHECK(changed.count() == 4);

    SECTION("zoom stays within 3 to 19")
    {
        view->setZoom(25);
        CHECK(view->zoom() == 19);
        changed.clear();
        view->zoomAt(2, 10, 10);
        CHECK(changed.count() == 0); // nothing moved, nothing to redraw
        view->setZoom(0.5);
        CHECK(view->zoom() == 3);
        view->zoomAt(0.25, 10, 10);
        CHECK(view->zoom() == 3);
    }
}

TEST_CASE("pan moves the map with the finger")
{
    auto view = makeView();
    const QPointF before = view->toScreen(kLat, kLon);
    view->pan(120, -40);
    const QPointF after = view->toScreen(kLat, kLon);
    CHECK(after.x() == Approx(before.x() + 120));
    CHECK(after.y() == Approx(before.y() - 40));
    CHECK(view->centerLongitude() < kLon); // dragging right shows what lies west
}

TEST_CASE("fitBounds shows the whole box, also when asked before the view has a size")
{
    const double minLat = 41.6, minLon = 86.3, maxLat = 42.3, maxLon = 87.5;
    const auto checkInside = [&](const MapView &view) {
        for (const auto &[lat, lon] : {std::pair{minLat, minLon}, std::pair{maxLat, maxLon}}) {
            const QPointF p = view.toScreen(lat, lon);
            CHECK(p.x() >= 0);
            CHECK(p.x() <= view.width());
            CHECK(p.y() >= 0);
            CHECK(p.y() <= view.height());
        }
        // and fills it: the wider side takes most of the view
        const QPointF a = view.toScreen(minLat, minLon);
        const QPointF b = view.toScreen(maxLat, maxLon);
        CHECK(std::max(std::abs(b.x() - a.x()) / view.width(),
                       std::abs(b.y() - a.y()) / view.height()) > 0.8);
    };
    auto view = makeView();
    view->fitBounds(minLat, minLon, maxLat, maxLon);
    checkInside(*view);

    MapView unsized;
    unsized.fitBounds(minLat, minLon, maxLat, maxLon);
    unsized.setSize(QSizeF(432, 600));
    checkInside(unsized);
}

TEST_CASE("fitLayer shows a whole track, and says when a layer is empty")
{
    auto view = makeView();
    TrackPath path;
    auto *layer = new TrackLayer;
    layer->setPath(&path);
    view->addLayer(layer);
    CHECK_FALSE(view->fitLayer(layer));

    const auto points = walk(3'600);
    path.setPoints(points);
    REQUIRE(view->fitLayer(layer));
    for (const auto &p : points) {
        const QPointF at = view->toScreen(p.lat, p.lon);
        REQUIRE(at.x() >= 0);
        REQUIRE(at.x() <= view->width());
        REQUIRE(at.y() >= 0);
        REQUIRE(at.y() <= view->height());
    }
    path.setPoints({points.front()});
    REQUIRE(view->fitLayer(layer, 17));
    CHECK(view->zoom() == 17);
    CHECK(view->centerLatitude() == Approx(points.front().lat).margin(1e-9));
}

TEST_CASE("TrackPath appends, replaces and clears, ignoring invalid coordinates")
{
    TrackPath path;
    QSignalSpy changed(&path, &TrackPath::changed);
    path.append(fl::geo::LatLon{kLat, kLon});
    path.append(fl::geo::LatLon{qQNaN(), kLon});
    path.append(fl::geo::LatLon{91, kLon});
    path.appendCoordinate(kLat + 0.001, kLon);
    CHECK(path.count() == 2);
    CHECK(changed.count() == 2);
    CHECK(path.points().back() == fl::geo::LatLon{kLat + 0.001, kLon});
    const auto generation = path.generation();

    path.setPoints(walk(100));
    CHECK(path.count() == 100);
    CHECK(path.generation() != generation);
    path.clear();
    CHECK(path.count() == 0);
    CHECK(changed.count() == 4);
}

TEST_CASE("TrackLayer simplifies an 8-hour track per zoom and extends it as fixes arrive")
{
    TrackPath path;
    TrackLayer layer;
    layer.setPath(&path);
    const auto all = walk(28'800);
    path.setPoints(all.mid(0, 20'000));

    const auto coarse = layer.drawnPointCount(10);
    const auto fine = layer.drawnPointCount(18);
    INFO("zoom 10: " << coarse << ", zoom 18: " << fine);
    CHECK(coarse > 10);
    CHECK(coarse < 2'000);
    CHECK(coarse < fine);
    CHECK(fine <= 20'000);

    // Live recording: each new fix is drawn, and the tail is folded into the simplified line.
    QSignalSpy content(&layer, &MapLayer::contentChanged);
    for (qsizetype i = 20'000; i < all.size(); ++i)
        path.append(all[i]);
    CHECK(content.count() == 8'800);
    const auto extended = layer.drawnPointCount(10);
    CHECK(extended > coarse);
    CHECK(extended < 3'000);

    // Same result as simplifying the whole track at once, up to where the tail was cut.
    TrackPath whole;
    TrackLayer wholeLayer;
    wholeLayer.setPath(&whole);
    whole.setPoints(all);
    CHECK(std::abs(double(wholeLayer.drawnPointCount(10)) - double(extended)) <=
          std::max(5.0, 0.1 * double(extended)));

    path.clear();
    CHECK(layer.drawnPointCount(10) == 0);
}

TEST_CASE("MapView draws the track in its colour where the track is")
{
    auto view = makeView(400, 300);
    view->setZoom(15);
    TrackPath path;
    // An east-west line through the centre of the view.
    path.setPoints({{kLat, kLon - 0.01}, {kLat, kLon + 0.01}});
    auto *layer = new TrackLayer;
    layer->setColor(QColor(255, 0, 0));
    layer->setWidth(6);
    layer->setPath(&path);
    view->addLayer(layer);

    const QImage image = maptest::render(*view);
    const QColor background = view->backgroundColor();
    // On the line, to the right of the start marker.
    for (int x : {250, 300, 380})
        CHECK(maptest::near(image.pixelColor(x, 150), QColor(255, 0, 0)));
    // Well above and below it: the map's background.
    CHECK(maptest::near(image.pixelColor(300, 120), background));
    CHECK(maptest::near(image.pixelColor(300, 180), background));

    SECTION("the current position is drawn on top")
    {
        view->setPositionLatitude(kLat);
        view->setPositionLongitude(kLon + 0.002);
        view->setPositionAccuracy(15);
        view->setPositionValid(true);
        const QPointF at = view->toScreen(kLat, kLon + 0.002);
        const QImage withPosition = maptest::render(*view);
        CHECK(maptest::near(maptest::pixel(withPosition, at), QColor(0x0b, 0x5c, 0xad)));
        view->setPositionValid(false);
        CHECK(maptest::near(maptest::pixel(maptest::render(*view), at), QColor(255, 0, 0)));
    }
    SECTION("a hidden layer is not drawn")
    {
        layer->setVisible(false);
        CHECK(maptest::near(maptest::render(*view).pixelColor(300, 150), background));
    }
}

TEST_CASE("Pages declare the map and its layers in QML")
{
    QQmlEngine engine;
    QQmlComponent component(&engine);
    component.setData(R"(
        import QtQuick
        import FieldLedger
        MapView {
            width: 432; height: 600
            property TrackPath track: TrackPath {}
            GeoJsonLayer { objectName: "rivers"; source: ":/geo/xinjiang-rivers.geojson" }
            TrackLayer { path: track; z: 2 }
            Component.onCompleted: centerOn(41.95, 86.75, 9)
        }
    )",
                      QUrl(QStringLiteral("qrc:/test/MapPage.qml")));
    std::unique_ptr<QObject> object(component.create());
    INFO(component.errorString().toStdString());
    REQUIRE(object);
    auto *view = qobject_cast<MapView *>(object.get());
    REQUIRE(view != nullptr);
    REQUIRE(view->layerList().size() == 2);
    CHECK(view->layerList().front()->property("featureCount").toInt() > 500);
    CHECK(view->layerList().front()->property("error").toString().isEmpty());
    CHECK(view->zoom() == 9);
}
