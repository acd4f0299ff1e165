#pragma once

// 执法检查: one combined inspection of an enterprise entered by scanning its code (扫码入企),
// and its signed on-site record (现场检查笔录). Once signed, the record is immutable.

#include "common.h"
#include "record.h"
#include "result.h"

#include <QJsonObject>
#include <QList>

namespace fl {

enum class InspectionSource {
    Routine,       // 日常检查
    SpecialAction, // 专项行动
    Complaint,     // 信访投诉
    Referral,      // 移送/交办
    PostPermit,    // 证后监管
    Patrol,        // 巡查发现
    RandomDraw,    // 双随机抽查
    FollowUp,      // 回头看 / 复查
};

struct Enterprise
{
    QString uscc; // 统一社会信用代码, validated (see codes/uscc.h)
    QString name;
    QString type;
    QString legalRepresentative;
    QString address;
    QString contact;
};

struct Inspector
{
    QString name;
    QString certificateNumber; // 执法证号, shown to the enterprise
};

enum class CheckResult { NotChecked, NoProblem, ProblemFound, NotApplicable };

struct ChecklistItem
{
    QString item;
    QString keyPoints;
    QString standard;
    QString method;
    CheckResult result = CheckResult::NotChecked;
    QString problem; // required when result is ProblemFound
    QStringList evidenceIds;
};

struct StrokePoint
{
    double x = 0; // pad coordinates, 0..1 of the pad's width/height
    double y = 0;
    qint64 tMs = 0; // ms since the signature started
    friend bool operator==(const StrokePoint &, const StrokePoint &) = default;
};
using Stroke = QList<StrokePoint>;

enum class SignerRole { Inspector, SiteRepresentative };

struct Signature
{
    SignerRole role = SignerRole::Inspector;
    QString signerName;
    qint64 signedAtMs = 0;
    QList<Stroke> strokes;
    QString renderingEvidenceId; // the SVG rendering stored as evidence (content-addressed)
};

enum class InspectionStatus { Draft, Signed };

struct Inspection
{
    QString taskName;
    QString taskNumber;
    Enterprise enterprise;
    QString usccOverrideReason; // non-empty accepts a code that fails its check (pilot codes)
    InspectionSource source = InspectionSource::Routine;
    QString sourceReference; // draw id, complaint case id, ... (required for draws, complaints)
    QString divisionCode;
    std::optional<Position> location;
    QList<Inspector> inspectors; // at least two
    qint64 startMs = 0;
    std::optional<qint64> endMs;
    QList<ChecklistItem> checklist;
    QString findings;
    QString onSiteRecord;          // 现场检查笔录 text
    QString representativeRefusal; // why the site representative did not sign, if so
    QList<Signature> signatures;
    InspectionStatus status = InspectionStatus::Draft;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<Inspection> fromJson(const QJsonObject &json);
    // Includes the USCC check: an invalid code is an error unless usccOverrideReason is set,
    // then a warning. A Signed inspection needs every inspector's signature and the site
    // representative's (or a refusal note), and an end time.
    [[nodiscard]] QList<FieldIssue> validate(qint64 nowMs) const;
};

// SVG rendering of a signature's strokes (black ink on transparent), deterministic bytes so the
// same strokes always hash to the same evidence blob.
[[nodiscard]] QByteArray renderSignatureSvg(const QList<Stroke> &strokes, int width = 600,
                                            int height = 240);

} // namespace fl
