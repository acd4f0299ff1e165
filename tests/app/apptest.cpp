#include "apptest.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace apptest {

TempStore::TempStore()
{
    auto store = fl::Store::create(dir.path() + QStringLiteral("/store"));
    REQUIRE(store.ok());
    records = std::make_unique<RecordStore>(std::move(*store));
    records->setAuthor(QStringLiteral("阿依古丽"));
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

} // namespace apptest
