#include "clueeditor.h"

#include "cluewords.h"
#include "domain/enumnames.h"
#include "positionfeed.h"
#include "recordstore.h"

#include <QJsonValue>

#include <cmath>

using namespace Qt::StringLiterals;
using fl::CloseOutState;
using fl::VerificationOutcome;

ClueEditor::ClueEditor(QObject *parent)
    : QObject(parent)
    , m_language(new LanguageWatcher(this))
{
    connect(m_language, &LanguageWatcher::languageChanged, this, [this] {
        Q_EMIT textsChanged();
        Q_EMIT formChanged();
        Q_EMIT navigationChanged();
    });
}

ClueEditor::~ClueEditor() = default;

void ClueEditor::setStore(RecordStore *store)
{
    if (m_store == store)
        return;
    m_store = store;
    Q_EMIT storeChanged();
}

void ClueEditor::setPosition(PositionFeed *position)
{
    if (m_position == position)
        return;
    if (m_position)
        disconnect(m_position, nullptr, this, nullptr);
    m_position = position;
    if (m_position)
        connect(m_position, &PositionFeed::changed, this, &ClueEditor::updateNavigation);
    Q_EMIT positionChanged();
    updateNavigation();
}

// Loading ---------------------------------------------------------------------------------

bool ClueEditor::load(const QString &clueId)
{
    if (!m_store) {
        setError(tr("The clue cannot be opened: this device's storage is not ready."));
        return false;
    }
    auto record = m_store->store().record(clueId);
    if (!record) {
        setError(record.error().code == fl::ErrorCode::NotFound
                     ? tr("This clue is not on this device. Sync to receive it from the office.")
                     : tr("The clue could not be read: %1").arg(record.error().message));
        return false;
    }
    if (record->meta.kind != fl::RecordKind::GreenShieldClue || record->meta.deleted) {
        setError(tr("This record is not a Green Shield clue."));
        return false;
    }
    auto clue = fl::GreenShieldClue::fromJson(record->body);
    if (!clue) {
        setError(tr("The clue could not be read: %1").arg(clue.error().message));
        return false;
    }
    m_id = record->meta.id;
    m_revision = record->meta.revision;
    m_base = *clue;
    m_form = *clue;
    loadAreas();
    updateZone();
    setError({});
    Q_EMIT loadedChanged();
    Q_EMIT textsChanged();
    Q_EMIT formChanged();
    updateNavigation();
    return true;
}

bool ClueEditor::keepMineOnLatest()
{
    if (!m_store || m_id.isEmpty())
        return false;
    auto record = m_store->store().record(m_id);
    if (!record) {
        setError(tr("The clue could not be read: %1").arg(record.error().message));
        return false;
    }
    auto latest = fl::GreenShieldClue::fromJson(record->body);
    if (!latest) {
        setError(tr("The clue could not be read: %1").arg(latest.error().message));
        return false;
    }
    // The office's facts come from the newest revision; the verification and rectification
    // are what the user typed.
    fl::GreenShieldClue form = *latest;
    form.verification = m_form.verification;
    form.rectification = m_form.rectification;
    m_base = *latest;
    m_form = form;
    m_revision = record->meta.revision;
    updateZone();
    setError({});
    Q_EMIT loadedChanged();
    Q_EMIT textsChanged();
    Q_EMIT formChanged();
    updateNavigation();
    return true;
}

void ClueEditor::loadAreas()
{
    m_areas.clear();
    auto areas = m_store->store().protectedAreas();
    if (areas)
        m_areas = *areas; // without them the zone is "unknown", which the page says
}

// Position, zone and navigation -------------------------------------------------------------

