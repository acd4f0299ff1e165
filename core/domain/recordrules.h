#pragma once

// Kind-independent entry points the store and the sync server use: validate any record body,
// extract the columns lists and map queries index, and tell which records are immutable.

#include "record.h"

#include <QJsonObject>

#include <optional>

namespace fl {

// Parses the body as its kind and validates it. A body that does not parse is one error
// naming the field.
[[nodiscard]] QList<FieldIssue> validateRecordBody(RecordKind kind, const QJsonObject &body,
                                                   qint64 nowMs);

// What lists, searches and the map need without parsing the whole body again.
struct IndexFields
{
    QString status;    // the kind's status name ("in_progress", "signed", "closed_out", ...)
    qint64 dateMs = 0; // the record's main date: patrol start, inspection start, ...
    std::optional<double> lat;
    std::optional<double> lon;
    QString title; // one line for lists: water body and segment, enterprise name, ...
    QString divisionCode;
    QString assignee; // for tasks and complaints
};
[[nodiscard]] IndexFields indexFields(RecordKind kind, const QJsonObject &body);

struct RecordAnalysis
{
    QList<FieldIssue> issues;
    IndexFields index;
};
// Both of the above from one parse of the body (what a save needs).
[[nodiscard]] RecordAnalysis analyzeRecordBody(RecordKind kind, const QJsonObject &body,
                                               qint64 nowMs);

// Evidence is always immutable; a signed inspection is immutable. Edits of such records are
// refused (they may only be annotated by new records that reference them).
[[nodiscard]] bool isImmutable(RecordKind kind, const QJsonObject &body);

// Evidence ids a record body references (problems, checklist items, signatures, close-outs).
[[nodiscard]] QStringList referencedEvidence(RecordKind kind, const QJsonObject &body);

} // namespace fl
