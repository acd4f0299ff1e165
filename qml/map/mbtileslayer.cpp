#include "mbtileslayer.h"

#include <QFileInfo>
#include <QPainter>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>

namespace {

constexpr int kCacheKiB = 48 * 1024;
// How many levels up to look for a coarser tile to stand in for a missing one.
constexpr int kMaxFallbackLevels = 6;

quint64 tileKey(int zoom, int x, int y)
{
    return (quint64(zoom) << 58) | (quint64(x) << 29) | quint64(y);
}

QString sqliteMessage(sqlite3 *db)
{
    return db != nullptr ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
}

} // namespace

MbtilesLayer::MbtilesLayer(QObject *parent)
    : MapLayer(parent)
{
    m_tiles.setMaxCost(kCacheKiB);
}

MbtilesLayer::~MbtilesLayer()
{
    close();
}

void MbtilesLayer::setFile(const QString &file)
{
    if (file == m_file)
        return;
    m_file = file;
    open();
    Q_EMIT fileChanged();
    Q_EMIT contentChanged();
}

void MbtilesLayer::close()
{
    if (m_query != nullptr)
        sqlite3_finalize(m_query);
    m_query = nullptr;
    if (m_db != nullptr)
        sqlite3_close(m_db);
    m_db = nullptr;
    m_tiles.clear();
}

void MbtilesLayer::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

void MbtilesLayer::fail(const QString &error)
{
    close();
    // Painting may run on the render thread: tell QML on our own thread.
    QMetaObject::invokeMethod(
        this,
        [this, error] {
            setError(error);
            Q_EMIT fileChanged();
        },
        Qt::QueuedConnection);
}

void MbtilesLayer::open()
{
    close();
    m_minZoom = 0;
    m_maxZoom = 0;
    if (m_file.isEmpty()) {
        setError({});
        return;
    }
    const QString path =
        m_file.startsWith(QLatin1String("file:")) ? QUrl(m_file).toLocalFile() : m_file;
    if (!QFileInfo(path).isFile()) {
        setError(tr("The basemap file %1 was not found.").arg(path));
        return;
    }
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        setError(tr("The basemap file %1 could not be opened: %2").arg(path, sqliteMessage(m_db)));
        close();
        return;
    }
    // Reading the zoom range also proves the file is an SQLite database with a tiles table.
    sqlite3_stmt *range = nullptr;
    int rc = sqlite3_prepare_v2(m_db, "SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles", -1,
                                &range, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(range);
    if (rc != SQLITE_ROW || sqlite3_column_type(range, 0) == SQLITE_NULL) {
        const QString why = rc == SQLITE_ROW ? tr("it has no tiles") : sqliteMessage(m_db);
        sqlite3_finalize(range);
        setError(tr("The basemap file %1 is not a usable MBTiles file: %2").arg(path, why));
        close();
        return;
    }
    m_minZoom = sqlite3_column_int(range, 0);
    m_maxZoom = sqlite3_column_int(range, 1);
    sqlite3_finalize(range);
    if (sqlite3_prepare_v2(m_db,
                           "SELECT tile_data FROM tiles WHERE zoom_level = ?1 AND "
                           "tile_column = ?2 AND tile_row = ?3",
                           -1, &m_query, nullptr) != SQLITE_OK) {
        setError(tr("The basemap file %1 is not a usable MBTiles file: %2")
                     .arg(path, sqliteMessage(m_db)));
        close();
        return;
    }
    setError({});
}

QImage MbtilesLayer::tile(int zoom, int x, int y)
{
    const quint64 key = tileKey(zoom, x, y);
    if (const QImage *cached = m_tiles.object(key))
        return *cached;
    if (m_query == nullptr)
        return {};
    QImage image;
    const int tmsRow = (1 << zoom) - 1 - y;
    sqlite3_bind_int(m_query, 1, zoom);
    sqlite3_bind_int(m_query, 2, x);
    sqlite3_bind_int(m_query, 3, tmsRow);
    const int rc = sqlite3_step(m_query);
    if (rc == SQLITE_ROW) {
        const auto *data = static_cast<const uchar *>(sqlite3_column_blob(m_query, 0));
        const int size = sqlite3_column_bytes(m_query, 0);
        // A tile that does not decode is drawn as absent; the rest of the map still shows.
        if (data != nullptr && size > 0 && image.loadFromData(data, size))
            image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        else
            image = QImage();
    }
    sqlite3_reset(m_query);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        fail(tr("The basemap file %1 could not be read: %2").arg(m_file, sqliteMessage(m_db)));
        return {};
    }
    m_tiles.insert(key, new QImage(image), std::max<int>(1, int(image.sizeInBytes() / 1024)));
    return image;
}

void MbtilesLayer::paint(QPainter *painter, const flmap::MapViewport &viewport)
{
    if (m_query == nullptr)
        return;
    const int level = std::clamp(int(std::lround(viewport.zoom)), m_minZoom, m_maxZoom);
    const int n = 1 << level;
    const QRectF visible = viewport.visibleWorld();
    const int x0 = std::clamp(int(std::floor(visible.left() * n)), 0, n - 1);
    const int x1 = std::clamp(int(std::floor(visible.right() * n)), 0, n - 1);
    const int y0 = std::clamp(int(std::floor(visible.top() * n)), 0, n - 1);
    const int y1 = std::clamp(int(std::floor(visible.bottom() * n)), 0, n - 1);
    painter->setRenderHint(QPainter::SmoothPixmapTransform, true);
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            const QPointF topLeft = viewport.toScreen({double(x) / n, double(y) / n});
            const QPointF bottomRight = viewport.toScreen({double(x + 1) / n, double(y + 1) / n});
            // Pixel-aligned edges so neighbouring tiles leave no hairline gaps.
            const QRectF target(QPointF(std::floor(topLeft.x()), std::floor(topLeft.y())),
                                QPointF(std::ceil(bottomRight.x()), std::ceil(bottomRight.y())));
            for (int up = 0; up <= kMaxFallbackLevels && level - up >= m_minZoom; ++up) {
                const QImage image = tile(level - up, x >> up, y >> up);
                if (m_query == nullptr)
                    return; // the file failed while reading
                if (image.isNull())
                    continue;
                // The part of the coarser tile that covers this one.
                const int parts = 1 << up;
                const double w = double(image.width()) / parts;
                const double h = double(image.height()) / parts;
                const QRectF source((x % parts) * w, (y % parts) * h, w, h);
                painter->drawImage(target, image, source);
                break;
            }
        }
    }
}
