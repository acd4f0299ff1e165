#pragma once

// QR codes for enrolment codes, drawn where the office can show them: in the terminal with
// Unicode half blocks, and as an SVG file to print or put on a screen.

#include "result.h"

#include <QString>

namespace fl::office {

[[nodiscard]] Result<QString> qrForTerminal(const QString &text);
[[nodiscard]] Result<QByteArray> qrSvg(const QString &text);

} // namespace fl::office
