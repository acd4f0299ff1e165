#include "inspection.h"

#include "checks.h"
#include "codes/uscc.h"
#include "jsonfields.h"

#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace fl {

using json::Need;

namespace {

// --- JSON ---

QJsonObject enterpriseToJson(const Enterprise &e)
{
    QJsonObject o;
    json::putText(o, u"uscc"_s, e.uscc);
    json::putText(o, u"name"_s, e.name);
    json::putText(o, u"type"_s, e.type);
    json::putText(o, u"legalRepresentative"_s, e.legalRepresentative);
    json::putText(o, u"address"_s, e.address);
    json::putText(o, u"contact"_s, e.contact);
    return o;
}

Enterprise enterpriseFromJson(json::Reader &in)
{
    Enterprise e;
    e.uscc = in.text(u"uscc"_s);
    e.name = in.text(u"name"_s);
    e.type = in.text(u"type"_s);
    e.legalRepresentative = in.text(u"legalRepresentative"_s);
    e.address = in.text(u"address"_s);
    e.contact = in.text(u"contact"_s);
    return e;
}

QJsonObject inspectorToJson(const Inspector &inspector)
{
    QJsonObject o;
    json::putText(o, u"name"_s, inspector.name);
    json::putText(o, u"certificateNumber"_s, inspector.certificateNumber);
    return o;
}

Inspector inspectorFromJson(json::Reader &in)
{
    return Inspector{in.text(u"name"_s), in.text(u"certificateNumber"_s)};
}

QJsonObject checklistItemToJson(const ChecklistItem &item)
{
    QJsonObject o;
    json::putText(o, u"item"_s, item.item);
    json::putText(o, u"keyPoints"_s, item.keyPoints);
    json::putText(o, u"standard"_s, item.standard);
    json::putText(o, u"method"_s, item.method);
    json::putEnum(o, u"result"_s, item.result);
    json::putText(o, u"problem"_s, item.problem);
    json::putTexts(o, u"evidenceIds"_s, item.evidenceIds);
    return o;
}

ChecklistItem checklistItemFromJson(json::Reader &in)
{
    ChecklistItem item;
    item.item = in.text(u"item"_s);
    item.keyPoints = in.text(u"keyPoints"_s);
    item.standard = in.text(u"standard"_s);
    item.method = in.text(u"method"_s);
    item.result = in.enumeration<CheckResult>(u"result"_s);
    item.problem = in.text(u"problem"_s);
    item.evidenceIds = in.texts(u"evidenceIds"_s);
    return item;
}

// Strokes as [[[x, y, tMs], ...], ...]: compact, and a signature has hundreds of points.
QJsonArray strokesToJson(const QList<Stroke> &strokes)
{
    return json::arrayOf(strokes, [](const Stroke &stroke) {
        return json::arrayOf(stroke, [](const StrokePoint &p) {
            return QJsonArray{p.x, p.y, QJsonValue(p.tMs)};
        });
    });
}

QList<Stroke> strokesFromJson(json::Reader &in, const QString &key)
{
    QList<Stroke> strokes;
    const QJsonArray values = in.array(key);
    for (qsizetype s = 0; s < values.size(); ++s) {
        const QString strokePath = json::indexPath(in.pathOf(key), s);
        if (!values.at(s).isArray()) {
            in.fail(strokePath, u"expected a list of [x, y, milliseconds] points"_s);
            return {};
        }
        Stroke stroke;
        const QJsonArray points = values.at(s).toArray();
        for (qsizetype i = 0; i < points.size(); ++i) {
            const QJsonArray p = points.at(i).toArray();
            const bool ok = points.at(i).isArray() && p.size() == 3 &&
                            json::isFiniteNumber(p.at(0)) && json::isFiniteNumber(p.at(1)) &&
                            json::isFiniteNumber(p.at(2)) &&
                            double(p.at(2).toInteger()) == p.at(2).toDouble();
            if (!ok) {
                in.fail(json::indexPath(strokePath, i), u"expected [x, y, milliseconds]"_s);
                return {};
            }
            stroke.append(StrokePoint{p.at(0).toDouble(), p.at(1).toDouble(), p.at(2).toInteger()});
        }
        strokes.append(stroke);
    }
    return strokes;
}

QJsonObject signatureToJson(const Signature &signature)
{
    QJsonObject o;
    json::putEnum(o, u"role"_s, signature.role);
    json::putText(o, u"signerName"_s, signature.signerName);
    json::putNonZero(o, u"signedAtMs"_s, signature.signedAtMs);
    json::putArray(o, u"strokes"_s, strokesToJson(signature.strokes));
    json::putText(o, u"renderingEvidenceId"_s, signature.renderingEvidenceId);
    return o;
}

Signature signatureFromJson(json::Reader &in)
{
    Signature signature;
    signature.role = in.enumeration<SignerRole>(u"role"_s);
    signature.signerName = in.text(u"signerName"_s);
    signature.signedAtMs = in.integer(u"signedAtMs"_s);
    signature.strokes = strokesFromJson(in, u"strokes"_s);
    signature.renderingEvidenceId = in.text(u"renderingEvidenceId"_s);
    return signature;
}

// --- validation ---

bool hasInk(const Signature &signature)
{
    return std::any_of(signature.strokes.cbegin(), signature.strokes.cend(),
                       [](const Stroke &stroke) { return !stroke.isEmpty(); });
}

void validateUscc(QList<FieldIssue> &issues, const Inspection &inspection)
{
    const QString field = u"enterprise.uscc"_s;
    const QString &override = inspection.usccOverrideReason;
    const codes::UsccCheck check = codes::validateUscc(inspection.enterprise.uscc);
    if (!check.valid()) {
        if (override.trimmed().isEmpty())
            checks::error(issues, field,
                          inspection.enterprise.uscc.trimmed().isEmpty()
                              ? u"the enterprise's credit code (USCC) is missing"_s
                              : check.firstError());
        else
            checks::warning(issues, field,
                            u"check failed, accepted by override: %1"_s.arg(override));
    }
    for (const codes::CodeFinding &finding : check.findings) {
        if (finding.severity == codes::Severity::Warning)
            checks::warning(issues, field, finding.message);
    }
}

void validateInspectors(QList<FieldIssue> &issues, const QList<Inspector> &inspectors)
{
    if (inspectors.size() < 2)
        checks::error(
            issues, u"inspectors"_s,
            u"an inspection needs at least two inspectors, %1 listed"_s.arg(inspectors.size()));
    QSet<QString> certificates;
    for (qsizetype i = 0; i < inspectors.size(); ++i) {
        const QString path = json::indexPath(u"inspectors"_s, i);
        const Inspector &inspector = inspectors.at(i);
        checks::requireText(issues, path + u".name"_s, inspector.name, u"the inspector's name"_s);
        const QString certificate = inspector.certificateNumber.trimmed();
        if (!checks::requireText(issues, path + u".certificateNumber"_s, certificate,
                                 u"the inspector's certificate number"_s))
            continue;
        if (certificates.contains(certificate))
            checks::error(issues, path + u".certificateNumber"_s,
                          u"certificate number %1 is listed twice"_s.arg(certificate));
        certificates.insert(certificate);
    }
}

void validateChecklist(QList<FieldIssue> &issues, const Inspection &inspection)
{
    for (qsizetype i = 0; i < inspection.checklist.size(); ++i) {
        const QString path = json::indexPath(u"checklist"_s, i);
        const ChecklistItem &item = inspection.checklist.at(i);
        checks::requireText(issues, path + u".item"_s, item.item, u"the checklist item"_s);
        if (item.result == CheckResult::ProblemFound)
            checks::requireText(issues, path + u".problem"_s, item.problem,
                                u"a description of the problem found"_s);
        if (item.result == CheckResult::NotChecked && inspection.status == InspectionStatus::Signed)
            checks::error(issues, path + u".result"_s,
                          u"\"%1\" was not checked; a signed record cannot leave items open"_s.arg(
                              item.item));
        checks::checkIds(issues, path + u".evidenceIds"_s, item.evidenceIds);
    }
}

void validateSignatures(QList<FieldIssue> &issues, const Inspection &inspection, qint64 nowMs)
{
    for (qsizetype i = 0; i < inspection.signatures.size(); ++i) {
        const QString path = json::indexPath(u"signatures"_s, i);
        const Signature &signature = inspection.signatures.at(i);
        checks::requireText(issues, path + u".signerName"_s, signature.signerName,
                            u"the signer's name"_s);
        checks::checkTime(issues, path + u".signedAtMs"_s, signature.signedAtMs, nowMs);
        checks::checkId(issues, path + u".renderingEvidenceId"_s, signature.renderingEvidenceId,
                        false);
    }
}

// What a signed record must carry: an end time, every inspector's own signature, and the site
// representative's signature or the reason they refused.
void validateSigned(QList<FieldIssue> &issues, const Inspection &inspection)
{
    if (!inspection.endMs)
        checks::error(issues, u"endMs"_s, u"a signed record needs an end time"_s);
    const auto signedBy = [&](SignerRole role, const QString &name) {
        return std::any_of(inspection.signatures.cbegin(), inspection.signatures.cend(),
                           [&](const Signature &s) {
                               return s.role == role && hasInk(s) &&
                                      (name.isNull() || s.signerName.trimmed() == name.trimmed());
                           });
    };
    for (const Inspector &inspector : inspection.inspectors) {
        if (!inspector.name.trimmed().isEmpty() && !signedBy(SignerRole::Inspector, inspector.name))
            checks::error(issues, u"signatures"_s,
                          u"inspector %1 has not signed"_s.arg(inspector.name));
    }
    if (!signedBy(SignerRole::SiteRepresentative, QString()) &&
        inspection.representativeRefusal.trimmed().isEmpty())
        checks::error(issues, u"signatures"_s,
                      u"the site representative has not signed; if they refuse, write down why"_s);
}

// Fixed one-decimal formatting: the same strokes must give the same bytes on every device.
QByteArray coordinate(double unit, int size)
{
    const double clamped = std::isfinite(unit) ? std::clamp(unit, 0.0, 1.0) : 0.0;
    return QByteArray::number(clamped * size + 0.0, 'f', 1); // + 0.0 turns -0 into 0
}

} // namespace

