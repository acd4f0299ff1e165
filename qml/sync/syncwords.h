#pragma once

// What the sync engine's codes mean to a person holding the phone: why a run stopped (the
// ledger's error codes of docs/sync-protocol.md and the client's own), what to do about a
// change the ledger refused, and the names of phases, record kinds and roles. One table, so the
// sync screen, Home and the tests say the same thing.

#include "sync/syncclient.h"

#include <QCoreApplication>
#include <QString>

class SyncWords
{
    Q_DECLARE_TR_FUNCTIONS(SyncWords)

public:
    // Why a run or an enrolment stopped. `code` is SyncStop::code ("unreachable",
    // "token-expired", ...); `message` is the engine's technical text, used only when the code is
    // unknown or empty (a failure on this phone, e.g. a full disk).
    [[nodiscard]] static QString stopped(const QString &code, const QString &message);
    // Whether the code means the phone must enrol again (a new code from the office).
    [[nodiscard]] static bool needsEnrolment(const QString &code);
    // Whether trying again later may help (the network or the ledger was down).
    [[nodiscard]] static bool isTransient(const QString &code);
    // Every code stopped() has words of its own (for the tests: the table stays complete).
    [[nodiscard]] static QStringList knownStopCodes();

    // What to do about a change the ledger refused, with the ledger's reason.
    [[nodiscard]] static QString refusalAdvice(const QString &code, const QString &reason);
    [[nodiscard]] static QStringList knownRefusalCodes();

    [[nodiscard]] static QString phase(fl::SyncPhase phase);
    [[nodiscard]] static QString kind(const QString &kindName);
    [[nodiscard]] static QString role(const QString &role);
};
