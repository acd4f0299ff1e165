#pragma once

#include <QObject>

// Emits languageChanged after a translator is installed or removed: QCoreApplication sends
// itself a LanguageChange event then, which this filter sees.
class LanguageWatcher : public QObject
{
    Q_OBJECT

public:
    explicit LanguageWatcher(QObject *parent = nullptr);

Q_SIGNALS:
    void languageChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
