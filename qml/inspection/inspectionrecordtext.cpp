// InspectionDraft's words: source names, validation issues, the plain-text on-site record
// (现场检查笔录), and the checklist templates shipped with the app.

#include "inspectiondraft.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

// Checklist templates: [{"name": ..., "items": [{"item", "keyPoints", "standard", "method"}]}].
const QString kTemplatesFile = u":/qt/qml/FieldLedger/inspection/checklists.json"_s;

struct ChecklistTemplate
{
    QString name;
    QList<fl::ChecklistItem> items;
};

const QList<ChecklistTemplate> &checklistTemplateList()
{
    static const QList<ChecklistTemplate> templates = [] {
        QList<ChecklistTemplate> list;
        QFile file(kTemplatesFile);
        if (!file.open(QIODevice::ReadOnly))
            return list;
        const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
        for (const QJsonValue &value : array) {
            ChecklistTemplate t;
            t.name = value[u"name"_s].toString();
            for (const QJsonValue &item : value[u"items"_s].toArray()) {
                fl::ChecklistItem entry;
                entry.item = item[u"item"_s].toString();
                entry.keyPoints = item[u"keyPoints"_s].toString();
                entry.standard = item[u"standard"_s].toString();
                entry.method = item[u"method"_s].toString();
                t.items << entry;
            }
            if (!t.name.isEmpty() && !t.items.isEmpty())
                list << t;
        }
        return list;
    }();
    return templates;
}

// Inspection times are read in Beijing time, as the offices keep them.
QString beijingTime(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600))
        .toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

} // namespace

QStringList InspectionDraft::sourceNames()
{
    return {tr("Routine inspection"), tr("Special action"),    tr("Complaint"),
            tr("Referral"),           tr("Post-permit check"), tr("Found on patrol"),
            tr("Random draw"),        tr("Follow-up check")};
}

QStringList InspectionDraft::checklistTemplates() const
{
    QStringList names;
    for (const ChecklistTemplate &t : checklistTemplateList())
        names << t.name;
    return names;
}

bool InspectionDraft::applyTemplate(const QString &name)
{
    if (refuseEdit())
        return false;
    for (const ChecklistTemplate &t : checklistTemplateList()) {
        if (t.name != name)
            continue;
        QList<fl::ChecklistItem> added;
        for (const fl::ChecklistItem &item : t.items) {
            const bool listed = std::any_of(
                m_checklist->items().cbegin(), m_checklist->items().cend(),
                [&](const fl::ChecklistItem &existing) { return existing.item == item.item; });
            if (!listed)
                added << item;
        }
        m_checklist->append(added);
        setMessage(tr("%n item(s) from \"%1\" added to the checklist.", nullptr, int(added.size()))
                       .arg(name));
        return true;
    }
    setError(tr("There is no checklist template called \"%1\".").arg(name));
    return false;
}

QString InspectionDraft::issueText(const fl::FieldIssue &issue)
{
    static const QRegularExpression indexed(u"^(\\w+)\\[(\\d+)\\]"_s);
    QString where;
    const QRegularExpressionMatch match = indexed.match(issue.field);
    const int number = match.hasMatch() ? match.captured(2).toInt() + 1 : 0;
    const QString head = match.hasMatch() ? match.captured(1) : issue.field.section(u'.', 0, 0);
    if (head == u"inspectors"_s)
        where = number ? tr("Inspector %1").arg(number) : tr("Inspectors");
    else if (head == u"checklist"_s)
        where = number ? tr("Checklist item %1").arg(number) : tr("Checklist");
    else if (head == u"signatures"_s)
        where = tr("Signatures");
    else if (head == u"enterprise"_s)
        where = issue.field == u"enterprise.uscc"_s ? tr("Credit code") : tr("Enterprise");
    else if (head == u"sourceReference"_s)
        where = tr("Source reference");
    else if (head == u"divisionCode"_s)
        where = tr("Division code");
    else if (head == u"location"_s)
        where = tr("Location");
    else if (head == u"startMs"_s || head == u"endMs"_s)
        where = tr("Time");
    const QString text = where.isEmpty() ? issue.message : tr("%1: %2").arg(where, issue.message);
    return issue.warning ? tr("%1 (noted; it does not stop the record)").arg(text) : text;
}

