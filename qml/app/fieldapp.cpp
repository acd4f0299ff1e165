#include "fieldapp.h"

#include "appsettings.h"
#include "patrolsession.h"
#include "positionfeed.h"
#include "recordstore.h"
#include "synccontroller.h"
#include "translator.h"

#include <QGeoPositionInfoSource>
#include <QQmlEngine>

namespace {
FieldApp *s_instance = nullptr;
}

FieldApp::~FieldApp()
{
    // The parts go before the store they write to (the patrol writes its last fixes).
    delete m_sync;
    delete m_patrol;
    delete m_position;
    if (s_instance == this)
        s_instance = nullptr;
}

fl::Result<std::unique_ptr<FieldApp>> FieldApp::open(const FieldAppOptions &options,
                                                     QGeoPositionInfoSource *positionSource)
{
    std::unique_ptr<QGeoPositionInfoSource> source(positionSource);
    fl::StoreOptions storeOptions;
    storeOptions.maxDatabaseBytes = options.maxDatabaseBytes;
    auto store = RecordStore::openOrCreate(options.storeFolder, storeOptions);
    if (!store)
        return store.error();

    std::unique_ptr<FieldApp> app(new FieldApp);
    app->m_store = new RecordStore(std::move(*store), app.get());
    if (!options.author.isEmpty())
        app->m_store->setAuthor(options.author);
    app->m_settings = new AppSettings(app->m_store, app.get());
    if (!options.language.isEmpty())
        app->m_settings->setLanguage(options.language);
    if (!options.server.isEmpty())
        app->m_settings->setServer(options.server.toString());
    app->m_translator = new Translator(app.get());
    app->m_translator->setLanguage(app->m_settings->language());
    connect(app->m_settings, &AppSettings::languageChanged, app->m_translator,
            [t = app->m_translator, s = app->m_settings] { t->setLanguage(s->language()); });

    app->m_position = new PositionFeed(app.get());
    app->m_position->setSource(source.release());
    app->m_position->start();
    app->m_patrol = new PatrolSession(app->m_store, app->m_position, app.get());
    app->m_sync = new SyncController(app->m_store, app->m_settings, app.get());
    return app;
}

void FieldApp::setInstance(FieldApp *app)
{
    s_instance = app;
}

FieldApp *FieldApp::create(QQmlEngine *engine, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "FieldApp", "main must call FieldApp::setInstance before loading QML");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    s_instance->attachEngine(engine);
    return s_instance;
}

bool FieldApp::recoveredFromCrash() const
{
    return m_store->store().recoveredFromUncleanShutdown();
}

void FieldApp::attachEngine(QQmlEngine *engine)
{
    m_translator->attach(engine);
}
