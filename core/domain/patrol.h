#pragma once

// 巡河 river/lake patrol. The GNSS track itself is stored separately (append-only, see the
// store's track table); the record carries its summary so lists never load 28,800 fixes.

#include "common.h"
#include "record.h"
#include "result.h"

#include <QJsonObject>
#include <QList>

namespace fl {

enum class ChiefLevel { Province, Prefecture, County, Township, Village }; // 省 市 县 乡 村

enum class ProblemCategory {
    IllegalOccupation,   // 乱占
    IllegalMining,       // 乱采 (sand mining, soil digging)
    IllegalDumping,      // 乱堆
    IllegalConstruction, // 乱建
    WaterOdourOrColour,  // 水体异味/颜色异常
    FloatingDebris,      // 漂浮物、油污、死鱼
    FishFarmingNets,     // 网箱养殖
    SewageOutfall,       // 排污口 (direct, new, unlabelled)
    BankGarbage,         // 岸边垃圾
    IllegalFishing,      // 非法捕捞
    DamagedSignBoard,    // 河长公示牌损坏
    Other,
};
[[nodiscard]] bool isFourDisorders(ProblemCategory category); // 四乱

enum class ProblemHandling { Pending, ClearedOnSpot, Referred }; // 待处理 立查立清 移交

struct PatrolProblem
{
    QString id; // UUIDv7, so evidence and tasks can point at one problem
    ProblemCategory category = ProblemCategory::Other;
    QString description;
    Position location;
    QString address;
    qint64 foundAtMs = 0;
    ProblemHandling handling = ProblemHandling::Pending;
    std::optional<double> amountCleared; // with amountUnit, e.g. 1.5 "t"
    QString amountUnit;
    QString referredTo; // unit the problem was handed to
    QStringList evidenceIds;
};

enum class PatrolStatus { InProgress, Paused, Finished };

struct Patrol
{
    QString serial; // human-facing number, e.g. "XH-650102-20261123-001"
    QString waterBody; // river or lake
    QString segment;
    QString divisionCode;
    QString chiefName;
    ChiefLevel chiefLevel = ChiefLevel::Village;
    qint64 startMs = 0;
    std::optional<qint64> endMs;
    PatrolStatus status = PatrolStatus::InProgress;
    // Summary of the stored track, maintained by the store when fixes are appended.
    double distanceMeters = 0;
    qint64 movingSeconds = 0; // time covered by the kept track, pauses excluded
    int fixCount = 0;
    int droppedFixCount = 0;
    QList<PatrolProblem> problems;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<Patrol> fromJson(const QJsonObject &json);
    [[nodiscard]] QList<FieldIssue> validate(qint64 nowMs) const;
};

// Local patrol minimums (a per-region setting, never constants in code). The defaults are one
// Xinjiang county's rule: every patrol at least 30 min; township and village at least 2 km.
struct PatrolRules
{
    int minMinutes = 30;
    double minKmTownshipVillage = 2.0;
    double minKmOtherLevels = 0.0;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<PatrolRules> fromJson(const QJsonObject &json);
};

struct PatrolAssessment
{
    bool valid = false;      // meets the local minimums
    QStringList shortfalls; // plain words: "lasted 22 min, the rule is at least 30 min"
};
[[nodiscard]] PatrolAssessment assessPatrol(const Patrol &patrol, const PatrolRules &rules);

} // namespace fl