bool ClueEditor::useMyPosition()
{
    const std::optional<fl::Position> fix =
        m_position ? m_position->currentPosition() : std::nullopt;
    if (!fix) {
        setError(tr("There is no position fix yet. Wait in the open until the fix shows, then "
                    "try again."));
        return false;
    }
    fl::Position taken = *fix;
    // A source may report an accuracy or altitude it does not know as NaN (Qt's NMEA source
    // without a range error): unknown is stored as absent, not as a number that is none.
    if (taken.accuracy && !std::isfinite(*taken.accuracy))
        taken.accuracy.reset();
    if (taken.altitude && !std::isfinite(*taken.altitude))
        taken.altitude.reset();
    m_form.verification.position = taken;
    updateZone();
    setError({});
    Q_EMIT formChanged();
    return true;
}

void ClueEditor::clearPosition()
{
    if (!m_form.verification.position)
        return;
    m_form.verification.position.reset();
    updateZone();
    Q_EMIT formChanged();
}

void ClueEditor::updateZone()
{
    // The same rule the store applies on save: the clue's own area, at its reference point.
    fl::FunctionalZone zone = fl::FunctionalZone::Unknown;
    const auto point = m_form.referencePoint();
    for (const fl::ProtectedArea &area : std::as_const(m_areas)) {
        if (point && area.id == m_form.protectedAreaId)
            zone = fl::functionalZoneAt(area, *point);
    }
    m_form.verification.functionalZone = zone;
}

void ClueEditor::updateNavigation()
{
    const std::optional<fl::Position> fix =
        m_position ? m_position->currentPosition() : std::nullopt;
    const greenshield::Direction next = greenshield::directionTo(
        fix ? std::optional(fix->latLon()) : std::nullopt, greenshield::cluePoint(m_base));
    const auto same = [](double a, double b) {
        return (std::isnan(a) && std::isnan(b)) || a == b;
    };
    if (same(next.distanceMeters, m_direction.distanceMeters) &&
        same(next.bearingDegrees, m_direction.bearingDegrees))
        return;
    m_direction = next;
    Q_EMIT navigationChanged();
}

QString ClueEditor::distanceText() const
{
    return greenshield::distanceText(m_direction.distanceMeters);
}

QString ClueEditor::bearingText() const
{
    return greenshield::bearingText(m_direction.bearingDegrees);
}

// Saving ------------------------------------------------------------------------------------

fl::GreenShieldClue ClueEditor::toSave(qint64 nowMs) const
{
    fl::GreenShieldClue next = m_form;
    fl::ClueVerification &v = next.verification;
    const bool verificationEdited =
        next.toJson().value(u"verification"_s) != m_base.toJson().value(u"verification"_s);
    if (v.outcome != VerificationOutcome::Pending && (verificationEdited || v.verifiedAtMs == 0)) {
        v.verifiedAtMs = nowMs;
        v.verifiedBy = m_store ? m_store->author() : QString();
    }
    fl::ClueRectification &r = next.rectification;
    if (r.state == CloseOutState::ClosedOut) {
        if (r.closedAtMs == 0)
            r.closedAtMs = nowMs;
    } else {
        r.closedAtMs = 0;
    }
    return next;
}

bool ClueEditor::save()
{
    if (!m_store || m_id.isEmpty()) {
        setError(tr("Open a clue before saving."));
        return false;
    }
    fl::Store &store = m_store->store();
    const qint64 now = store.now();
    const fl::GreenShieldClue next = toSave(now);
    const QList<fl::FieldIssue> issues = next.validate(now);
    if (fl::hasErrors(issues)) {
        refuse(issues);
        return false;
    }
    auto written = store.updateRecord(m_id, m_revision, next.toJson(), m_store->author());
    if (!written) {
        const fl::Error &e = written.error();
        switch (e.code) {
        case fl::ErrorCode::Conflict:
            setError(tr("Someone else changed this clue after you opened it, so it was not "
                        "saved. Your entries are still here: choose \"Keep my entries\" to save "
                        "them on top of the newer version."),
                     {}, {}, true);
            break;
        case fl::ErrorCode::StorageFull:
            setError(tr("The device storage is full, so the clue was not saved. Free some space "
                        "(sync, or delete other files) and save again; your entries are kept."));
            break;
        case fl::ErrorCode::NotFound:
            setError(tr("A photo attached to this clue is missing from the device, so it was not "
                        "saved. Remove it or take it again. (%1)")
                         .arg(e.message));
            break;
        default:
            setError(tr("The clue was not saved: %1").arg(e.message));
            break;
        }
        return false;
    }
    auto stored = fl::GreenShieldClue::fromJson(written->body);
    m_revision = written->meta.revision;
    m_base = stored ? *stored : next;
    m_form = m_base;
    updateZone();
    setError({});
    m_store->notifyChanged(fl::RecordKind::GreenShieldClue);
    Q_EMIT loadedChanged();
    Q_EMIT formChanged();
    Q_EMIT saved(m_revision);
    return true;
}

