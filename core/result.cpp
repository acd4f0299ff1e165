#include "result.h"

using namespace Qt::StringLiterals;

namespace fl {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return u"invalid-input"_s;
    case ErrorCode::NotFound:
        return u"not-found"_s;
    case ErrorCode::Conflict:
        return u"conflict"_s;
    case ErrorCode::StorageFull:
        return u"storage-full"_s;
    case ErrorCode::StorageCorrupt:
        return u"storage-corrupt"_s;
    case ErrorCode::StorageLocked:
        return u"storage-locked"_s;
    case ErrorCode::Io:
        return u"io"_s;
    case ErrorCode::Unsupported:
        return u"unsupported"_s;
    case ErrorCode::Internal:
        return u"internal"_s;
    }
    return u"internal"_s;
}

} // namespace fl
