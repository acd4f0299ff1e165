#pragma once

// Green Shield words the screens show for the domain's enums (activity type, outcome, close-out
// state, functional zone, source), translated with tr(); models and editors re-read them when
// their LanguageWatcher says the language changed.

#include "domain/greenshield.h"
#include "languagewatcher.h"

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
