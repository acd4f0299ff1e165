// Map redraw cost (issue 5, docs/performance.md): an 8-hour 1 Hz patrol track (28,800 fixes),
// 1,000 record points and the real Xinjiang rivers and border, drawn by MapView::paint into a
// 1080x1920 image (a phone screen) at several zoom levels. The app paints the same way into
// its framebuffer object; the figure is milliseconds per redraw.

#include "geojsonlayer.h"
#include "maplayer.h"
#include "mapview.h"
#include "pointlayer.h"
#include "tracklayer.h"
#include "trackpath.h"

#include <benchmark/benchmark.h>

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>

#include <cmath>
#include <memory>
#include <random>

namespace {

constexpr double kLat = 41.95; // the west shore of Bosten Lake
constexpr double kLon = 86.75;
constexpr int kFixes = 8 * 3600;
constexpr int kPoints = 1000;

// A patrol following the bends of a river bank at walking speed, 1 Hz.
QList<fl::geo::LatLon> patrol(int count)
{
    QList<fl::geo::LatLon> points;
    points.reserve(count);
    double lat = kLat, lon = kLon;
    for (int i = 0; i < count; ++i) {
        const double heading = 1.5 * std::sin(i / 900.0) + 0.3 * std::sin(i / 37.0) + 0.8;
        lat += 1.2 * std::cos(heading) / 111'000.0;
        lon += 1.2 * std::sin(heading) / 83'000.0;
        points.append({lat, lon});
    }
    return points;
}

// Everything a patrol page shows, built once.
struct Scene
{
    Scene()
    {
        view.setSize(QSizeF(1080, 1920));
        const QString geo = QStringLiteral(FIELDLEDGER_GEO_DIR);
        auto *border = new GeoJsonLayer;
        border->setSource(geo + QStringLiteral("/xinjiang-border.geojson"));
        border->setFillColor(QColor(255, 250, 235));
        border->setStrokeColor(QColor(120, 60, 120));
        view.addLayer(border);
        auto *rivers = new GeoJsonLayer;
        rivers->setSource(geo + QStringLiteral("/xinjiang-rivers.geojson"));
        view.addLayer(rivers);

        path.setPoints(patrol(kFixes));
        track = new TrackLayer;
        track->setPath(&path);
        view.addLayer(track);

        model.setItemRoleNames({{Qt::UserRole + 1, "latitude"},
                                {Qt::UserRole + 2, "longitude"},
                                {Qt::UserRole + 3, "title"}});
        std::mt19937 random(5);
        std::uniform_real_distribution<double> dLat(-0.12, 0.12), dLon(-0.16, 0.16);
        for (int i = 0; i < kPoints; ++i) {
            auto *item = new QStandardItem;
            item->setData(kLat + 0.1 + dLat(random), Qt::UserRole + 1);
            item->setData(kLon + 0.15 + dLon(random), Qt::UserRole + 2);
            item->setData(QStringLiteral("问题 %1").arg(i), Qt::UserRole + 3);
            model.appendRow(item);
        }
        auto *points = new PointLayer;
        points->setLabelRole(QStringLiteral("title"));
        points->setModel(&model);
        view.addLayer(points);

        const auto &p = path.points();
        view.setPositionLatitude(p.back().lat);
        view.setPositionLongitude(p.back().lon);
        view.setPositionAccuracy(8);
        view.setPositionValid(true);
    }

    // Centre of the track's box, so each zoom level shows the track's busiest part.
    void centre(double zoom)
    {
        double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
        for (const auto &p : path.points()) {
            minLat = std::min(minLat, p.lat);
            maxLat = std::max(maxLat, p.lat);
            minLon = std::min(minLon, p.lon);
            maxLon = std::max(maxLon, p.lon);
        }
        view.centerOn((minLat + maxLat) / 2, (minLon + maxLon) / 2, zoom);
    }

    void redraw()
    {
        QPainter painter(&image);
        view.paint(&painter);
    }

    MapView view;
    TrackPath path;
    TrackLayer *track = nullptr;
    QStandardItemModel model;
    QImage image{1080, 1920, QImage::Format_ARGB32_Premultiplied};
};

Scene &scene()
{
    static Scene s;
    return s;
}

// A redraw as while panning: caches warm, the view moved.
void BM_MapRedraw(benchmark::State &state)
{
    Scene &s = scene();
    s.centre(double(state.range(0)));
    s.redraw(); // projects and simplifies at this zoom once
    double dx = 3;
    for (auto _ : state) {
        s.view.pan(dx, 2);
        dx = -dx;
        s.redraw();
    }
    state.SetLabel("1080x1920, 28,800 fixes, 1,000 points, rivers, border");
}
BENCHMARK(BM_MapRedraw)
    ->Arg(6)
    ->Arg(10)
    ->Arg(12)
    ->Arg(14)
    ->Arg(16)
    ->Arg(18)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

// One layer alone (0 border, 1 rivers, 2 track, 3 points; 4 = none, the background and the
// position marker), to see where a redraw's time goes.
void BM_MapLayerRedraw(benchmark::State &state)
{
    Scene &s = scene();
    const auto &layers = s.view.layerList();
    for (qsizetype i = 0; i < layers.size(); ++i)
        layers[i]->setVisible(i == state.range(0));
    s.centre(double(state.range(1)));
    s.redraw();
    for (auto _ : state)
        s.redraw();
    for (MapLayer *layer : layers)
        layer->setVisible(true);
}
BENCHMARK(BM_MapLayerRedraw)
    ->ArgsProduct({{0, 1, 2, 3, 4}, {6, 12, 16}})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

// The first redraw at a zoom level: the track is simplified for it (pinch-zooming into a new
// level pays this once).
void BM_MapRedrawNewZoom(benchmark::State &state)
{
    Scene &s = scene();
    s.centre(double(state.range(0)));
    const auto points = s.path.points();
    for (auto _ : state) {
        state.PauseTiming();
        s.path.setPoints(points); // drops the track's caches
        state.ResumeTiming();
        s.redraw();
    }
}
BENCHMARK(BM_MapRedrawNewZoom)->Arg(12)->Arg(16)->UseRealTime()->Unit(benchmark::kMillisecond);

// Live recording: one new fix arrives, the map redraws (once a second on a patrol).
void BM_MapAppendFixAndRedraw(benchmark::State &state)
{
    Scene &s = scene();
    s.centre(15);
    const auto points = s.path.points();
    s.path.setPoints(points.mid(0, kFixes - 4000));
    s.redraw();
    qsizetype next = kFixes - 4000;
    for (auto _ : state) {
        if (next == points.size()) {
            state.PauseTiming();
            s.path.setPoints(points.mid(0, kFixes - 4000));
            next = kFixes - 4000;
            s.redraw();
            state.ResumeTiming();
        }
        s.path.append(points[next++]);
        s.redraw();
    }
    s.path.setPoints(points);
}
BENCHMARK(BM_MapAppendFixAndRedraw)->UseRealTime()->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // fonts for the point labels
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