QJsonObject Inspection::toJson() const
{
    QJsonObject o;
    json::putText(o, u"taskName"_s, taskName);
    json::putText(o, u"taskNumber"_s, taskNumber);
    json::putObject(o, u"enterprise"_s, enterpriseToJson(enterprise));
    json::putText(o, u"usccOverrideReason"_s, usccOverrideReason);
    json::putEnum(o, u"source"_s, source);
    json::putText(o, u"sourceReference"_s, sourceReference);
    json::putText(o, u"divisionCode"_s, divisionCode);
    if (location)
        o.insert(u"location"_s, json::positionToJson(*location));
    json::putArray(o, u"inspectors"_s, json::arrayOf(inspectors, inspectorToJson));
    o.insert(u"startMs"_s, QJsonValue(startMs));
    json::putOptional(o, u"endMs"_s, endMs);
    json::putArray(o, u"checklist"_s, json::arrayOf(checklist, checklistItemToJson));
    json::putText(o, u"findings"_s, findings);
    json::putText(o, u"onSiteRecord"_s, onSiteRecord);
    json::putText(o, u"representativeRefusal"_s, representativeRefusal);
    json::putArray(o, u"signatures"_s, json::arrayOf(signatures, signatureToJson));
    json::putEnum(o, u"status"_s, status);
    return o;
}

