#include "translator.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlEngine>

Translator::Translator(QObject *parent)
    : QObject(parent)
{}

void Translator::attach(QQmlEngine *engine)
{
    m_engine = engine;
    if (m_engine)
        m_engine->retranslate();
}

void Translator::setLanguage(const QString &language)
{
    const QString chosen = languages().contains(language) ? language : languages().first();
    if (chosen == m_language)
        return;
    m_language = chosen;
    QCoreApplication::removeTranslator(&m_translator);
    // The source strings are English; every language, English included, has its own file so
    // that a missing translation shows up in the build, not on a user's screen.
    if (m_translator.load(QStringLiteral(":/i18n/fieldledger_%1.qm").arg(chosen)))
        QCoreApplication::installTranslator(&m_translator);
    const QLocale locale(chosen);
    QLocale::setDefault(locale);
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setLayoutDirection(locale.textDirection());
    if (m_engine) {
        m_engine->setUiLanguage(chosen);
        m_engine->retranslate();
    }
}
