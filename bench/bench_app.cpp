// The field app's start, scrolling and memory with a full store (issue 5's goals: first frame
// under 1 s with 10,000 records, 60 fps scrolling a 10,000-record list, under 150 MB resident).
//
//   bench_app [--records N] [--runs N]
//
// 1. Fills a store with N records (default 10,000) in the mix a field team produces.
// 2. Cold start: runs the real `fieldledger` binary on that store N times (--report-first-frame)
//    and prints the time to the first frame and the process's peak resident memory.
// 3. Scrolling: loads the app's Main.qml in this process (offscreen), opens All records and
//    scrolls the whole list at a steady 200 px per frame (a brisk fling: 12,000 px/s at
//    60 fps), timing each frame from request to swap. It prints frame time percentiles and the
//    process's resident memory afterwards.
//
// A plain program, not a Google Benchmark loop: each figure is a whole-process measurement.

#include "benchutil.h"
#include "fieldapp.h"

#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(FieldLedgerPlugin)

extern char **environ;

namespace {

using fl::bench::kAuthor;

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto i = std::min(values.size() - 1, size_t(p / 100.0 * double(values.size())));
    return values[i];
}

long residentKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QString text = QString::fromLatin1(status.readAll());
    const QRegularExpression re(QStringLiteral("%1:\\s+(\\d+) kB").arg(QLatin1String(field)));
    return re.match(text).captured(1).toLong();
}

bool fillStore(const QString &folder, int count)
{
    auto store = fl::Store::create(folder);
    if (!store) {
        std::fprintf(stderr, "cannot create the store: %s\n", qPrintable(store.error().message));
        return false;
    }
    (void)(*store)->setSetting(QStringLiteral("author"), kAuthor);
    const auto records = fl::bench::mixedRecords(count, fl::bench::nowMs(), 60'000);
    for (const auto &record : records) {
        if (auto saved = (*store)->createRecord(record.kind, record.body, kAuthor); !saved) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(saved.error().message));
            return false;
        }
    }
    return true;
}