Result<Inspection> Inspection::fromJson(const QJsonObject &json)
{
    std::optional<Error> error;
    json::Reader in(json, &error);
    Inspection r;
    r.taskName = in.text(u"taskName"_s);
    r.taskNumber = in.text(u"taskNumber"_s);
    if (auto enterprise = in.object(u"enterprise"_s))
        r.enterprise = enterpriseFromJson(*enterprise);
    r.usccOverrideReason = in.text(u"usccOverrideReason"_s);
    r.source = in.enumeration<InspectionSource>(u"source"_s);
    r.sourceReference = in.text(u"sourceReference"_s);
    r.divisionCode = in.text(u"divisionCode"_s);
    r.location = in.optionalPosition(u"location"_s);
    r.inspectors = in.list<Inspector>(u"inspectors"_s, inspectorFromJson);
    r.startMs = in.integer(u"startMs"_s, Need::Required);
    r.endMs = in.optionalInteger(u"endMs"_s);
    r.checklist = in.list<ChecklistItem>(u"checklist"_s, checklistItemFromJson);
    r.findings = in.text(u"findings"_s);
    r.onSiteRecord = in.text(u"onSiteRecord"_s);
    r.representativeRefusal = in.text(u"representativeRefusal"_s);
    r.signatures = in.list<Signature>(u"signatures"_s, signatureFromJson);
    r.status = in.enumeration<InspectionStatus>(u"status"_s);
    if (error)
        return *error;
    return r;
}

