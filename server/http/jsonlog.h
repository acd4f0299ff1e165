#pragma once

// Structured logs: one JSON object per line on stderr (time, level, event, fields), so a log
// shipper can parse them without guessing.

#include <QJsonObject>
#include <QString>

namespace fl::ledgerd {

void logEvent(const QString &level, const QString &event, const QJsonObject &fields = {});

} // namespace fl::ledgerd
