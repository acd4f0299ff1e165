#include "inspectiondraft.h"

#include "codes/uscc.h"
#include "positionfeed.h"
#include "recordstore.h"
#include "signaturepad.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

InspectionDraft::InspectionDraft(QObject *parent)
    : QObject(parent)
    , m_checklist(new ChecklistModel(this))
    , m_inspectors(new InspectorModel(this))
{
    // Signatures and missing signers depend on the inspectors listed.
    connect(m_inspectors, &InspectorModel::edited, this, &InspectionDraft::changed);
    // Checklist edits change what was signed (see missingSignatures).
    connect(m_checklist, &ChecklistModel::edited, this, &InspectionDraft::changed);
}

InspectionDraft::~InspectionDraft() = default;

void InspectionDraft::setStore(RecordStore *store)
{
    if (m_store == store)
        return;
    m_store = store;
    Q_EMIT storeChanged();
}

void InspectionDraft::setPosition(PositionFeed *position)
{
    if (m_position == position)
        return;
    m_position = position;
    Q_EMIT positionChanged();
}

bool InspectionDraft::codeValid() const
{
    return fl::codes::validateUscc(m_record.enterprise.uscc).valid();
}

QStringList InspectionDraft::codeFindings() const
{
    QStringList findings;
    for (const auto &finding : fl::codes::validateUscc(m_record.enterprise.uscc).findings)
        findings << finding.message;
    return findings;
}

bool InspectionDraft::canContinue() const
{
    return started() && (codeValid() || !m_record.usccOverrideReason.trimmed().isEmpty());
}

bool InspectionDraft::setText(QString &field, const QString &value)
{
    if (field == value || isSigned())
        return false;
    field = value;
    Q_EMIT changed();
    return true;
}

void InspectionDraft::setOverrideReason(const QString &reason)
{
    setText(m_record.usccOverrideReason, reason);
}

void InspectionDraft::setEnterpriseName(const QString &value)
{
    setText(m_record.enterprise.name, value);
}

void InspectionDraft::setEnterpriseType(const QString &value)
{
    setText(m_record.enterprise.type, value);
}

void InspectionDraft::setLegalRepresentative(const QString &value)
{
    setText(m_record.enterprise.legalRepresentative, value);
}

void InspectionDraft::setEnterpriseAddress(const QString &value)
{
    setText(m_record.enterprise.address, value);
}

void InspectionDraft::setEnterpriseContact(const QString &value)
{
    setText(m_record.enterprise.contact, value);
}

void InspectionDraft::setSource(int source)
{
    if (source < Routine || source > FollowUp || source == int(m_record.source) || isSigned())
        return;
    m_record.source = fl::InspectionSource(source);
    Q_EMIT changed();
}

bool InspectionDraft::sourceNeedsReference() const
{
    return m_record.source == fl::InspectionSource::RandomDraw ||
           m_record.source == fl::InspectionSource::Complaint;
}

void InspectionDraft::setSourceReference(const QString &value)
{
    setText(m_record.sourceReference, value);
}

void InspectionDraft::setDivisionCode(const QString &value)
{
    setText(m_record.divisionCode, value.trimmed());
}

void InspectionDraft::setTaskName(const QString &value)
{
    setText(m_record.taskName, value);
}

void InspectionDraft::setTaskNumber(const QString &value)
{
    setText(m_record.taskNumber, value);
}

double InspectionDraft::latitude() const
{
    return m_record.location ? m_record.location->lat : qQNaN();
}

double InspectionDraft::longitude() const
{
    return m_record.location ? m_record.location->lon : qQNaN();
}

double InspectionDraft::accuracy() const
{
    return m_record.location ? m_record.location->accuracy.value_or(qQNaN()) : qQNaN();
}

void InspectionDraft::setFindings(const QString &value)
{
    setText(m_record.findings, value);
}

void InspectionDraft::setRepresentativeRefusal(const QString &value)
{
    setText(m_record.representativeRefusal, value);
}

