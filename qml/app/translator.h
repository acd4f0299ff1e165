#pragma once

// Switches the app's language at run time: loads the compiled translation (built from
// qml/i18n/*.ts by lrelease), sets the default locale and the layout direction (Uyghur is
// right-to-left), and asks the QML engine to re-evaluate every qsTr.

#include <QObject>
#include <QPointer>
#include <QTranslator>

class QQmlEngine;

class Translator : public QObject
{
    Q_OBJECT

public:
    explicit Translator(QObject *parent = nullptr);

    // The languages the app ships, default first.
    [[nodiscard]] static QStringList languages() { return {"zh_CN", "en", "ug"}; }

    void attach(QQmlEngine *engine);
    // Unknown names fall back to the default (Simplified Chinese).
    void setLanguage(const QString &language);
    [[nodiscard]] QString language() const { return m_language; }

private:
    QPointer<QQmlEngine> m_engine;
    QTranslator m_translator;
    QString m_language;
};
