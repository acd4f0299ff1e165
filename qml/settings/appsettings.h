#pragma once

// What the user chooses on the Settings screen, kept in the store's settings so it survives a
// restart: language, how coordinates are shown (WGS-84 as stored, or GCJ-02 as Chinese web
// maps draw them), the ledger's address; and the display formats every screen shares.

#include <QObject>
#include <QtQml/qqmlregistration.h>

class RecordStore;

class AppSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Settings come from FieldApp.settings")
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QStringList languages READ languages CONSTANT)
    Q_PROPERTY(CoordinateSystem coordinateSystem READ coordinateSystem WRITE setCoordinateSystem
                   NOTIFY coordinateSystemChanged)
    Q_PROPERTY(QString server READ server WRITE setServer NOTIFY serverChanged)
    Q_PROPERTY(qint64 storageBytes READ storageBytes NOTIFY storageBytesChanged)

public:
    enum CoordinateSystem { Wgs84, Gcj02 };
    Q_ENUM(CoordinateSystem)

    explicit AppSettings(RecordStore *store, QObject *parent = nullptr);

    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);
    [[nodiscard]] QStringList languages() const;
    // The language's own name: "简体中文", "English", "ئۇيغۇرچە".
    Q_INVOKABLE [[nodiscard]] static QString languageName(const QString &language);

    [[nodiscard]] CoordinateSystem coordinateSystem() const { return m_coordinates; }
    void setCoordinateSystem(CoordinateSystem system);

    [[nodiscard]] QString server() const { return m_server; }
    void setServer(const QString &server);

    // Bytes the store folder takes (database and evidence files), as of the last refresh
    // (0 before the first).
    [[nodiscard]] qint64 storageBytes() const { return m_storageBytes; }
    Q_INVOKABLE void refreshStorage();

    // Display formats. Positions are stored in WGS-84; only their display changes.
    Q_INVOKABLE [[nodiscard]] QString formatPosition(double lat, double lon) const;
    Q_INVOKABLE [[nodiscard]] static QString formatAccuracy(double meters);
    Q_INVOKABLE [[nodiscard]] static QString formatDistance(double meters);
    Q_INVOKABLE [[nodiscard]] static QString formatDuration(qint64 seconds);
    Q_INVOKABLE [[nodiscard]] static QString formatBytes(qint64 bytes);
    // Beijing time (UTC+8), which Xinjiang offices use: "2026-11-23 14:05".
    Q_INVOKABLE [[nodiscard]] static QString formatTime(qint64 utcMs, bool withSeconds = false);
    Q_INVOKABLE [[nodiscard]] static QString formatBearing(double degrees);

Q_SIGNALS:
    void languageChanged();
    void coordinateSystemChanged();
    void serverChanged();
    void storageBytesChanged();

private:
    void save(const QString &key, const QString &value);

    RecordStore *m_store;
    QString m_language;
    CoordinateSystem m_coordinates = Wgs84;
    QString m_server;
    qint64 m_storageBytes = 0;
};