QVariantList InspectionDraft::signatures() const
{
    QVariantList list;
    for (const fl::Signature &signature : m_record.signatures) {
        list << QVariantMap{{u"role"_s, int(signature.role)},
                            {u"signerName"_s, signature.signerName},
                            {u"signedAtMs"_s, signature.signedAtMs},
                            {u"evidenceId"_s, signature.renderingEvidenceId}};
    }
    return list;
}

QStringList InspectionDraft::missingSignatures() const
{
    const auto signedBy = [this](fl::SignerRole role, const QString &name) {
        return std::any_of(m_record.signatures.cbegin(), m_record.signatures.cend(),
                           [&](const fl::Signature &s) {
                               return s.role == role &&
                                      (name.isNull() || s.signerName.trimmed() == name.trimmed());
                           });
    };
    QStringList missing;
    for (const fl::Inspector &inspector : m_inspectors->inspectors()) {
        if (!inspector.name.trimmed().isEmpty() &&
            !signedBy(fl::SignerRole::Inspector, inspector.name))
            missing << tr("inspector %1").arg(inspector.name.trimmed());
    }
    if (!signedBy(fl::SignerRole::SiteRepresentative, QString()) &&
        m_record.representativeRefusal.trimmed().isEmpty())
        missing << tr("the site representative (or the reason they refuse)");
    for (const QString &name : staleSigners())
        missing << tr("%1 again: the record changed after they signed").arg(name);
    return missing;
}

namespace {

QString signerKey(fl::SignerRole role, const QString &name)
{
    return QString::number(int(role)) + u':' + name.trimmed();
}

} // namespace

QByteArray InspectionDraft::contentHash() const
{
    // What the signers put their name under: everything but the signatures themselves and the
    // representative's refusal note (written after the others signed).
    fl::Inspection content = current();
    content.signatures.clear();
    content.representativeRefusal.clear();
    content.status = fl::InspectionStatus::Draft;
    content.endMs.reset();
    content.onSiteRecord.clear();
    return QCryptographicHash::hash(QJsonDocument(content.toJson()).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256);
}

QStringList InspectionDraft::staleSigners() const
{
    QStringList stale;
    const QByteArray now = contentHash();
    for (const fl::Signature &signature : m_record.signatures) {
        const auto seen =
            m_signedContent.constFind(signerKey(signature.role, signature.signerName));
        if (seen != m_signedContent.cend() && seen.value() != now)
            stale << signature.signerName;
    }
    return stale;
}

void InspectionDraft::clearDraft()
{
    m_signedContent.clear();
    m_record = fl::Inspection{};
    m_enterpriseFound = false;
    m_recordId.clear();
    m_revision = 0;
    m_checklist->setItems({});
    m_inspectors->setInspectors({});
}

bool InspectionDraft::begin(const QString &code)
{
    const fl::codes::UsccCheck check = fl::codes::validateUscc(code);
    if (check.normalized.isEmpty()) {
        setError(tr("Scan the enterprise's code or type its 18-character credit code first."));
        return false;
    }
    clearDraft();
    m_record.enterprise.uscc = check.normalized;
    // The code's registering division is the usual answer; the inspector can change it.
    if (fl::isDivisionCode(check.divisionCode))
        m_record.divisionCode = check.divisionCode;
    QString error;
    if (m_store) {
        m_record.startMs = m_store->store().now();
        auto found = m_store->store().findEnterprise(check.normalized);
        if (!found) {
            error = tr("The offline enterprise directory cannot be read: %1")
                        .arg(found.error().message);
        } else if (found->has_value()) {
            m_record.enterprise = **found;
            m_enterpriseFound = true;
        }
    } else {
        m_record.startMs = QDateTime::currentMSecsSinceEpoch();
    }
    useCurrentPosition();
    Q_EMIT changed();
    if (!error.isEmpty())
        setError(error);
    else if (!check.valid())
        setMessage(tr("This code fails its check: %1. Continue only if you can say why it is "
                      "accepted (for example an early pilot code), and write the reason down.")
                       .arg(check.firstError()));
    else
        setMessage({});
    return true;
}

