// export: records as GeoJSON (RFC 7946), GPX 1.1 tracks, or CSV for Excel/WPS.

#include "cli.h"
#include "commands.h"

#include "export/recordexport.h"

#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace fl::cli {

namespace {

Result<QList<exporters::ExportRecord>> loadAll(Store &store, std::optional<RecordKind> kind)
{
    QList<exporters::ExportRecord> records;
    ListQuery query;
    query.kind = kind;
    query.limit = 1000;
    do {
        auto page = store.list(query);
        if (!page)
            return page.error();
        for (const auto &row : page->rows) {
            auto record = store.record(row.id);
            if (!record)
                return record.error();
            exporters::ExportRecord item{*record, {}};
            if (row.kind == RecordKind::Patrol) {
                auto track = store.track(row.id);
                if (!track)
                    return track.error();
                item.track = *track;
            }
            records << item;
        }
        query.after = page->nextCursor;
    } while (!query.after.isEmpty());
    return records;
}

int exportRecords(Context &c, const QCommandLineParser &p)
{
    const QString format = p.value(u"format"_s);
    std::optional<RecordKind> kind;
    if (p.isSet(u"kind"_s)) {
        kind = recordKindFromName(p.value(u"kind"_s));
        if (!kind)
            return c.fail(u"unknown record kind '%1'"_s.arg(p.value(u"kind"_s)));
    }
    if (format == u"csv"_s && !kind)
        return c.usage(u"CSV holds one kind per file: add --kind"_s);
    Store *store = c.store();
    if (!store)
        return Failed;
    auto records = loadAll(*store, format == u"gpx"_s ? RecordKind::Patrol : kind);
    if (!records)
        return c.fail(records.error());

    QByteArray data;
    if (format == u"geojson"_s) {
        data = exporters::toGeoJson(exporters::recordFeatures(*records));
    } else if (format == u"gpx"_s) {
        data = exporters::toGpx(exporters::patrolsToGpx(*records));
    } else if (format == u"csv"_s) {
        auto rules = store->patrolRules();
        if (!rules)
            return c.fail(rules.error());
        data = exporters::recordsToCsv(*kind, *records, *rules);
    } else {
        return c.usage(u"--format must be geojson, gpx or csv"_s);
    }

    const QString out = p.value(u"out"_s);
    if (out.isEmpty() || out == u"-"_s) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(data) != data.size())
            return c.fail(makeError(ErrorCode::Io, u"cannot write to standard output"_s));
        return Ok;
    }
    // Written to a temporary file and renamed: a full disk never leaves half an export.
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return c.fail(
            makeError(ErrorCode::Io, u"cannot write %1: %2"_s.arg(out, file.errorString())));
    c.err << u"wrote %1 records to %2 (%3)\n"_s.arg(records->size())
                 .arg(out, formatBytes(data.size()));
    return Ok;
}

} // namespace

void registerExportCommands()
{
    commands() << Command{
        u"export"_s, u"Export records as GeoJSON, GPX or CSV"_s,
        [](QCommandLineParser &p) {
            p.addOption({u"format"_s, u"geojson, gpx or csv."_s, u"format"_s, u"geojson"_s});
            p.addOption({u"kind"_s, u"Only this record kind (required for CSV)."_s, u"kind"_s});
            p.addOption({u"out"_s, u"Output file (default: standard output)."_s, u"file"_s});
        },
        exportRecords};
}

} // namespace fl::cli
