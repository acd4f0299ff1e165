// The map's data layers drawn into images: GeoJSON (a file written here, and the real Xinjiang
// geography from assets/geo), points from a list model, and an MBTiles basemap built here with
// SQLite (a good file, a corrupt one, a missing one).

#include "apptest.h"
#include "geojsonlayer.h"
#include "mapimage.h"
#include "mapview.h"
#include "mbtileslayer.h"
#include "pointlayer.h"

#include <QBuffer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <memory>

namespace {

const QString kGeoDir = QStringLiteral(FIELDLEDGER_GEO_DIR);

std::unique_ptr<MapView> makeView(double lat, double lon, double zoom, double width = 400,
                                  double height = 300)
{
    auto view = std::make_unique<MapView>();
    view->setSize(QSizeF(width, height));
    view->centerOn(lat, lon, zoom);
    return view;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray png(QColor color)
{
    QImage image(256, 256, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "PNG"));
    return bytes;
}

void exec(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    INFO((message != nullptr ? message : ""));
    sqlite3_free(message);
    REQUIRE(rc == SQLITE_OK);
}

struct Tile
{
    int zoom = 0;
    int x = 0; // XYZ numbering, row 0 at the north, as the map computes it
    int y = 0;
    QByteArray data;
};

// A real MBTiles file (spec 1.3): metadata plus tiles in TMS row order.
void writeMbtiles(const QString &path, const QList<Tile> &tiles)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    exec(db, "CREATE TABLE metadata (name TEXT, value TEXT);"
             "INSERT INTO metadata VALUES ('name', 'test'), ('format', 'png');"
             "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER,"
             " tile_data BLOB);"
             "CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row);");
    sqlite3_stmt *insert = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "INSERT INTO tiles VALUES (?1, ?2, ?3, ?4)", -1, &insert,
                               nullptr) == SQLITE_OK);
    for (const Tile &tile : tiles) {
        sqlite3_bind_int(insert, 1, tile.zoom);
        sqlite3_bind_int(insert, 2, tile.x);
        sqlite3_bind_int(insert, 3, (1 << tile.zoom) - 1 - tile.y);
        sqlite3_bind_blob(insert, 4, tile.data.constData(), int(tile.data.size()),
                          SQLITE_TRANSIENT);
        REQUIRE(sqlite3_step(insert) == SQLITE_DONE);
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    sqlite3_close(db);
}

} // namespace

TEST_CASE("GeoJsonLayer draws a line and a filled polygon in their colours")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("zone.geojson"));
    // A north-south line at 86.75 E and a square zone east of it.
    writeFile(path, R"({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": {"type": "LineString",
         "coordinates": [[86.75, 41.90], [86.75, 42.00]]}},
        {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon",
         "coordinates": [[[86.76, 41.94], [86.78, 41.94], [86.78, 41.96], [86.76, 41.96],
                          [86.76, 41.94]]]}}]})");
    auto view = makeView(41.95, 86.76, 14);
    auto *layer = new GeoJsonLayer;
    layer->setStrokeColor(QColor(0, 0, 255));
    layer->setStrokeWidth(5);
    layer->setFillColor(QColor(0, 200, 0));
    layer->setSource(path);
    REQUIRE(layer->error().isEmpty());
    CHECK(layer->featureCount() == 2);
    view->addLayer(layer);

    const QImage image = maptest::render(*view);
    const QPointF onLine = view->toScreen(41.95, 86.75);
    const QPointF inZone = view->toScreen(41.95, 86.77);
    CHECK(maptest::near(maptest::pixel(image, onLine), QColor(0, 0, 255)));
    CHECK(maptest::near(maptest::pixel(image, onLine + QPointF(0, 100)), QColor(0, 0, 255)));
    CHECK(maptest::near(maptest::pixel(image, inZone), QColor(0, 200, 0)));
    CHECK(maptest::near(maptest::pixel(image, onLine - QPointF(30, 0)), view->backgroundColor()));

    SECTION("a file: URL works as well")
    {
        GeoJsonLayer byUrl;
        byUrl.setSource(QUrl::fromLocalFile(path).toString());
        CHECK(byUrl.featureCount() == 2);
    }
    SECTION("a missing or broken file is an error in words, and draws nothing")
    {
        QSignalSpy changed(layer, &GeoJsonLayer::sourceChanged);
        layer->setSource(dir.filePath(QStringLiteral("absent.geojson")));
        CHECK(changed.count() == 1);
        CHECK(layer->error().contains(QStringLiteral("absent.geojson")));
        CHECK(layer->featureCount() == 0);
        writeFile(dir.filePath(QStringLiteral("broken.geojson")), "{\"type\": \"Feature");
        layer->setSource(dir.filePath(QStringLiteral("broken.geojson")));
        CHECK_FALSE(layer->error().isEmpty());
        CHECK(
            maptest::near(maptest::pixel(maptest::render(*view), onLine), view->backgroundColor()));
    }
}