bool InspectionDraft::load(const QString &recordId)
{
    if (!m_store) {
        setError(tr("No record store is open."));
        return false;
    }
    auto record = m_store->store().record(recordId);
    if (!record) {
        setError(tr("The inspection cannot be opened: %1").arg(record.error().message));
        return false;
    }
    auto inspection = fl::Inspection::fromJson(record->body);
    if (record->meta.kind != fl::RecordKind::Inspection || !inspection) {
        setError(tr("Record %1 is not a readable inspection.").arg(recordId));
        return false;
    }
    clearDraft();
    m_record = inspection.value();
    m_recordId = record->meta.id;
    m_revision = record->meta.revision;
    m_checklist->setItems(m_record.checklist);
    m_inspectors->setInspectors(m_record.inspectors);
    auto known = m_store->store().findEnterprise(m_record.enterprise.uscc);
    m_enterpriseFound = known && known->has_value();
    Q_EMIT changed();
    setMessage({});
    return true;
}

bool InspectionDraft::useCurrentPosition()
{
    if (isSigned() || !m_position)
        return false;
    const std::optional<fl::Position> fix = m_position->currentPosition();
    if (!fix)
        return false;
    m_record.location = fix;
    Q_EMIT changed();
    return true;
}

bool InspectionDraft::refuseEdit()
{
    if (!isSigned())
        return false;
    setError(tr("This on-site record is signed and can no longer be changed. Record a "
                "supplementary inspection instead."));
    return true;
}

fl::Inspection InspectionDraft::current() const
{
    fl::Inspection inspection = m_record;
    inspection.checklist = m_checklist->items();
    inspection.inspectors = m_inspectors->inspectors();
    return inspection;
}

QString InspectionDraft::checkReady() const
{
    if (!m_store)
        return tr("No record store is open.");
    if (!started())
        return tr("Scan the enterprise's code or type its 18-character credit code first.");
    return {};
}

bool InspectionDraft::write(const fl::Inspection &inspection, const QString &success)
{
    fl::Store &store = m_store->store();
    const QList<fl::FieldIssue> issues = inspection.validate(store.now());
    QStringList words;
    for (const fl::FieldIssue &issue : issues)
        words << issueText(issue);
    if (fl::hasErrors(issues)) {
        setError(inspection.status == fl::InspectionStatus::Signed
                     ? tr("The record cannot be signed yet. Still missing or wrong:")
                     : tr("The draft cannot be saved yet. Still missing or wrong:"),
                 words);
        return false;
    }
    auto saved =
        m_recordId.isEmpty()
            ? store.createRecord(fl::RecordKind::Inspection, inspection.toJson(), m_store->author())
            : store.updateRecord(m_recordId, m_revision, inspection.toJson(), m_store->author());
    if (!saved) {
        setError(tr("The record was not saved: %1").arg(saved.error().message));
        return false;
    }
    m_recordId = saved->meta.id;
    m_revision = saved->meta.revision;
    m_record = inspection;
    m_store->notifyChanged(fl::RecordKind::Inspection);
    Q_EMIT changed();
    setMessage(success, words); // warnings stay visible
    return true;
}

bool InspectionDraft::save()
{
    if (const QString problem = checkReady(); !problem.isEmpty()) {
        setError(problem);
        return false;
    }
    if (refuseEdit())
        return false;
    fl::Inspection inspection = current();
    inspection.status = fl::InspectionStatus::Draft;
    if (!write(inspection, tr("Draft saved.")))
        return false;
    Q_EMIT saved();
    return true;
}

