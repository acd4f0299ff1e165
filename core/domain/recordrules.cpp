#include "recordrules.h"

#include "enumnames.h"
#include "evidence.h"
#include "greenshield.h"
#include "inspection.h"
#include "patrol.h"
#include "rectification.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace fl {

namespace {

// A parse error reads "problems[2].location.lat: expected a number": split it back into the
// field and the message so the screen can point at the field.
FieldIssue parseIssue(const Error &error)
{
    const qsizetype colon = error.message.indexOf(u": "_s);
    if (colon < 0)
        return FieldIssue{QString(), error.message, false};
    return FieldIssue{error.message.left(colon), error.message.mid(colon + 2), false};
}

void setPosition(IndexFields &fields, std::optional<geo::LatLon> point)
{
    if (point && geo::isValidWgs84(*point)) {
        fields.lat = point->lat;
        fields.lon = point->lon;
    }
}

void setPosition(IndexFields &fields, const std::optional<Position> &position)
{
    if (position)
        setPosition(fields, std::optional<geo::LatLon>(position->latLon()));
}

// "A · B", leaving out the parts that are empty.
QString joinTitle(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return a.isEmpty() ? b : a;
    return a + u" · "_s + b;
}

IndexFields patrolIndex(const Patrol &p)
{
    // No position: the store indexes the start of the track itself.
    IndexFields f;
    f.status = enumName(p.status);
    f.dateMs = p.startMs;
    f.title = joinTitle(p.waterBody, p.segment);
    f.divisionCode = p.divisionCode;
    return f;
}

IndexFields inspectionIndex(const Inspection &r)
{
    IndexFields f;
    f.status = enumName(r.status);
    f.dateMs = r.startMs;
    setPosition(f, r.location);
    f.title = r.enterprise.name.isEmpty() ? r.taskName : r.enterprise.name;
    f.divisionCode = r.divisionCode;
    return f;
}

IndexFields clueIndex(const GreenShieldClue &c)
{
    IndexFields f;
    f.status = enumName(c.rectification.state);
    f.dateMs = c.verification.verifiedAtMs;
    setPosition(f, c.referencePoint());
    f.title = joinTitle(c.clueCode, c.protectedAreaName);
    f.divisionCode = c.countyCode;
    return f;
}

IndexFields evidenceIndex(const Evidence &e)
{
    IndexFields f; // evidence has no workflow, so no status
    f.dateMs = e.capturedAtMs;
    setPosition(f, e.position);
    f.title = e.originalName.isEmpty() ? e.sha256.left(12) : e.originalName;
    return f;
}

IndexFields taskIndex(const RectificationTask &t)
{
    IndexFields f;
    f.status = enumName(t.status);
    f.dateMs = t.closedAtMs; // 0 while open: open tasks sort by their deadline text instead
    setPosition(f, t.location);
    f.title = joinTitle(t.taskNumber, t.title);
    f.divisionCode = t.divisionCode;
    f.assignee = t.assignee;
    return f;
}

IndexFields complaintIndex(const ComplaintCase &c)
{
    IndexFields f;
    f.status = enumName(c.status);
    f.dateMs = c.receivedAtMs;
    setPosition(f, c.location);
    f.title = c.caseNumber;
    f.divisionCode = c.divisionCode;
    f.assignee = c.assignee;
    return f;
}

// Parses once, then validates and extracts the index columns from the same typed value.
template <typename T, typename F>
RecordAnalysis analyze(const QJsonObject &body, qint64 nowMs, F index)
{
    const Result<T> parsed = T::fromJson(body);
    if (parsed)
        return {parsed->validate(nowMs), index(*parsed)};
    // An unparsable body (an old or damaged revision) still gets listed with what it says.
    IndexFields f;
    f.status = body.value(u"status"_s).toString();
    f.divisionCode = body.value(u"divisionCode"_s).toString();
    f.assignee = body.value(u"assignee"_s).toString();
    return {{parseIssue(parsed.error())}, f};
}

void collectEvidence(const QJsonValue &value, QStringList &ids)
{
    const auto add = [&ids](const QJsonValue &id) {
        if (id.isString() && !id.toString().isEmpty() && !ids.contains(id.toString()))
            ids.append(id.toString());
    };
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectEvidence(item, ids);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == u"evidenceIds"_s && it.value().isArray()) {
            for (const QJsonValue &id : it.value().toArray())
                add(id);
        } else if (it.key() == u"renderingEvidenceId"_s) {
            add(it.value());
        } else {
            collectEvidence(it.value(), ids);
        }
    }
}

} // namespace

RecordAnalysis analyzeRecordBody(RecordKind kind, const QJsonObject &body, qint64 nowMs)
{
    switch (kind) {
    case RecordKind::Patrol:
        return analyze<Patrol>(body, nowMs, patrolIndex);
    case RecordKind::Inspection:
        return analyze<Inspection>(body, nowMs, inspectionIndex);
    case RecordKind::GreenShieldClue:
        return analyze<GreenShieldClue>(body, nowMs, clueIndex);
    case RecordKind::Evidence:
        return analyze<Evidence>(body, nowMs, evidenceIndex);
    case RecordKind::RectificationTask:
        return analyze<RectificationTask>(body, nowMs, taskIndex);
    case RecordKind::ComplaintCase:
        return analyze<ComplaintCase>(body, nowMs, complaintIndex);
    }
    return {{FieldIssue{QString(), u"unknown record kind"_s, false}}, {}};
}

QList<FieldIssue> validateRecordBody(RecordKind kind, const QJsonObject &body, qint64 nowMs)
{
    return analyzeRecordBody(kind, body, nowMs).issues;
}

IndexFields indexFields(RecordKind kind, const QJsonObject &body)
{
    return analyzeRecordBody(kind, body, 0).index;
}

bool isImmutable(RecordKind kind, const QJsonObject &body)
{
    switch (kind) {
    case RecordKind::Evidence:
        return true;
    case RecordKind::Inspection:
        // Read the raw status: a signed record stays locked even if another field is damaged.
        return body.value(u"status"_s).toString() == enumName(InspectionStatus::Signed);
    default:
        return false;
    }
}

// Walks the body rather than the typed struct, so references are found even in a body that no
// longer parses: an evidence blob must never be collected while something still points at it.
QStringList referencedEvidence(RecordKind kind, const QJsonObject &body)
{
    QStringList ids;
    if (kind != RecordKind::Evidence)
        collectEvidence(body, ids);
    return ids;
}

} // namespace fl
