#pragma once

// One combined inspection of an enterprise (综合查一次) from the scanned or typed code to the
// signed on-site record (现场检查笔录): the enterprise from the offline directory, source,
// officers, checklist, findings, signatures. The record is created in the store on the first
// save (so evidence can link to it), each later save appends a revision, and signing locks it.

#include "checklistmodel.h"
#include "domain/inspection.h"
#include "inspectormodel.h"
#include "positionfeed.h"
#include "recordstore.h"
#include "signaturepad.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class InspectionDraft : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(RecordStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(PositionFeed *position READ position WRITE setPosition NOTIFY positionChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString message READ message NOTIFY errorChanged)
    Q_PROPERTY(QStringList issues READ issues NOTIFY errorChanged)

    Q_PROPERTY(bool started READ started NOTIFY changed)
    Q_PROPERTY(QString recordId READ recordId NOTIFY changed)
    Q_PROPERTY(int revision READ revision NOTIFY changed)
    Q_PROPERTY(bool isSigned READ isSigned NOTIFY changed)

    Q_PROPERTY(QString code READ code NOTIFY changed)
    Q_PROPERTY(bool codeValid READ codeValid NOTIFY changed)
    Q_PROPERTY(QStringList codeFindings READ codeFindings NOTIFY changed)
    Q_PROPERTY(QString overrideReason READ overrideReason WRITE setOverrideReason NOTIFY changed)
    Q_PROPERTY(bool canContinue READ canContinue NOTIFY changed)

    Q_PROPERTY(bool enterpriseFound READ enterpriseFound NOTIFY changed)
    Q_PROPERTY(QString enterpriseName READ enterpriseName WRITE setEnterpriseName NOTIFY changed)
    Q_PROPERTY(QString enterpriseType READ enterpriseType WRITE setEnterpriseType NOTIFY changed)
    Q_PROPERTY(QString legalRepresentative READ legalRepresentative WRITE setLegalRepresentative
                   NOTIFY changed)
    Q_PROPERTY(
        QString enterpriseAddress READ enterpriseAddress WRITE setEnterpriseAddress NOTIFY changed)
    Q_PROPERTY(
        QString enterpriseContact READ enterpriseContact WRITE setEnterpriseContact NOTIFY changed)

    Q_PROPERTY(int source READ source WRITE setSource NOTIFY changed)
    Q_PROPERTY(QStringList sourceNames READ sourceNames CONSTANT)
    Q_PROPERTY(bool sourceNeedsReference READ sourceNeedsReference NOTIFY changed)
    Q_PROPERTY(QString sourceReference READ sourceReference WRITE setSourceReference NOTIFY changed)
    Q_PROPERTY(QString divisionCode READ divisionCode WRITE setDivisionCode NOTIFY changed)
    Q_PROPERTY(QString taskName READ taskName WRITE setTaskName NOTIFY changed)
    Q_PROPERTY(QString taskNumber READ taskNumber WRITE setTaskNumber NOTIFY changed)
    Q_PROPERTY(qint64 startMs READ startMs NOTIFY changed)

    Q_PROPERTY(bool hasLocation READ hasLocation NOTIFY changed)
    Q_PROPERTY(double latitude READ latitude NOTIFY changed)
    Q_PROPERTY(double longitude READ longitude NOTIFY changed)
    Q_PROPERTY(double accuracy READ accuracy NOTIFY changed)

    Q_PROPERTY(QStringList checklistTemplates READ checklistTemplates CONSTANT)
    Q_PROPERTY(ChecklistModel *checklist READ checklist CONSTANT)
    Q_PROPERTY(InspectorModel *inspectors READ inspectors CONSTANT)
    Q_PROPERTY(QString findings READ findings WRITE setFindings NOTIFY changed)
    Q_PROPERTY(QString representativeRefusal READ representativeRefusal WRITE
                   setRepresentativeRefusal NOTIFY changed)
    Q_PROPERTY(QVariantList signatures READ signatures NOTIFY changed)
    Q_PROPERTY(QStringList missingSignatures READ missingSignatures NOTIFY changed)