QList<FieldIssue> Inspection::validate(qint64 nowMs) const
{
    QList<FieldIssue> issues;
    checks::requireText(issues, u"enterprise.name"_s, enterprise.name, u"the enterprise's name"_s);
    validateUscc(issues, *this);
    if (source == InspectionSource::RandomDraw || source == InspectionSource::Complaint)
        checks::requireText(issues, u"sourceReference"_s, sourceReference,
                            source == InspectionSource::RandomDraw
                                ? u"the random draw's reference"_s
                                : u"the complaint case's reference"_s);
    checks::checkDivisionCode(issues, u"divisionCode"_s, divisionCode, true);
    if (location)
        checks::checkPosition(issues, u"location"_s, *location);
    validateInspectors(issues, inspectors);
    checks::requireTime(issues, u"startMs"_s, startMs, nowMs, u"the start time"_s);
    if (endMs) {
        checks::checkTime(issues, u"endMs"_s, *endMs, nowMs);
        checks::checkEndAfterStart(issues, u"endMs"_s, startMs, *endMs);
    }
    validateChecklist(issues, *this);
    validateSignatures(issues, *this, nowMs);
    if (status == InspectionStatus::Signed)
        validateSigned(issues, *this);
    return issues;
}

QByteArray renderSignatureSvg(const QList<Stroke> &strokes, int width, int height)
{
    width = std::max(1, width);
    height = std::max(1, height);
    const QByteArray w = QByteArray::number(width);
    const QByteArray h = QByteArray::number(height);
    QByteArray svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"" + h +
                     "\" viewBox=\"0 0 " + w + ' ' + h + "\">";
    for (const Stroke &stroke : strokes) {
        if (stroke.isEmpty())
            continue;
        QByteArray d;
        for (qsizetype i = 0; i < stroke.size(); ++i) {
            d += (i == 0 ? "M" : " L") + coordinate(stroke[i].x, width) + ' ' +
                 coordinate(stroke[i].y, height);
        }
        if (stroke.size() == 1) // a dot: a zero-length line that the round cap makes visible
            d += " L" + coordinate(stroke[0].x, width) + ' ' + coordinate(stroke[0].y, height);
        svg += "<path d=\"" + d +
               "\" fill=\"none\" stroke=\"#000000\" stroke-width=\"3\" "
               "stroke-linecap=\"round\" stroke-linejoin=\"round\"/>";
    }
    svg += "</svg>\n";
    return svg;
}

} // namespace fl
