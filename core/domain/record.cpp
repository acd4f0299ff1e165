#include "record.h"

using namespace Qt::StringLiterals;

namespace fl {

QString recordKindName(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Patrol:
        return u"patrol"_s;
    case RecordKind::Inspection:
        return u"inspection"_s;
    case RecordKind::GreenShieldClue:
        return u"greenshield_clue"_s;
    case RecordKind::Evidence:
        return u"evidence"_s;
    case RecordKind::RectificationTask:
        return u"rectification_task"_s;
    case RecordKind::ComplaintCase:
        return u"complaint_case"_s;
    }
    return {};
}

std::optional<RecordKind> recordKindFromName(QStringView name)
{
    for (RecordKind kind : allRecordKinds) {
        if (recordKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

} // namespace fl
