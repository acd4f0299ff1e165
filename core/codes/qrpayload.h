#pragma once

// Extracts a Unified Social Credit Code from what an enterprise QR code carries (扫码入企).
// Real codes carry a bare code, a URL (query parameter or path segment), JSON with the code
// under some key, or text with junk around it. The parser is tolerant of all of these.

#include "result.h"
#include "uscc.h"

namespace fl::codes {

struct ScannedEnterpriseCode
{
    QString code;    // the normalized 18-character code
    UsccCheck check; // its validation; may still be invalid (the caller decides)
    QString carrier; // how it was carried: "bare", "url", "json" or "text"
};

// Finds the best candidate: a candidate that validates wins over one that doesn't; an
// 18-character candidate that fails its check is still returned (with its findings) so the
// user sees "wrong check character" instead of "no code found". Errors with InvalidInput and a
// plain message ("no 18-character credit code found in the scanned text") when nothing fits.
[[nodiscard]] Result<ScannedEnterpriseCode> parseEnterpriseQrPayload(QStringView payload);

} // namespace fl::codes