public:
    // fl::InspectionSource in the same order.
    enum Source {
        Routine = 0,
        SpecialAction,
        Complaint,
        Referral,
        PostPermit,
        Patrol,
        RandomDraw,
        FollowUp
    };
    Q_ENUM(Source)
    // fl::SignerRole in the same order.
    enum Role { Inspector = 0, SiteRepresentative };
    Q_ENUM(Role)

    explicit InspectionDraft(QObject *parent = nullptr);
    ~InspectionDraft() override;

    [[nodiscard]] RecordStore *store() const { return m_store; }
    void setStore(RecordStore *store);
    [[nodiscard]] PositionFeed *position() const { return m_position; }
    void setPosition(PositionFeed *position);
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] QStringList issues() const { return m_issues; }

    [[nodiscard]] bool started() const { return !m_record.enterprise.uscc.isEmpty(); }
    [[nodiscard]] QString recordId() const { return m_recordId; }
    [[nodiscard]] int revision() const { return m_revision; }
    [[nodiscard]] bool isSigned() const { return m_record.status == fl::InspectionStatus::Signed; }

    [[nodiscard]] QString code() const { return m_record.enterprise.uscc; }
    [[nodiscard]] bool codeValid() const;
    [[nodiscard]] QStringList codeFindings() const;
    [[nodiscard]] QString overrideReason() const { return m_record.usccOverrideReason; }
    void setOverrideReason(const QString &reason);
    // A valid code, or an invalid one with the reason it is accepted anyway.
    [[nodiscard]] bool canContinue() const;

    [[nodiscard]] bool enterpriseFound() const { return m_enterpriseFound; }
    [[nodiscard]] QString enterpriseName() const { return m_record.enterprise.name; }
    void setEnterpriseName(const QString &value);
    [[nodiscard]] QString enterpriseType() const { return m_record.enterprise.type; }
    void setEnterpriseType(const QString &value);
    [[nodiscard]] QString legalRepresentative() const
    {
        return m_record.enterprise.legalRepresentative;
    }
    void setLegalRepresentative(const QString &value);
    [[nodiscard]] QString enterpriseAddress() const { return m_record.enterprise.address; }
    void setEnterpriseAddress(const QString &value);
    [[nodiscard]] QString enterpriseContact() const { return m_record.enterprise.contact; }
    void setEnterpriseContact(const QString &value);

    [[nodiscard]] int source() const { return int(m_record.source); }
    void setSource(int source);
    [[nodiscard]] static QStringList sourceNames();
    [[nodiscard]] bool sourceNeedsReference() const;
    [[nodiscard]] QString sourceReference() const { return m_record.sourceReference; }
    void setSourceReference(const QString &value);
    [[nodiscard]] QString divisionCode() const { return m_record.divisionCode; }
    void setDivisionCode(const QString &value);
    [[nodiscard]] QString taskName() const { return m_record.taskName; }
    void setTaskName(const QString &value);
    [[nodiscard]] QString taskNumber() const { return m_record.taskNumber; }
    void setTaskNumber(const QString &value);
    [[nodiscard]] qint64 startMs() const { return m_record.startMs; }

    [[nodiscard]] bool hasLocation() const { return m_record.location.has_value(); }
    [[nodiscard]] double latitude() const;
    [[nodiscard]] double longitude() const;
    [[nodiscard]] double accuracy() const;

    [[nodiscard]] QStringList checklistTemplates() const;
    [[nodiscard]] ChecklistModel *checklist() const { return m_checklist; }
    [[nodiscard]] InspectorModel *inspectors() const { return m_inspectors; }
    [[nodiscard]] QString findings() const { return m_record.findings; }
    void setFindings(const QString &value);
    [[nodiscard]] QString representativeRefusal() const { return m_record.representativeRefusal; }
    void setRepresentativeRefusal(const QString &value);
    [[nodiscard]] QVariantList signatures() const;
    // Who still has to sign, in words ("inspector 李明", "the site representative").
    [[nodiscard]] QStringList missingSignatures() const;

    // Starts a new inspection from a scanned or typed code: checks it and looks the enterprise
    // up in the offline directory. False only when there is no code at all. An invalid code
    // starts too, but cannot be saved without an override reason.
    Q_INVOKABLE bool begin(const QString &code);
    // Continues an inspection saved earlier (a draft, or a signed record to read).
    Q_INVOKABLE bool load(const QString &recordId);
    // Takes the current fix as the inspection's location; false without a usable fix.
    Q_INVOKABLE bool useCurrentPosition();
    // Adds the items of a checklist template that are not on the list yet.
    Q_INVOKABLE bool applyTemplate(const QString &name);
    // Stores the pad's strokes and their SVG rendering (as evidence linked to the inspection)
    // as the signature of `signerName` in `role`; a new signature of the same person replaces
    // the earlier one. Saves the draft first if it has never been saved.
    Q_INVOKABLE bool addSignature(int role, const QString &signerName, SignaturePad *pad);
    // The on-site record as plain text, as it will be signed.
    Q_INVOKABLE [[nodiscard]] QString previewText() const;
    // Saves the draft (first save creates the record). False with `error` and `issues` in words.
    Q_INVOKABLE bool save();
    // Validates and signs: the record becomes immutable. False with each missing piece listed
    // in `issues`.
    Q_INVOKABLE bool sign();
    // Links evidence added for a checklist item (row) to it and saves.
    Q_INVOKABLE bool addItemEvidence(int row, const QString &evidenceId);

    // The inspection as it would be saved now.
    [[nodiscard]] fl::Inspection current() const;
    // The words for one validation issue ("Inspector 2: the inspector's name is required").
    [[nodiscard]] static QString issueText(const fl::FieldIssue &issue);
    // The plain-text on-site record of an inspection.
    [[nodiscard]] static QString recordText(const fl::Inspection &inspection);

Q_SIGNALS:
    void storeChanged();
    void positionChanged();
    void errorChanged();
    void changed();
    void saved();
    void signedRecord();

private:
    void clearDraft();
    bool setText(QString &field, const QString &value);
    [[nodiscard]] bool refuseEdit();
    bool write(const fl::Inspection &inspection, const QString &success);
    void setError(const QString &error, const QStringList &issues = {});
    void setMessage(const QString &message, const QStringList &issues = {});
    [[nodiscard]] QString checkReady() const;
    [[nodiscard]] QByteArray contentHash() const;
    [[nodiscard]] QStringList staleSigners() const;

    QPointer<RecordStore> m_store;
    QPointer<PositionFeed> m_position;
    ChecklistModel *m_checklist;
    InspectorModel *m_inspectors;
    fl::Inspection m_record; // form fields; checklist and inspectors live in their models
    bool m_enterpriseFound = false;
    QString m_recordId;
    int m_revision = 0;
    QString m_error;
    QString m_message;
    QStringList m_issues;
    // What each signer saw: the content hash when they signed (by role and name). A signature
    // given before a later change must be given again before the record is signed.
    QHash<QString, QByteArray> m_signedContent;
};