TEST_CASE("GeoJsonLayer reads the real Xinjiang geography")
{
    SECTION("rivers, from the source tree and from the app's resources")
    {
        GeoJsonLayer file;
        file.setSource(kGeoDir + QStringLiteral("/xinjiang-rivers.geojson"));
        REQUIRE(file.error().isEmpty());
        CHECK(file.featureCount() == 595);
        GeoJsonLayer resource;
        resource.setSource(QStringLiteral(":/geo/xinjiang-rivers.geojson"));
        CHECK(resource.error().isEmpty());
        CHECK(resource.featureCount() == 595);
        // Within the region's box (73-97 E, 34-50 N; GMT cuts at whole-degree bins around it).
        const QRectF bounds = file.worldBounds();
        CHECK(flmap::longitudeOf(bounds.left()) >= 71.9);
        CHECK(flmap::longitudeOf(bounds.right()) <= 98.1);
        CHECK(flmap::latitudeOf(bounds.top()) <= 51.1);
        CHECK(flmap::latitudeOf(bounds.bottom()) >= 32.9);
    }
    SECTION("the border is a filled region: Korla is inside, Xining is not")
    {
        auto view = makeView(40, 91, 4.3, 432, 600);
        auto *border = new GeoJsonLayer;
        border->setSource(kGeoDir + QStringLiteral("/xinjiang-border.geojson"));
        REQUIRE(border->error().isEmpty());
        CHECK(border->featureCount() == 1);
        border->setFillColor(QColor(255, 200, 0));
        border->setStrokeColor(QColor(90, 0, 90));
        view->addLayer(border);
        const QImage image = maptest::render(*view);
        CHECK(maptest::near(maptest::pixel(image, view->toScreen(41.73, 86.15)),
                            QColor(255, 200, 0))); // Korla
        CHECK(maptest::near(maptest::pixel(image, view->toScreen(36.62, 101.78)),
                            view->backgroundColor())); // Xining, Qinghai
        // The border line is drawn somewhere on the way from Korla to Xining.
        bool crossed = false;
        const QPointF a = view->toScreen(41.73, 86.15);
        const QPointF b = view->toScreen(36.62, 101.78);
        for (int i = 0; i <= 400 && !crossed; ++i) {
            const QPointF p = a + (b - a) * (i / 400.0);
            crossed = maptest::near(maptest::pixel(image, p), QColor(90, 0, 90), 40);
        }
        CHECK(crossed);
    }
}

TEST_CASE("PointLayer draws model rows as dots and reports taps by row")
{
    QStandardItemModel model;
    const int latRole = Qt::UserRole + 1;
    const int lonRole = Qt::UserRole + 2;
    const int titleRole = Qt::UserRole + 3;
    model.setItemRoleNames({{latRole, "latitude"}, {lonRole, "longitude"}, {titleRole, "title"}});
    const auto addRow = [&](QVariant lat, QVariant lon, const QString &title) {
        auto *item = new QStandardItem;
        item->setData(lat, latRole);
        item->setData(lon, lonRole);
        item->setData(title, titleRole);
        model.appendRow(item);
    };
    addRow(41.95, 86.75, QStringLiteral("Outfall"));
    addRow(QVariant(), 86.75, QStringLiteral("No position yet")); // skipped, not at 0,0
    addRow(41.96, 86.77, QStringLiteral("Dump site"));

    auto view = makeView(41.955, 86.76, 14);
    auto *layer = new PointLayer;
    layer->setColor(QColor(255, 0, 255));
    layer->setLabelRole(QStringLiteral("title"));
    layer->setModel(&model);
    view->addLayer(layer);
    CHECK(layer->count() == 2);

    const QPointF first = view->toScreen(41.95, 86.75);
    const QPointF third = view->toScreen(41.96, 86.77);
    const QImage image = maptest::render(*view);
    CHECK(maptest::near(maptest::pixel(image, first), QColor(255, 0, 255)));
    CHECK(maptest::near(maptest::pixel(image, third), QColor(255, 0, 255)));

    QSignalSpy clicked(layer, &PointLayer::pointClicked);
    CHECK(view->tapAt(third.x() + 10, third.y() - 10)); // a gloved tap, a little off
    REQUIRE(clicked.count() == 1);
    CHECK(clicked.front().front().toInt() == 2);
    CHECK_FALSE(view->tapAt(first.x() + 80, first.y()));
    CHECK(clicked.count() == 1);

    SECTION("the layer follows the model")
    {
        model.item(0)->setData(41.958, latRole);
        const QPointF moved = view->toScreen(41.958, 86.75);
        const QImage after = maptest::render(*view);
        CHECK(maptest::near(maptest::pixel(after, moved), QColor(255, 0, 255)));
        CHECK(maptest::near(maptest::pixel(after, first), view->backgroundColor()));
        model.removeRow(2);
        CHECK(layer->count() == 1);
    }
}

