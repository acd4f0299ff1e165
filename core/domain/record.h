#pragma once

// The envelope every field record shares, independent of its kind. The kind-specific content
// lives in `body` (a JSON object) so the store, outbox and sync can move records generically;
// the typed structs in this folder (Patrol, Inspection, ...) convert to and from that body.

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace fl {

enum class RecordKind {
    Patrol,            // 巡河
    Inspection,        // 执法检查 / 现场检查笔录
    GreenShieldClue,   // 绿盾 clue verification
    Evidence,          // photo, audio, video, signature file
    RectificationTask, // 整改任务
    ComplaintCase,     // 信访件
};

inline constexpr RecordKind allRecordKinds[] = {
    RecordKind::Patrol,   RecordKind::Inspection,        RecordKind::GreenShieldClue,
    RecordKind::Evidence, RecordKind::RectificationTask, RecordKind::ComplaintCase,
};

// Stable wire names: "patrol", "inspection", "greenshield_clue", "evidence",
// "rectification_task", "complaint_case".
[[nodiscard]] QString recordKindName(RecordKind kind);
[[nodiscard]] std::optional<RecordKind> recordKindFromName(QStringView name);

struct RecordMeta
{
    QString id; // UUIDv7, generated on the device that created the record
    RecordKind kind = RecordKind::Patrol;
    int revision = 0; // 1 for the first save; each edit appends the next
    QString hlc;      // hybrid logical clock of this revision (see hlc.h)
    QString deviceId;
    QString author;
    bool deleted = false; // a tombstone revision: the record is deleted, its history kept
};

struct Record
{
    RecordMeta meta;
    QJsonObject body;
};

// One broken rule in a record, named by a JSON path such as "track[3].lat".
struct FieldIssue
{
    QString field;
    QString message;
    bool warning = false; // warnings are recorded and shown but do not block a save

    friend bool operator==(const FieldIssue &, const FieldIssue &) = default;
};

[[nodiscard]] inline bool hasErrors(const QList<FieldIssue> &issues)
{
    for (const auto &issue : issues) {
        if (!issue.warning)
            return true;
    }
    return false;
}

} // namespace fl
