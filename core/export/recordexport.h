#pragma once

// Field records as GeoJSON features, GPX tracks and CSV tables: the same mapping for the device
// CLI and the ledger's office exports.

#include "csv.h"
#include "domain/patrol.h"
#include "domain/record.h"
#include "geojson.h"
#include "gpx.h"

#include <QList>

namespace fl::exporters {

struct ExportRecord
{
    Record record;
    QList<geo::TrackFix> track; // patrols only; empty otherwise
};

// One feature per record (patrol: its track as a LineString, or null geometry before the first
// fix) plus one Point feature per patrol problem, so a GIS shows problems as their own layer.
// Properties: id, kind, revision, author, status, title, and the record's body fields.
[[nodiscard]] QList<Feature> recordFeatures(const QList<ExportRecord> &records);

// Patrol tracks, with each problem as a waypoint named by its category.
[[nodiscard]] GpxDocument patrolsToGpx(const QList<ExportRecord> &records);

// One row per record of `kind`: common columns (id, status, date, title, division, position in
// WGS-84 and GCJ-02 for Chinese map tools, author, revision) and the kind's own columns.
// Patrols include validity against `rules`.
[[nodiscard]] QByteArray recordsToCsv(RecordKind kind, const QList<ExportRecord> &records,
                                      const PatrolRules &rules = {});

} // namespace fl::exporters
