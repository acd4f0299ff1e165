#include "appoptions.h"

#include "translator.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

fl::Result<AppOptions> parseAppOptions(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        u"FieldLedger field app: river patrols, enterprise inspections and Green Shield clue "
        "verification, recorded offline and synced to the office ledger."_s);
    p.addHelpOption();
    p.addVersionOption();
    const QString defaultStore =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/store"_s;
    p.addOptions({
        {u"store"_s,
         u"The device's record store folder (made on first start).\nDefault: %1"_s.arg(
             QDir::toNativeSeparators(defaultStore)),
         u"folder"_s, defaultStore},
        {u"server"_s, u"The office ledger to enrol with, e.g. https://ledger.example.org."_s,
         u"url"_s},
        {u"language"_s, u"zh_CN (default), en or ug (Uyghur). Also chosen in Settings."_s,
         u"code"_s},
        {u"user"_s, u"The device user's name, signed on every record."_s, u"name"_s},
        {u"position"_s,
         u"Where fixes come from: system (the device's GNSS), nmea:FILE (replay a recorded "
         "NMEA log) or none."_s,
         u"source"_s, u"system"_s},
        {u"replay-speed"_s, u"NMEA replay speed: 1 = as recorded, 10 = ten times faster."_s,
         u"factor"_s, u"1"_s},
        {u"replay-original-times"_s,
         u"NMEA replay keeps the log's own times instead of starting now."_s},
        {u"screenshots"_s,
         u"Visit every screen in every language, save a PNG of each under the folder, and "
         "quit (works offscreen: QT_QPA_PLATFORM=offscreen)."_s,
         u"folder"_s},
        {u"report-first-frame"_s,
         u"Print the milliseconds from start to the first frame drawn, then quit."_s},
    });
    p.process(arguments);
    if (!p.positionalArguments().isEmpty()) {
        return fl::makeError(
            fl::ErrorCode::InvalidInput,
            u"unexpected argument '%1' (see --help)"_s.arg(p.positionalArguments().first()));
    }

    AppOptions o;
    o.app.storeFolder = p.value(u"store"_s);
    o.app.server = QUrl(p.value(u"server"_s));
    if (!p.value(u"server"_s).isEmpty() &&
        (!o.app.server.isValid() || o.app.server.scheme().isEmpty()))
        return fl::makeError(
            fl::ErrorCode::InvalidInput,
            u"--server '%1' is not a URL like http://host:port"_s.arg(p.value(u"server"_s)));
    o.app.language = p.value(u"language"_s);
    if (!o.app.language.isEmpty() && !Translator::languages().contains(o.app.language))
        return fl::makeError(
            fl::ErrorCode::InvalidInput,
            u"--language must be one of %1"_s.arg(Translator::languages().join(u", "_s)));
    o.app.author = p.value(u"user"_s);
    o.position.spec = p.value(u"position"_s);
    bool speedOk = false;
    o.position.replaySpeed = p.value(u"replay-speed"_s).toDouble(&speedOk);
    if (!speedOk || o.position.replaySpeed <= 0 || o.position.replaySpeed > 1000)
        return fl::makeError(fl::ErrorCode::InvalidInput,
                             u"--replay-speed must be a number from 0.01 to 1000"_s);
    o.position.replayFromNow = !p.isSet(u"replay-original-times"_s);
    o.screenshotFolder = p.value(u"screenshots"_s);
    o.reportFirstFrame = p.isSet(u"report-first-frame"_s);
    return o;
}
