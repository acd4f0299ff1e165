#pragma once

// Green Shield words the screens show for the domain's enums (activity type, outcome, close-out
// state, functional zone, source), translated with tr(), and a watcher that tells a model or
// editor when the language changed so it re-reads them.

#include "domain/greenshield.h"

#include <QObject>
#include <QVariantList>

class ClueWords : public QObject
{
    Q_OBJECT

public:
    [[nodiscard]] static QString activityType(fl::ActivityType type);
    [[nodiscard]] static QString source(fl::ClueSource source);
    [[nodiscard]] static QString outcome(fl::VerificationOutcome outcome);
    [[nodiscard]] static QString closeOutState(fl::CloseOutState state);
    [[nodiscard]] static QString zone(fl::FunctionalZone zone);
    [[nodiscard]] static QString protectedAreaLevel(const QString &level);

    // Choices for a ComboBox: [{ value: "confirmed", text: "Confirmed: a real problem" }, ...]
    // with the values the JSON stores (enumName).
    [[nodiscard]] static QVariantList outcomeOptions();
    [[nodiscard]] static QVariantList closeOutStateOptions();
};

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
