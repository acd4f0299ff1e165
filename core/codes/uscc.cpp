#include "uscc.h"

#include "fullwidth.h"

#include <algorithm>
#include <array>
#include <string_view>

using namespace Qt::StringLiterals;

namespace fl::codes {

namespace {

// GB 32100-2015: the letters I, O, S, V and Z are left out because they read like 1, 0, 5, U, 2.
constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr qsizetype kCodeLength = 18;
constexpr std::array<int, 17> kUsccWeights{1,  3,  9,  27, 19, 26, 16, 17, 20,
                                           29, 25, 13, 8,  24, 10, 30, 28};
constexpr std::array<int, 8> kOrganisationWeights{3, 7, 9, 10, 5, 8, 4, 2};

// Value 0-30 of a USCC character, or -1 when it is not in the alphabet.
int usccValue(char32_t c)
{
    if (c >= 0x80)
        return -1;
    const auto index = kAlphabet.find(char(c));
    return index == std::string_view::npos ? -1 : int(index);
}

bool isAsciiDigit(char32_t c)
{
    return c >= u'0' && c <= u'9';
}

// GB 11714 reads every capital letter (A=10 ... Z=35), including those USCC leaves out.
int organisationValue(char32_t c)
{
    if (isAsciiDigit(c))
        return int(c - u'0');
    if (c >= u'A' && c <= u'Z')
        return int(c - u'A') + 10;
    return -1;
}

// People copy codes from web pages and type them in groups: spaces, dashes and the invisible
// characters that come with a paste carry no meaning, so they are dropped everywhere.
bool isIgnorable(QChar c)
{
    switch (c.unicode()) {
    case u'-':
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
    case 0x2012: // figure dash
    case 0x2013: // en dash
    case 0x2014: // em dash
    case 0x2212: // minus sign
    case 0x200B: // zero-width space
    case 0x200C: // zero-width non-joiner
    case 0x200D: // zero-width joiner
    case 0xFEFF: // byte-order mark
        return true;
    default:
        return c.isSpace();
    }
}

QString normalize(QStringView input)
{
    const QString folded = detail::foldFullWidth(input);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (isIgnorable(c))
            continue;
        // Only ASCII is upper-cased: anything else is reported as it was typed.
        out.append(c.unicode() < 0x80 ? c.toUpper() : c);
    }
    return out;
}

// A character as a person should see it in a message; invisible ones by their code point.
QString describe(char32_t c)
{
    if (!QChar::isPrint(c) || QChar::isSpace(c))
        return u"U+%1"_s.arg(uint(c), 4, 16, QChar(u'0')).toUpper();
    return u"'"_s + QString::fromUcs4(&c, 1) + u"'"_s;
}

QString lengthMessage(qsizetype length)
{
    return u"wrong length: %1 %2, a code has %3"_s.arg(length)
        .arg(length == 1 ? u"character"_s : u"characters"_s)
        .arg(kCodeLength);
}

QString fromCodePoints(const QList<uint> &codePoints, qsizetype from, qsizetype count)
{
    QString out;
    for (qsizetype i = from; i < from + count; ++i) {
        const char32_t c = codePoints[i];
        out += QString::fromUcs4(&c, 1);
    }
    return out;
}

// Per-character findings: every illegal character, and non-digits in the division code (only
// meaningful when the length is right, otherwise the positions may be shifted).
bool appendCharacterFindings(UsccCheck &check, const QList<uint> &cps)
{
    const bool rightLength = cps.size() == kCodeLength;
    bool allLegal = true;
    for (qsizetype i = 0; i < cps.size(); ++i) {
        const int position = int(i) + 1;
        if (usccValue(cps[i]) < 0) {
            allLegal = false;
            check.findings.append(
                {Severity::Error, position,
                 u"illegal character %1 at position %2"_s.arg(describe(cps[i])).arg(position)});
        } else if (rightLength && position >= 3 && position <= 8 && !isAsciiDigit(cps[i])) {
            check.findings.append(
                {Severity::Error, position,
                 u"division code (positions 3-8) must be digits, found %1 at position %2"_s
                     .arg(describe(cps[i]))
                     .arg(position)});
        }
    }
    return allLegal;
}

// Early pilot codes can fail the GB 11714 check and still be legal, hence only a warning.
void appendOrganisationCheck(UsccCheck &check, const QList<uint> &cps)
{
    // An illegal character there is already reported; a check on top of it would be noise.
    for (qsizetype i = 8; i < 17; ++i) {
        if (usccValue(cps[i]) < 0)
            return;
    }
    const QChar expected = organisationCodeCheckCharacter(fromCodePoints(cps, 8, 8));
    const QChar found = QChar(char16_t(cps[16]));
    if (expected == found)
        return;
    check.findings.append(
        {Severity::Warning, 17,
         u"organisation code check (GB 11714) fails at position 17: expected %1, found %2"_s
             .arg(expected)
             .arg(found)});
}

void appendCheckCharacter(UsccCheck &check)
{
    const QChar expected = usccCheckCharacter(QStringView(check.normalized).first(17));
    const QChar found = check.normalized.at(17);
    if (expected == found)
        return;
    check.findings.append(
        {Severity::Error, 18,
         u"wrong check character: expected %1, found %2"_s.arg(expected).arg(found)});
}

} // namespace