// Runs the app binary to its first frame; returns the reported ms and the peak RSS in KiB.
bool coldStart(const QString &app, const QString &store, double &firstFrameMs, long &maxRssKiB)
{
    const QByteArray a = app.toLocal8Bit(), s = store.toLocal8Bit();
    char *argv[] = {const_cast<char *>(a.constData()),
                    const_cast<char *>("--store"),
                    const_cast<char *>(s.constData()),
                    const_cast<char *>("--position"),
                    const_cast<char *>("none"),
                    const_cast<char *>("--report-first-frame"),
                    nullptr};
    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        return false;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], 1);
    posix_spawn_file_actions_addclose(&actions, pipeFds[0]);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    close(pipeFds[1]);
    if (spawned != 0)
        return false;
    QByteArray out;
    char buffer[512];
    ssize_t n = 0;
    while ((n = read(pipeFds[0], buffer, sizeof buffer)) > 0)
        out.append(buffer, n);
    close(pipeFds[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    const auto match = QRegularExpression(QStringLiteral("first frame after (\\d+) ms"))
                           .match(QString::fromLocal8Bit(out));
    if (!match.hasMatch() || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return false;
    firstFrameMs = match.captured(1).toDouble();
    maxRssKiB = usage.ru_maxrss;
    return true;
}

QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (root->objectName() == name)
        return root;
    for (QQuickItem *child : root->childItems()) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

constexpr double kStepPx = 200;

// Scrolls the All records list from top to bottom, one step per frame.
std::vector<double> scrollFrames(QQuickWindow *window, QQuickItem *list, int &rowsSeen)
{
    std::vector<double> frames;
    QElapsedTimer frame;
    bool swapped = false;
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] { swapped = true; });
    while (true) {
        if (list->property("atYEnd").toBool()) {
            // At the end of what is loaded: the view asks the model for the next page.
            QDeadlineTimer settle(300);
            while (!settle.hasExpired())
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            if (list->property("atYEnd").toBool())
                break; // nothing more to load
            continue;
        }
        // The list's content starts at originY (it moves as rows of other heights are made).
        const double end = list->property("originY").toDouble() +
                           list->property("contentHeight").toDouble() - list->height();
        list->setProperty("contentY",
                          std::min(list->property("contentY").toDouble() + kStepPx, end));
        swapped = false;
        frame.start();
        window->requestUpdate();
        QDeadlineTimer deadline(2000);
        while (!swapped && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (!swapped) {
            std::fprintf(stderr, "no frame within 2 s at contentY %.0f\n",
                         list->property("contentY").toDouble());
            break;
        }
        frames.push_back(double(frame.nsecsElapsed()) / 1e6);
        if (frames.size() % 1000 == 0)
            std::fprintf(stderr, "%zu frames, %d rows loaded\n", frames.size(),
                         list->property("count").toInt());
    }
    rowsSeen = list->property("count").toInt();
    return frames;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    std::setvbuf(stdout, nullptr, _IONBF, 0); // figures appear as they are measured
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("records"), QStringLiteral("Records in the store."),
                   QStringLiteral("n"), QStringLiteral("10000")},
                  {QStringLiteral("runs"), QStringLiteral("Cold starts to time."),
                   QStringLiteral("n"), QStringLiteral("5")},
                  // Internal: fill the store in a child process, so this one's memory is the
                  // app's alone.
                  {QStringLiteral("fill"), QStringLiteral("Only fill a store folder."),
                   QStringLiteral("folder")}});
    p.process(application);
    const int count = p.value(QStringLiteral("records")).toInt();
    const int runs = p.value(QStringLiteral("runs")).toInt();

    if (p.isSet(QStringLiteral("fill")))
        return fillStore(p.value(QStringLiteral("fill")), count) ? 0 : 1;

    QTemporaryDir dir;
    const QString folder = dir.path() + QStringLiteral("/store");
    QElapsedTimer clock;
    clock.start();
    if (QProcess::execute(QCoreApplication::applicationFilePath(),
                          {QStringLiteral("--fill"), folder, QStringLiteral("--records"),
                           QString::number(count)}) != 0)
        return 1;
    std::printf("store: %d records written in %.1f s\n", count, clock.elapsed() / 1000.0);

    std::vector<double> starts;
    long peakKiB = 0;
    for (int i = 0; i < runs; ++i) {
        double ms = 0;
        long rss = 0;
        if (!coldStart(QStringLiteral(FIELDLEDGER_APP_BINARY), folder, ms, rss)) {
            std::fprintf(stderr, "the app did not report its first frame\n");
            return 1;
        }
        starts.push_back(ms);
        peakKiB = std::max(peakKiB, rss);
    }
    std::printf("cold start to first frame (%d runs): median %.0f ms, max %.0f ms; "
                "peak resident %.1f MB\n",
                runs, percentile(starts, 50), percentile(starts, 100), peakKiB / 1024.0);

    auto app = FieldApp::open({folder, QString(), {}, QStringLiteral("zh_CN")}, nullptr);
    if (!app) {
        std::fprintf(stderr, "cannot open the store: %s\n", qPrintable(app.error().message));
        return 1;
    }
    FieldApp::setInstance(app->get());
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/FieldLedger/Main.qml")));
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window) {
        std::fprintf(stderr, "Main.qml did not load\n");
        return 1;
    }
    QMetaObject::invokeMethod(window, "openScreen", Q_ARG(QVariant, QStringLiteral("records")));
    auto *list = findItem(window->contentItem(), QStringLiteral("recordsList"));
    if (!list) {
        std::fprintf(stderr, "the All records screen has no recordsList\n");
        return 1;
    }
    int rows = 0;
    const auto frames = scrollFrames(window, list, rows);
    std::printf(
        "scrolling %d records (%zu frames at %.0f px): frame time p50 %.2f ms, p95 %.2f ms, "
        "p99 %.2f ms, max %.2f ms (60 fps needs under 16.7 ms)\n",
        rows, frames.size(), kStepPx, percentile(frames, 50), percentile(frames, 95),
        percentile(frames, 99), percentile(frames, 100));
    std::printf("resident after scrolling: %.1f MB now, %.1f MB peak (this process)\n",
                residentKiB("VmRSS") / 1024.0, residentKiB("VmHWM") / 1024.0);
    return rows == count ? 0 : 1;
}