QString InspectionDraft::previewText() const
{
    fl::Inspection inspection = current();
    if (!inspection.endMs && isSigned())
        inspection.endMs = m_record.endMs;
    return recordText(inspection);
}

QString InspectionDraft::recordText(const fl::Inspection &r)
{
    QStringList lines;
    const auto line = [&](const QString &label, const QString &value) {
        lines << tr("%1: %2").arg(label, value.trimmed().isEmpty() ? tr("(none)") : value);
    };
    lines << tr("On-site inspection record (现场检查笔录)") << QString();
    line(tr("Task"),
         r.taskNumber.isEmpty() ? r.taskName : tr("%1 (No. %2)").arg(r.taskName, r.taskNumber));
    line(tr("Inspection time"),
         r.endMs ? tr("%1 to %2").arg(beijingTime(r.startMs), beijingTime(*r.endMs))
                 : beijingTime(r.startMs));
    line(tr("Enterprise"), r.enterprise.name);
    line(tr("Credit code (USCC)"), r.enterprise.uscc);
    if (!r.usccOverrideReason.trimmed().isEmpty())
        line(tr("Code accepted despite its check because"), r.usccOverrideReason);
    line(tr("Type"), r.enterprise.type);
    line(tr("Legal representative"), r.enterprise.legalRepresentative);
    line(tr("Address"), r.enterprise.address);
    line(tr("Contact"), r.enterprise.contact);
    const QStringList sources = sourceNames();
    const QString source = sources.value(int(r.source));
    line(tr("Source"),
         r.sourceReference.isEmpty() ? source : tr("%1 (%2)").arg(source, r.sourceReference));
    line(tr("Division code"), r.divisionCode);
    if (r.location) {
        line(tr("Location"),
             r.location->accuracy
                 ? tr("%1, %2 (within %3 m)")
                       .arg(r.location->lat, 0, 'f', 6)
                       .arg(r.location->lon, 0, 'f', 6)
                       .arg(std::lround(*r.location->accuracy))
                 : tr("%1, %2").arg(r.location->lat, 0, 'f', 6).arg(r.location->lon, 0, 'f', 6));
    }
    QStringList officers;
    for (const fl::Inspector &inspector : r.inspectors)
        officers << tr("%1 (certificate %2)").arg(inspector.name, inspector.certificateNumber);
    line(tr("Inspectors"), officers.join(u"; "_s));
    lines << QString() << tr("Checklist:");
    if (r.checklist.isEmpty())
        lines << tr("(no items)");
    ChecklistModel words;
    for (qsizetype i = 0; i < r.checklist.size(); ++i) {
        const fl::ChecklistItem &item = r.checklist.at(i);
        lines << tr("%1. %2: %3").arg(i + 1).arg(item.item, words.resultText(int(item.result)));
        if (!item.standard.isEmpty())
            lines << u"   "_s + tr("Standard: %1").arg(item.standard);
        if (item.result == fl::CheckResult::ProblemFound)
            lines << u"   "_s + tr("Problem: %1").arg(item.problem);
        if (!item.evidenceIds.isEmpty())
            lines << u"   "_s +
                         tr("%n photo(s) as evidence", nullptr, int(item.evidenceIds.size()));
    }
    lines << QString() << tr("Findings:")
          << (r.findings.trimmed().isEmpty() ? tr("(none)") : r.findings.trimmed());
    lines << QString() << tr("Signatures:");
    for (const fl::Signature &s : r.signatures) {
        lines << (s.role == fl::SignerRole::Inspector
                      ? tr("Inspector %1, signed %2").arg(s.signerName, beijingTime(s.signedAtMs))
                      : tr("Site representative %1, signed %2")
                            .arg(s.signerName, beijingTime(s.signedAtMs)));
    }
    if (!r.representativeRefusal.trimmed().isEmpty())
        line(tr("The site representative refused to sign"), r.representativeRefusal);
    if (r.signatures.isEmpty() && r.representativeRefusal.trimmed().isEmpty())
        lines << tr("(nobody has signed yet)");
    return lines.join(u'\n');
}
