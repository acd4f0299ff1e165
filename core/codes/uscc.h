#pragma once

// Unified Social Credit Code (统一社会信用代码, GB 32100-2015) validation.
//
// 18 characters from "0123456789ABCDEFGHJKLMNPQRTUWXY" (values 0-30): position 1 registering
// authority, 2 organisation type, 3-8 GB/T 2260 division code, 9-17 organisation code
// (GB 11714, with its own check character at 17), 18 the check character.

#include <QList>
#include <QString>

namespace fl::codes {

enum class Severity { Error, Warning };

struct CodeFinding
{
    Severity severity = Severity::Error;
    int position = 0; // 1-based character position the finding is about; 0 for the whole code
    QString message;  // precise and plain, e.g. "wrong check character: expected L, found 7"
};

struct UsccCheck
{
    QString normalized;          // trimmed, upper-case, inner spaces/hyphens removed
    QList<CodeFinding> findings; // in position order
    QString divisionCode;        // positions 3-8 when present, e.g. "650102"
    QString organisationCode;    // positions 9-17 when present

    // No Error-level finding. Warnings (the GB 11714 organisation-code check) don't count.
    [[nodiscard]] bool valid() const;
    // The first Error-level message, or empty.
    [[nodiscard]] QString firstError() const;
};

// Validates a code as typed or scanned. Lower case and surrounding whitespace are tolerated
// (normalized), everything else is reported:
//  - "wrong length: 17 characters, a code has 18"
//  - "illegal character 'I' at position 5"
//  - "wrong check character: expected L, found 7"  (position 18, Error)
//  - "organisation code check (GB 11714) fails at position 17: expected 3, found 7" (Warning)
[[nodiscard]] UsccCheck validateUscc(QStringView input);

// The check character (position 18) for the first 17 characters; a null QChar when they contain
// an illegal character or are not 17 long.
[[nodiscard]] QChar usccCheckCharacter(QStringView first17);

// The GB 11714 check character (position 17) for the 8 characters at positions 9-16; a null
// QChar when they are not 8 digits or capital letters.
[[nodiscard]] QChar organisationCodeCheckCharacter(QStringView first8);

// Builds a valid code from its parts (used by demos and tests to generate enterprises):
// authority and type one character each, a 6-digit division code and the 8 characters of the
// organisation code before its check character. Returns an empty string on bad parts.
[[nodiscard]] QString makeUscc(QChar authority, QChar type, QStringView division,
                               QStringView organisationBase8);

} // namespace fl::codes
