#pragma once

// An optional raster basemap from an MBTiles file (SQLite, `tiles` table in TMS row order, PNG
// or JPEG tiles), read with SQLite directly. Decoded tiles are cached; where a tile is missing
// (or the view is zoomed past the file's deepest level) a coarser tile is scaled up. A missing or
// unreadable file draws nothing and says why in `error`.

#include "maplayer.h"

#include <QCache>
#include <QImage>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

class MbtilesLayer : public MapLayer
{
    Q_OBJECT
    QML_ELEMENT
    // A file path or file: URL.
    Q_PROPERTY(QString file READ file WRITE setFile NOTIFY fileChanged)
    // Plain words when the file cannot be used ("" when it can).
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY fileChanged)
    Q_PROPERTY(int minimumZoom READ minimumZoom NOTIFY fileChanged)
    Q_PROPERTY(int maximumZoom READ maximumZoom NOTIFY fileChanged)

public:
    explicit MbtilesLayer(QObject *parent = nullptr);
    ~MbtilesLayer() override;

    [[nodiscard]] QString file() const { return m_file; }
    void setFile(const QString &file);
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] bool ready() const { return m_query != nullptr; }
    [[nodiscard]] int minimumZoom() const { return m_minZoom; }
    [[nodiscard]] int maximumZoom() const { return m_maxZoom; }

    // The decoded tile in XYZ numbering (row 0 at the north), null when absent or unreadable.
    [[nodiscard]] QImage tile(int zoom, int x, int y);

    void paint(QPainter *painter, const flmap::MapViewport &viewport) override;

Q_SIGNALS:
    void fileChanged();
    void errorChanged();

private:
    void open();
    void close();
    void setError(const QString &error);
    void fail(const QString &error); // closes the file; safe to call while painting

    QString m_file;
    QString m_error;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_query = nullptr;
    int m_minZoom = 0;
    int m_maxZoom = 0;
    QCache<quint64, QImage> m_tiles; // cost in KiB; absent tiles cached as null images
};
