#pragma once

// The app as QML sees it: one C++-owned singleton built by main (or a test) before Main.qml
// loads. It owns what must outlive any screen: the store, the position feed, the running patrol
// and the sync controller. Screens reach them as FieldApp.store, FieldApp.position, ...

#include "result.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QGeoPositionInfoSource;
class QJSEngine;
class QQmlEngine;
class AppSettings;
class PositionFeed;
class PatrolSession;
class RecordStore;
class SyncController;
class Translator;

Q_MOC_INCLUDE("appsettings.h")
Q_MOC_INCLUDE("positionfeed.h")
Q_MOC_INCLUDE("patrolsession.h")
Q_MOC_INCLUDE("recordstore.h")
Q_MOC_INCLUDE("synccontroller.h")

struct FieldAppOptions
{
    QString storeFolder;
    QString author;              // the device user's name; kept in the store when given
    QUrl server;                 // the ledger to enrol with, when given
    QString language;            // "zh_CN", "en" or "ug"; empty = the saved choice (zh_CN at first)
    qint64 maxDatabaseBytes = 0; // store quota (0 = none), see fl::StoreOptions
};

class FieldApp : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(RecordStore *store READ store CONSTANT)
    Q_PROPERTY(AppSettings *settings READ settings CONSTANT)
    Q_PROPERTY(PositionFeed *position READ position CONSTANT)
    Q_PROPERTY(PatrolSession *patrol READ patrol CONSTANT)
    Q_PROPERTY(SyncController *sync READ sync CONSTANT)
    Q_PROPERTY(bool recoveredFromCrash READ recoveredFromCrash CONSTANT)

public:
    ~FieldApp() override;

    // Opens (or creates) the store and builds the app's parts. `positionSource` may be null
    // when the platform has none; the feed then says so. The app takes ownership of it.
    [[nodiscard]] static fl::Result<std::unique_ptr<FieldApp>>
    open(const FieldAppOptions &options, QGeoPositionInfoSource *positionSource);

    // The instance QML receives. main (and tests) set it before loading any QML.
    static void setInstance(FieldApp *app);
    static FieldApp *create(QQmlEngine *engine, QJSEngine *);

    [[nodiscard]] RecordStore *store() const { return m_store; }
    [[nodiscard]] AppSettings *settings() const { return m_settings; }
    [[nodiscard]] PositionFeed *position() const { return m_position; }
    [[nodiscard]] PatrolSession *patrol() const { return m_patrol; }
    [[nodiscard]] SyncController *sync() const { return m_sync; }
    [[nodiscard]] bool recoveredFromCrash() const;

    // Installs the chosen language into `engine` now and whenever it changes.
    void attachEngine(QQmlEngine *engine);

private:
    FieldApp() = default;

    RecordStore *m_store = nullptr;
    AppSettings *m_settings = nullptr;
    PositionFeed *m_position = nullptr;
    PatrolSession *m_patrol = nullptr;
    SyncController *m_sync = nullptr;
    Translator *m_translator = nullptr;
};