void ClueEditor::refuse(const QList<fl::FieldIssue> &issues)
{
    QStringList words;
    QVariantMap problems;
    for (const fl::FieldIssue &issue : issues) {
        if (issue.warning)
            continue;
        QString key;
        QString text;
        if (issue.field == u"rectification.evidenceIds") {
            key = u"closeOutEvidence"_s;
            text = tr("A close-out needs evidence: add at least one photo or document of the "
                      "rectified site before closing out.");
        } else if (issue.field == u"rectification.approvedBy") {
            key = u"approvedBy"_s;
            text = tr("Enter who approved the close-out.");
        } else if (issue.field == u"rectification.deadline") {
            key = u"deadline"_s;
            text = tr("The deadline must be a date written like 2026-12-31.");
        } else if (issue.field == u"verification.verifiedBy") {
            key = u"outcome"_s;
            text = tr("Your name is not set on this device. Enter it in Settings before "
                      "verifying a clue.");
        } else if (issue.field.startsWith(u"verification.position")) {
            key = u"position"_s;
            text = tr("The verification position is not a valid place. Take the position "
                      "again.");
        } else {
            key = issue.field;
            text = tr("%1: %2").arg(issue.field, issue.message);
        }
        if (!problems.contains(key))
            problems.insert(key, text);
        if (!words.contains(text))
            words << text;
    }
    setError(tr("The clue was not saved: %1").arg(words.join(u' ')), words, problems);
}

void ClueEditor::setError(const QString &error, const QStringList &issues,
                          const QVariantMap &problems, bool conflict)
{
    if (m_error == error && m_issues == issues && m_problems == problems && m_conflict == conflict)
        return;
    m_error = error;
    m_issues = issues;
    m_problems = problems;
    m_conflict = conflict;
    Q_EMIT errorChanged();
}

// Form fields -------------------------------------------------------------------------------

void ClueEditor::editText(QString &field, const QString &value)
{
    if (field == value)
        return;
    field = value;
    Q_EMIT formChanged();
}

void ClueEditor::setFacilityName(const QString &text)
{
    editText(m_form.verification.facilityName, text);
}

void ClueEditor::setFacilityType(const QString &text)
{
    editText(m_form.verification.facilityType, text);
}

void ClueEditor::setScale(const QString &text)
{
    editText(m_form.verification.scale, text);
}

void ClueEditor::setConstructionTime(const QString &text)
{
    editText(m_form.verification.constructionTime, text);
}

void ClueEditor::setCurrentState(const QString &text)
{
    editText(m_form.verification.currentState, text);
}

void ClueEditor::setNotes(const QString &text)
{
    editText(m_form.verification.notes, text);
}

void ClueEditor::setMeasures(const QString &text)
{
    editText(m_form.rectification.measures, text);
}

void ClueEditor::setResponsibleUnit(const QString &text)
{
    editText(m_form.rectification.responsibleUnit, text);
}

