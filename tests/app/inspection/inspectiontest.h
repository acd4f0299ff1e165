#pragma once

// Shared by the inspection tests: the demo enterprise's code and its directory entry.

#include "domain/inspection.h"

#include <QFile>
#include <QString>

namespace inspectiontest {

inline QString demoText(const QString &name)
{
    QFile file(QStringLiteral(FIELDLEDGER_DEMO_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

inline fl::Enterprise demoEnterprise()
{
    return fl::Enterprise{QStringLiteral("91650109MA7DEK2133"),
                          QStringLiteral("乌鲁木齐示范建材有限公司（演示数据）"),
                          QStringLiteral("建材制造"),
                          QStringLiteral("王建国"),
                          QStringLiteral("米东区化工园区8号"),
                          QStringLiteral("0991-0000000")};
}

} // namespace inspectiontest
