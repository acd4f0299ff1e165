// `ledgerd export`: the ledger's current records as GeoJSON, GPX or CSV for GIS tools and
// spreadsheets, with the same mapping the device CLI uses (core/export).

#include "domain/trackjson.h"
#include "export/recordexport.h"
#include "ledger/change.h"
#include "officecommands.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace fl::office {

namespace {

// Replays the chain for what the records table does not keep: each record's author, HLC and
// device of its latest version, and the kept fixes of patrol tracks.
Result<QHash<QString, exporters::ExportRecord>> collect(ledger::LedgerStore &store)
{
    QHash<QString, exporters::ExportRecord> out;
    auto r = store.forEachEntry([&](const ledger::StoredEntry &e) {
        auto parsed = ledger::parseChange(e.payload);
        if (const auto *c = std::get_if<ledger::ParsedChange>(&parsed)) {
            exporters::ExportRecord &rec = out[c->recordId];
            if (c->op == ledger::ChangeOp::Track) {
                for (const QJsonValue &fix : c->whole.value(u"fixes"_s).toArray())
                    rec.track << trackFixFromJson(fix.toArray());
            } else {
                rec.record.meta.author = c->author;
                rec.record.meta.hlc = c->hlc;
                rec.record.meta.deviceId = c->deviceId;
            }
        }
        return true;
    });
    if (!r)
        return r.error();
    return out;
}

} // namespace

int exportRecords(ledger::LedgerStore &store, const QCommandLineParser &args)
{
    const QString format = args.value(u"format"_s);
    const auto kind = recordKindFromName(args.value(u"kind"_s));
    if (format == u"csv"_s && !kind) {
        printLine(stderr, u"ledgerd export: csv needs --kind (patrol, inspection, "
                          "greenshield_clue, evidence, rectification_task, complaint_case)"_s);
        return 1;
    }
    auto collected = collect(store);
    if (!collected) {
        printLine(stderr, u"ledgerd export: %1"_s.arg(collected.error().toString()));
        return 2;
    }
    QList<exporters::ExportRecord> records;
    auto r = store.forEachRecord([&](const ledger::StoredRecord &row) {
        const auto rowKind = recordKindFromName(row.kind);
        if (row.deleted || !rowKind || (kind && *rowKind != *kind))
            return true;
        exporters::ExportRecord rec = collected->value(row.recordId);
        rec.record.meta.id = row.recordId;
        rec.record.meta.kind = *rowKind;
        rec.record.meta.revision = row.revision;
        rec.record.body = QJsonDocument::fromJson(row.body).object();
        if (*rowKind != RecordKind::Patrol)
            rec.track.clear();
        records << rec;
        return true;
    });
    if (!r) {
        printLine(stderr, u"ledgerd export: %1"_s.arg(r.error().toString()));
        return 2;
    }
    QByteArray bytes;
    if (format == u"geojson"_s)
        bytes = exporters::toGeoJson(exporters::recordFeatures(records));
    else if (format == u"gpx"_s)
        bytes = exporters::toGpx(exporters::patrolsToGpx(records));
    else if (format == u"csv"_s)
        bytes = exporters::recordsToCsv(*kind, records);
    else {
        printLine(stderr, u"ledgerd export: --format must be geojson, gpx or csv"_s);
        return 1;
    }
    QSaveFile file(args.value(u"out"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        printLine(stderr, u"ledgerd export: cannot write %1"_s.arg(args.value(u"out"_s)));
        return 2;
    }
    printLine(stdout, u"%1 records written to %2"_s.arg(records.size()).arg(file.fileName()));
    return 0;
}

} // namespace fl::office