void ClueEditor::setResponsiblePerson(const QString &text)
{
    editText(m_form.rectification.responsiblePerson, text);
}

void ClueEditor::setDeadline(const QString &text)
{
    editText(m_form.rectification.deadline, text.trimmed());
}

void ClueEditor::setResult(const QString &text)
{
    editText(m_form.rectification.result, text);
}

void ClueEditor::setApprovedBy(const QString &text)
{
    editText(m_form.rectification.approvedBy, text);
}

QString ClueEditor::outcome() const
{
    return fl::enumName(m_form.verification.outcome);
}

void ClueEditor::setOutcome(const QString &outcome)
{
    const auto value = fl::enumFromName<VerificationOutcome>(outcome);
    if (!value || *value == m_form.verification.outcome)
        return;
    m_form.verification.outcome = *value;
    Q_EMIT formChanged();
}

QString ClueEditor::closeOutState() const
{
    return fl::enumName(m_form.rectification.state);
}

void ClueEditor::setCloseOutState(const QString &state)
{
    const auto value = fl::enumFromName<CloseOutState>(state);
    if (!value || *value == m_form.rectification.state)
        return;
    m_form.rectification.state = *value;
    Q_EMIT formChanged();
}

void ClueEditor::addVerificationEvidence(const QString &evidenceId)
{
    if (evidenceId.isEmpty() || m_form.verification.evidenceIds.contains(evidenceId))
        return;
    m_form.verification.evidenceIds << evidenceId;
    Q_EMIT formChanged();
}

void ClueEditor::addCloseOutEvidence(const QString &evidenceId)
{
    if (evidenceId.isEmpty() || m_form.rectification.evidenceIds.contains(evidenceId))
        return;
    m_form.rectification.evidenceIds << evidenceId;
    Q_EMIT formChanged();
}

bool ClueEditor::closeOutNeedsEvidence() const
{
    return m_form.rectification.state == CloseOutState::ClosedOut &&
           m_form.rectification.evidenceIds.isEmpty();
}

bool ClueEditor::dirty() const
{
    fl::GreenShieldClue base = m_base;
    base.verification.functionalZone = m_form.verification.functionalZone;
    return base.toJson() != m_form.toJson();
}

// Read-only facts ---------------------------------------------------------------------------

QString ClueEditor::protectedAreaLevel() const
{
    return ClueWords::protectedAreaLevel(m_base.protectedAreaLevel);
}

QString ClueEditor::suspectedType() const
{
    return loaded() ? ClueWords::activityType(m_base.suspectedType) : QString();
}

QString ClueEditor::sourceName() const
{
    return loaded() ? ClueWords::source(m_base.source) : QString();
}

double ClueEditor::clueLatitude() const
{
    const auto point = greenshield::cluePoint(m_base);
    return point ? point->lat : greenshield::kNaN;
}

double ClueEditor::clueLongitude() const
{
    const auto point = greenshield::cluePoint(m_base);
    return point ? point->lon : greenshield::kNaN;
}

double ClueEditor::verificationLatitude() const
{
    const auto &p = m_form.verification.position;
    return p ? p->lat : greenshield::kNaN;
}

double ClueEditor::verificationLongitude() const
{
    const auto &p = m_form.verification.position;
    return p ? p->lon : greenshield::kNaN;
}

double ClueEditor::verificationAccuracy() const
{
    const auto &p = m_form.verification.position;
    return p && p->accuracy ? *p->accuracy : greenshield::kNaN;
}

QString ClueEditor::functionalZone() const
{
    return fl::enumName(m_form.verification.functionalZone);
}

QString ClueEditor::functionalZoneName() const
{
    return ClueWords::zone(m_form.verification.functionalZone);
}

QVariantList ClueEditor::outcomeOptions() const
{
    return ClueWords::outcomeOptions();
}

QVariantList ClueEditor::closeOutStateOptions() const
{
    return ClueWords::closeOutStateOptions();
}
