#include "jsonlog.h"

#include <QDateTime>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace fl::ledgerd {

void logEvent(const QString &level, const QString &event, const QJsonObject &fields)
{
    QJsonObject line = fields;
    line.insert(u"time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    line.insert(u"level"_s, level);
    line.insert(u"event"_s, event);
    const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
}

} // namespace fl::ledgerd