bool UsccCheck::valid() const
{
    return std::none_of(findings.cbegin(), findings.cend(),
                        [](const CodeFinding &f) { return f.severity == Severity::Error; });
}

QString UsccCheck::firstError() const
{
    for (const CodeFinding &f : findings) {
        if (f.severity == Severity::Error)
            return f.message;
    }
    return {};
}

UsccCheck validateUscc(QStringView input)
{
    UsccCheck check;
    check.normalized = normalize(input);
    // Positions count characters, not UTF-16 units, so work on code points.
    const QList<uint> cps = QStringView(check.normalized).toUcs4();

    if (cps.size() != kCodeLength)
        check.findings.append({Severity::Error, 0, lengthMessage(cps.size())});
    const bool allLegal = appendCharacterFindings(check, cps);

    if (cps.size() == kCodeLength) {
        check.divisionCode = fromCodePoints(cps, 2, 6);
        check.organisationCode = fromCodePoints(cps, 8, 9);
        appendOrganisationCheck(check, cps);
        if (allLegal) // all BMP then, so UTF-16 indexes are positions
            appendCheckCharacter(check);
    }
    std::stable_sort(
        check.findings.begin(), check.findings.end(),
        [](const CodeFinding &a, const CodeFinding &b) { return a.position < b.position; });
    return check;
}

QChar usccCheckCharacter(QStringView first17)
{
    if (first17.size() != qsizetype(kUsccWeights.size()))
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < first17.size(); ++i) {
        const int value = usccValue(first17[i].unicode());
        if (value < 0)
            return {};
        sum += value * kUsccWeights[size_t(i)];
    }
    const int alphabetSize = int(kAlphabet.size());
    return QChar(char16_t(kAlphabet[size_t((alphabetSize - sum % alphabetSize) % alphabetSize)]));
}

QChar organisationCodeCheckCharacter(QStringView first8)
{
    if (first8.size() != qsizetype(kOrganisationWeights.size()))
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < first8.size(); ++i) {
        const int value = organisationValue(first8[i].unicode());
        if (value < 0)
            return {};
        sum += value * kOrganisationWeights[size_t(i)];
    }
    const int check = 11 - sum % 11;
    if (check == 10)
        return QChar(u'X');
    if (check == 11)
        return QChar(u'0');
    return QChar(char16_t(u'0' + check));
}

QString makeUscc(QChar authority, QChar type, QStringView division, QStringView organisationBase8)
{
    if (usccValue(authority.unicode()) < 0 || usccValue(type.unicode()) < 0)
        return {};
    if (division.size() != 6 || !std::all_of(division.begin(), division.end(),
                                             [](QChar c) { return isAsciiDigit(c.unicode()); }))
        return {};
    // The base must also be legal USCC characters, though GB 11714 alone would allow I, O ...
    if (organisationBase8.size() != 8 ||
        !std::all_of(organisationBase8.begin(), organisationBase8.end(),
                     [](QChar c) { return usccValue(c.unicode()) >= 0; }))
        return {};

    QString code = QString(authority) + type + division.toString() + organisationBase8.toString();
    code += organisationCodeCheckCharacter(organisationBase8);
    code += usccCheckCharacter(code);
    return code;
}

} // namespace fl::codes
