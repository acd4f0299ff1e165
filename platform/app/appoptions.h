#pragma once

// The app's command line: where the store lives, which ledger, which language, where fixes
// come from, and the screenshot tour.

#include "fieldapp.h"
#include "positionsources.h"
#include "result.h"

#include <QStringList>

struct AppOptions
{
    FieldAppOptions app;
    fl::platform::PositionSourceOptions position;
    QString screenshotFolder;      // non-empty: visit every screen in every language, save, quit
    bool reportFirstFrame = false; // print the time to the first frame and quit (benchmarks)
};

// Parses `arguments` (argv as QStringList). --help and --version print and exit from inside
// QCommandLineParser, like every Qt tool.
[[nodiscard]] fl::Result<AppOptions> parseAppOptions(const QStringList &arguments);