bool InspectionDraft::sign()
{
    if (const QString problem = checkReady(); !problem.isEmpty()) {
        setError(problem);
        return false;
    }
    if (refuseEdit())
        return false;
    if (const QStringList stale = staleSigners(); !stale.isEmpty()) {
        QStringList words;
        for (const QString &name : stale)
            words << tr("Signatures: the record changed after %1 signed; ask them to sign again")
                         .arg(name);
        setError(tr("The record cannot be signed yet. Still missing or wrong:"), words);
        return false;
    }
    fl::Inspection inspection = current();
    inspection.status = fl::InspectionStatus::Signed;
    inspection.endMs = m_store->store().now();
    inspection.onSiteRecord = recordText(inspection);
    if (!write(inspection, tr("The on-site record is signed. It can no longer be changed.")))
        return false;
    Q_EMIT signedRecord();
    return true;
}

bool InspectionDraft::addSignature(int role, const QString &signerName, SignaturePad *pad)
{
    if (const QString problem = checkReady(); !problem.isEmpty()) {
        setError(problem);
        return false;
    }
    if (refuseEdit())
        return false;
    const QString name = signerName.trimmed();
    if (role != Inspector && role != SiteRepresentative) {
        setError(tr("Choose who is signing: an inspector or the site representative."));
        return false;
    }
    if (name.isEmpty()) {
        setError(tr("Write the name of the person signing."));
        return false;
    }
    if (!pad || pad->empty()) {
        setError(tr("%1 has not signed on the pad yet.").arg(name));
        return false;
    }
    if (role == Inspector && !m_inspectors->names().contains(name)) {
        setError(tr("%1 is not listed as an inspector of this inspection.").arg(name));
        return false;
    }
    // The rendering links to the record, so the record must exist first.
    if (m_recordId.isEmpty() && !save())
        return false;
    fl::Store &store = m_store->store();
    fl::EvidenceCapture capture;
    capture.sourcePath = u"signature-%1.svg"_s.arg(name);
    capture.linkedRecordId = m_recordId;
    capture.mediaType = u"image/svg+xml"_s;
    capture.position = m_record.location;
    capture.note = role == Inspector ? tr("Signature of inspector %1").arg(name)
                                     : tr("Signature of the site representative %1").arg(name);
    auto rendering =
        store.addEvidenceBytes(fl::renderSignatureSvg(pad->strokes()), capture, m_store->author());
    if (!rendering) {
        setError(tr("The signature was not saved: %1").arg(rendering.error().message));
        return false;
    }
    m_store->notifyChanged(fl::RecordKind::Evidence);
    const fl::Signature signature{fl::SignerRole(role), name, store.now(), pad->strokes(),
                                  rendering->meta.id};
    fl::Inspection inspection = current();
    const auto same = std::find_if(
        inspection.signatures.begin(), inspection.signatures.end(), [&](const fl::Signature &s) {
            return s.role == signature.role && s.signerName.trimmed() == name;
        });
    if (same != inspection.signatures.end())
        *same = signature;
    else
        inspection.signatures << signature;
    if (!write(inspection, tr("Signature of %1 saved.").arg(name)))
        return false;
    m_signedContent.insert(signerKey(signature.role, name), contentHash());
    return true;
}

bool InspectionDraft::addItemEvidence(int row, const QString &evidenceId)
{
    if (refuseEdit())
        return false;
    if (row < 0 || row >= m_checklist->count() || evidenceId.isEmpty()) {
        setError(tr("The photo could not be linked to the checklist item."));
        return false;
    }
    QStringList ids = m_checklist->items().at(row).evidenceIds;
    if (!ids.contains(evidenceId))
        ids << evidenceId;
    m_checklist->setEvidenceIds(row, ids);
    return save();
}

void InspectionDraft::setError(const QString &error, const QStringList &issues)
{
    m_error = error;
    m_message.clear();
    m_issues = issues;
    Q_EMIT errorChanged();
}

void InspectionDraft::setMessage(const QString &message, const QStringList &issues)
{
    m_error.clear();
    m_message = message;
    m_issues = issues;
    Q_EMIT errorChanged();
}
