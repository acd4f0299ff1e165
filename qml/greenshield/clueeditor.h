#pragma once

// One Green Shield clue on the supervisor's screen: its remote-sensing facts, the way there
// (distance and bearing from the current fix), the on-site verification with the functional
// zone derived from the protected area's zones (never typed), and the rectification follow-up
// to close-out. save() appends the next revision, refusing a stale one so nobody's change is
// lost; the user's entries stay in the form whatever goes wrong.

#include "cluenavigation.h"
#include "positionfeed.h"
#include "recordstore.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class LanguageWatcher;

class ClueEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(RecordStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(PositionFeed *position READ position WRITE setPosition NOTIFY positionChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    // Problems by field ("deadline", "approvedBy", "closeOutEvidence", ...), in words.
    Q_PROPERTY(QVariantMap problems READ problems NOTIFY errorChanged)
    Q_PROPERTY(QStringList issues READ issues NOTIFY errorChanged)
    Q_PROPERTY(bool conflict READ conflict NOTIFY errorChanged)

    // The clue as loaded (office data, read-only here).
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    Q_PROPERTY(QString clueId READ clueId NOTIFY loadedChanged)
    Q_PROPERTY(int revision READ revision NOTIFY loadedChanged)
    Q_PROPERTY(QString clueCode READ clueCode NOTIFY loadedChanged)
    Q_PROPERTY(QString countyCode READ countyCode NOTIFY loadedChanged)
    Q_PROPERTY(QString protectedAreaName READ protectedAreaName NOTIFY loadedChanged)
    Q_PROPERTY(QString protectedAreaLevel READ protectedAreaLevel NOTIFY textsChanged)
    Q_PROPERTY(QString suspectedType READ suspectedType NOTIFY textsChanged)
    Q_PROPERTY(QString sourceName READ sourceName NOTIFY textsChanged)
    Q_PROPERTY(double suspectedAreaSquareMeters READ suspectedAreaSquareMeters NOTIFY loadedChanged)
    Q_PROPERTY(QString description READ description NOTIFY loadedChanged)
    Q_PROPERTY(double clueLatitude READ clueLatitude NOTIFY loadedChanged)
    Q_PROPERTY(double clueLongitude READ clueLongitude NOTIFY loadedChanged)
    Q_PROPERTY(QString verifiedBy READ verifiedBy NOTIFY loadedChanged)
    Q_PROPERTY(qint64 verifiedAtMs READ verifiedAtMs NOTIFY loadedChanged)

    // Verification form.
    Q_PROPERTY(QString outcome READ outcome WRITE setOutcome NOTIFY formChanged)
    Q_PROPERTY(QString facilityName READ facilityName WRITE setFacilityName NOTIFY formChanged)
    Q_PROPERTY(QString facilityType READ facilityType WRITE setFacilityType NOTIFY formChanged)
    Q_PROPERTY(QString scale READ scale WRITE setScale NOTIFY formChanged)
    Q_PROPERTY(
        QString constructionTime READ constructionTime WRITE setConstructionTime NOTIFY formChanged)
    Q_PROPERTY(QString currentState READ currentState WRITE setCurrentState NOTIFY formChanged)
    Q_PROPERTY(QString notes READ notes WRITE setNotes NOTIFY formChanged)
    Q_PROPERTY(QStringList verificationEvidenceIds READ verificationEvidenceIds NOTIFY formChanged)
    Q_PROPERTY(bool hasVerificationPosition READ hasVerificationPosition NOTIFY formChanged)
    Q_PROPERTY(double verificationLatitude READ verificationLatitude NOTIFY formChanged)
    Q_PROPERTY(double verificationLongitude READ verificationLongitude NOTIFY formChanged)
    Q_PROPERTY(double verificationAccuracy READ verificationAccuracy NOTIFY formChanged)
    // Derived from the protected area's zones at the verification position (else the clue's
    // point): "core", "buffer", "experimental", "outside", "unknown", ... and in words.
    Q_PROPERTY(QString functionalZone READ functionalZone NOTIFY formChanged)
    Q_PROPERTY(QString functionalZoneName READ functionalZoneName NOTIFY formChanged)

    // Rectification follow-up.
    Q_PROPERTY(QString measures READ measures WRITE setMeasures NOTIFY formChanged)
    Q_PROPERTY(
        QString responsibleUnit READ responsibleUnit WRITE setResponsibleUnit NOTIFY formChanged)
    Q_PROPERTY(QString responsiblePerson READ responsiblePerson WRITE setResponsiblePerson NOTIFY
                   formChanged)
    Q_PROPERTY(QString deadline READ deadline WRITE setDeadline NOTIFY formChanged)
    Q_PROPERTY(QString closeOutState READ closeOutState WRITE setCloseOutState NOTIFY formChanged)
    Q_PROPERTY(QString result READ result WRITE setResult NOTIFY formChanged)
    Q_PROPERTY(QString approvedBy READ approvedBy WRITE setApprovedBy NOTIFY formChanged)
    Q_PROPERTY(QStringList closeOutEvidenceIds READ closeOutEvidenceIds NOTIFY formChanged)
    // True while ClosedOut is chosen without evidence: the page says a close-out needs it.
    Q_PROPERTY(bool closeOutNeedsEvidence READ closeOutNeedsEvidence NOTIFY formChanged)
    Q_PROPERTY(bool dirty READ dirty NOTIFY formChanged)

    // Choices for the form's ComboBoxes: [{ value, text }].
    Q_PROPERTY(QVariantList outcomeOptions READ outcomeOptions NOTIFY textsChanged)
    Q_PROPERTY(QVariantList closeOutStateOptions READ closeOutStateOptions NOTIFY textsChanged)

    // The way to the clue from the current fix (NaN / "" without a fix or a clue point).
    Q_PROPERTY(double distanceMeters READ distanceMeters NOTIFY navigationChanged)
    Q_PROPERTY(double bearingDegrees READ bearingDegrees NOTIFY navigationChanged)
    Q_PROPERTY(QString distanceText READ distanceText NOTIFY navigationChanged)
    Q_PROPERTY(QString bearingText READ bearingText NOTIFY navigationChanged)

public:
    explicit ClueEditor(QObject *parent = nullptr);
    ~ClueEditor() override;

    [[nodiscard]] RecordStore *store() const { return m_store; }
    void setStore(RecordStore *store);
    [[nodiscard]] PositionFeed *position() const { return m_position; }
    void setPosition(PositionFeed *position);
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QVariantMap problems() const { return m_problems; }
    [[nodiscard]] QStringList issues() const { return m_issues; }
    [[nodiscard]] bool conflict() const { return m_conflict; }

    [[nodiscard]] bool loaded() const { return !m_id.isEmpty(); }
    [[nodiscard]] QString clueId() const { return m_id; }
    [[nodiscard]] int revision() const { return m_revision; }
    [[nodiscard]] QString clueCode() const { return m_base.clueCode; }
    [[nodiscard]] QString countyCode() const { return m_base.countyCode; }
    [[nodiscard]] QString protectedAreaName() const { return m_base.protectedAreaName; }
    [[nodiscard]] QString protectedAreaLevel() const;
    [[nodiscard]] QString suspectedType() const;
    [[nodiscard]] QString sourceName() const;
    [[nodiscard]] double suspectedAreaSquareMeters() const
    {
        return m_base.suspectedAreaSquareMeters;
    }
    [[nodiscard]] QString description() const { return m_base.description; }
    [[nodiscard]] double clueLatitude() const;
    [[nodiscard]] double clueLongitude() const;
    [[nodiscard]] QString verifiedBy() const { return m_base.verification.verifiedBy; }
    [[nodiscard]] qint64 verifiedAtMs() const { return m_base.verification.verifiedAtMs; }

    [[nodiscard]] QString outcome() const;
    void setOutcome(const QString &outcome);
    [[nodiscard]] QString facilityName() const { return m_form.verification.facilityName; }
    void setFacilityName(const QString &text);
    [[nodiscard]] QString facilityType() const { return m_form.verification.facilityType; }
    void setFacilityType(const QString &text);
    [[nodiscard]] QString scale() const { return m_form.verification.scale; }
    void setScale(const QString &text);
    [[nodiscard]] QString constructionTime() const { return m_form.verification.constructionTime; }
    void setConstructionTime(const QString &text);
    [[nodiscard]] QString currentState() const { return m_form.verification.currentState; }
    void setCurrentState(const QString &text);
    [[nodiscard]] QString notes() const { return m_form.verification.notes; }
    void setNotes(const QString &text);
    [[nodiscard]] QStringList verificationEvidenceIds() const
    {
        return m_form.verification.evidenceIds;
    }
    [[nodiscard]] bool hasVerificationPosition() const
    {
        return m_form.verification.position.has_value();
    }
    [[nodiscard]] double verificationLatitude() const;
    [[nodiscard]] double verificationLongitude() const;
    [[nodiscard]] double verificationAccuracy() const;
    [[nodiscard]] QString functionalZone() const;
    [[nodiscard]] QString functionalZoneName() const;

    [[nodiscard]] QString measures() const { return m_form.rectification.measures; }
    void setMeasures(const QString &text);
    [[nodiscard]] QString responsibleUnit() const { return m_form.rectification.responsibleUnit; }
    void setResponsibleUnit(const QString &text);
    [[nodiscard]] QString responsiblePerson() const
    {
        return m_form.rectification.responsiblePerson;
    }
    void setResponsiblePerson(const QString &text);
    [[nodiscard]] QString deadline() const { return m_form.rectification.deadline; }
    void setDeadline(const QString &text);
    [[nodiscard]] QString closeOutState() const;
    void setCloseOutState(const QString &state);
    [[nodiscard]] QString result() const { return m_form.rectification.result; }
    void setResult(const QString &text);
    [[nodiscard]] QString approvedBy() const { return m_form.rectification.approvedBy; }
    void setApprovedBy(const QString &text);
    [[nodiscard]] QStringList closeOutEvidenceIds() const
    {
        return m_form.rectification.evidenceIds;
    }
    [[nodiscard]] bool closeOutNeedsEvidence() const;
    [[nodiscard]] bool dirty() const;

    [[nodiscard]] QVariantList outcomeOptions() const;
    [[nodiscard]] QVariantList closeOutStateOptions() const;

    [[nodiscard]] double distanceMeters() const { return m_direction.distanceMeters; }
    [[nodiscard]] double bearingDegrees() const { return m_direction.bearingDegrees; }
    [[nodiscard]] QString distanceText() const;
    [[nodiscard]] QString bearingText() const;

    // Loads the clue's latest revision into the form (dropping unsaved entries).
    Q_INVOKABLE bool load(const QString &clueId);
    // Takes the current fix (with its accuracy) as where the clue was verified; false, with
    // `error` saying why, when there is no usable fix.
    Q_INVOKABLE bool useMyPosition();
    Q_INVOKABLE void clearPosition();
    Q_INVOKABLE void addVerificationEvidence(const QString &evidenceId);
    Q_INVOKABLE void addCloseOutEvidence(const QString &evidenceId);
    // Saves the form as the next revision; false with `error` (and `problems`) in words when it
    // is refused. The entries stay in the form either way.
    Q_INVOKABLE bool save();
    // After a conflict: continues from the newest revision, keeping the entries in the form, so
    // the next save() writes them on top of it.
    Q_INVOKABLE bool keepMineOnLatest();

Q_SIGNALS:
    void storeChanged();
    void positionChanged();
    void errorChanged();
    void loadedChanged();
    void formChanged();
    void textsChanged();
    void navigationChanged();
    void saved(int revision);

private:
    void setError(const QString &error, const QStringList &issues = {},
                  const QVariantMap &problems = {}, bool conflict = false);
    void refuse(const QList<fl::FieldIssue> &issues);
    void editText(QString &field, const QString &value);
    void loadAreas();
    void updateZone();
    void updateNavigation();
    [[nodiscard]] fl::GreenShieldClue toSave(qint64 nowMs) const;

    QPointer<RecordStore> m_store;
    QPointer<PositionFeed> m_position;
    QString m_error;
    QStringList m_issues;
    QVariantMap m_problems;
    bool m_conflict = false;

    QString m_id;
    int m_revision = 0;
    fl::GreenShieldClue m_base; // as last loaded or saved
    fl::GreenShieldClue m_form; // with the user's entries
    QList<fl::ProtectedArea> m_areas;
    greenshield::Direction m_direction;
    LanguageWatcher *m_language = nullptr;
};
