#include "languagewatcher.h"

#include <QCoreApplication>
#include <QEvent>

LanguageWatcher::LanguageWatcher(QObject *parent)
    : QObject(parent)
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

bool LanguageWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance())
        Q_EMIT languageChanged();
    return QObject::eventFilter(watched, event);
}
