// The field app: parses the command line, opens the store and the position source, and loads
// the FieldLedger QML module's Main.qml. Everything else lives in the module (qml/).

#include "appoptions.h"
#include "fieldapp.h"
#include "screentour.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(FieldLedgerPlugin)

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "fieldledger: %s\n", qPrintable(message));
    return 2;
}

// Prints the time to the first frame once it is on screen, then quits (bench/).
void reportFirstFrame(QQuickWindow *window, const QElapsedTimer &clock)
{
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [&clock] {
            std::printf("first frame after %lld ms\n", static_cast<long long>(clock.elapsed()));
            std::fflush(stdout);
            QCoreApplication::quit();
        },
        Qt::SingleShotConnection);
}

// --help and --version print and exit without a display (a GUI application could not start).
void answerHelpWithoutDisplay(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" ||
            arg == "--version") {
            QCoreApplication help(argc, argv);
            (void)parseAppOptions(QCoreApplication::arguments()); // prints and exits
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    // Before any application object: the default store folder is named after the app.
    QCoreApplication::setApplicationName(QStringLiteral("FieldLedger"));
    QCoreApplication::setOrganizationName(QStringLiteral("FieldLedger"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FIELDLEDGER_VERSION));
    answerHelpWithoutDisplay(argc, argv);
    QGuiApplication application(argc, argv);

    auto options = parseAppOptions(QGuiApplication::arguments());
    if (!options)
        return fail(options.error().message);
    auto source = fl::platform::createPositionSource(options->position, nullptr);
    if (!source)
        return fail(source.error().message);
    auto app = FieldApp::open(options->app, *source);
    if (!app)
        return fail(QStringLiteral("cannot open the store %1: %2")
                        .arg(options->app.storeFolder, app.error().message));
    FieldApp::setInstance(app->get());

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml")); // a default import path from Qt 6.5 on
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/FieldLedger/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return fail(QStringLiteral("the screens did not load (see the messages above)"));
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());

    if (options->reportFirstFrame)
        reportFirstFrame(window, clock);
    std::unique_ptr<ScreenTour> tour;
    if (!options->screenshotFolder.isEmpty()) {
        tour = std::make_unique<ScreenTour>(window, app->get(), options->screenshotFolder);
        QObject::connect(tour.get(), &ScreenTour::finished, &application, [&tour] {
            std::printf("%s\n", qPrintable(tour->summary()));
            QCoreApplication::exit(tour->problems().isEmpty() ? 0 : 1);
        });
        tour->start();
    }
    return QGuiApplication::exec();
}
