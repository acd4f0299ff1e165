#pragma once

// Client-generated record ids: UUIDv7 (RFC 9562). Time-ordered, so ids created on one device
// sort by creation time and index well; 74 random bits make cross-device collisions
// practically impossible without any coordination.

#include <QString>

namespace fl {

// A new lower-case UUIDv7 string ("0190f2c4-...-7xxx-..."). Monotonic within one process even
// when several ids are made in the same millisecond.
[[nodiscard]] QString newUuidV7();

// True for a canonical lower- or upper-case UUID string of any version.
[[nodiscard]] bool isUuid(QStringView text);

// The Unix time in milliseconds carried by a UUIDv7, or -1 if `text` is not one.
[[nodiscard]] qint64 uuidV7TimeMs(QStringView text);

} // namespace fl