TEST_CASE("MbtilesLayer shows the file's tiles and says why when it cannot")
{
    QTemporaryDir dir;
    // The zoom-8 tile around Bosten Lake, and its parent at zoom 7 in another colour.
    const double lat = 41.95, lon = 86.75;
    const QPointF world = flmap::toWorld(lat, lon);
    const int x8 = int(world.x() * 256), y8 = int(world.y() * 256);
    const QString path = dir.filePath(QStringLiteral("basemap.mbtiles"));
    writeMbtiles(path, {{8, x8, y8, png(QColor(20, 160, 40))},
                        {7, x8 / 2, y8 / 2, png(QColor(200, 30, 30))},
                        {8, x8 + 1, y8, "not an image"}});

    auto view = makeView(lat, lon, 8);
    auto *layer = new MbtilesLayer;
    layer->setFile(path);
    INFO(layer->error().toStdString());
    REQUIRE(layer->ready());
    CHECK(layer->error().isEmpty());
    CHECK(layer->minimumZoom() == 7);
    CHECK(layer->maximumZoom() == 8);
    view->addLayer(layer);

    const QPointF center(200, 150);
    CHECK(maptest::near(maptest::pixel(maptest::render(*view), center), QColor(20, 160, 40)));

    SECTION("zoomed past the deepest level, the tile is scaled up")
    {
        view->setZoom(11.3);
        CHECK(maptest::near(maptest::pixel(maptest::render(*view), center), QColor(20, 160, 40)));
    }
    SECTION("a tile that does not decode is drawn from its parent, without an error")
    {
        // On the edge between the good tile and its broken eastern neighbour.
        view->centerOn(flmap::latitudeOf((y8 + 0.5) / 256.0), flmap::longitudeOf((x8 + 1) / 256.0));
        const QPointF east(230, 150);
        const QImage image = maptest::render(*view);
        CHECK(maptest::near(maptest::pixel(image, QPointF(170, 150)), QColor(20, 160, 40)));
        if (x8 % 2 == 0) // the parent covers the eastern neighbour too
            CHECK(maptest::near(maptest::pixel(image, east), QColor(200, 30, 30)));
        else
            CHECK(maptest::near(maptest::pixel(image, east), view->backgroundColor()));
        CHECK(layer->error().isEmpty());
    }
    SECTION("a corrupt file gives an error, not a crash")
    {
        const QString corrupt = dir.filePath(QStringLiteral("corrupt.mbtiles"));
        writeFile(corrupt, QByteArray("SQLite format 3").append(4096, '\x7f'));
        layer->setFile(corrupt);
        CHECK_FALSE(layer->ready());
        CHECK_FALSE(layer->error().isEmpty());
        CHECK(
            maptest::near(maptest::pixel(maptest::render(*view), center), view->backgroundColor()));
    }
    SECTION("a file that is SQLite but not MBTiles, or is missing, gives an error")
    {
        const QString other = dir.filePath(QStringLiteral("other.db"));
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open(other.toUtf8().constData(), &db) == SQLITE_OK);
        exec(db, "CREATE TABLE records (id TEXT)");
        sqlite3_close(db);
        layer->setFile(other);
        CHECK_FALSE(layer->ready());
        CHECK(layer->error().contains(QStringLiteral("MBTiles")));
        layer->setFile(dir.filePath(QStringLiteral("absent.mbtiles")));
        CHECK_FALSE(layer->ready());
        CHECK(layer->error().contains(QStringLiteral("absent.mbtiles")));
        layer->setFile(path);
        CHECK(layer->error().isEmpty());
    }
}
