#include <catch2/catch.hpp>

#include "codes/uscc.h"
#include "catchqt.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <utility>

using namespace Qt::StringLiterals;
using namespace fl::codes;

namespace {

const QString kAlphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY"_s;
const QString kBeijing = u"91110000600037341L"_s; // published, valid
const QString kLanzhou = u"91620105MA73NBBLXE"_s; // published, valid, organisation check 'X'

// Completes 17 characters with their own check character, for codes built to isolate one rule.
QString withCheckCharacter(const QString &first17)
{
    const QChar check = usccCheckCharacter(first17);
    REQUIRE_FALSE(check.isNull());
    return first17 + check;
}

// A deterministic spread of generated codes (no randomness: failures must be reproducible).
QList<QString> generatedCodes(int count)
{
    QList<QString> codes;
    std::uint32_t state = 20150901u;
    const auto next = [&state](int modulo) {
        state = state * 1664525u + 1013904223u;
        return int((state >> 8) % std::uint32_t(modulo));
    };
    for (int i = 0; i < count; ++i) {
        QString division;
        for (int d = 0; d < 6; ++d)
            division += QChar(char16_t(u'0' + next(10)));
        QString base;
        for (int b = 0; b < 8; ++b)
            base += kAlphabet.at(next(int(kAlphabet.size())));
        const QString code =
            makeUscc(kAlphabet.at(next(31)), kAlphabet.at(next(31)), division, base);
        REQUIRE(code.size() == 18);
        codes.append(code);
    }
    return codes;
}

QList<QString> sampleValidCodes()
{
    QList<QString> codes{kBeijing, kLanzhou};
    codes += generatedCodes(8);
    return codes;
}

} // namespace

TEST_CASE("Published credit codes validate without findings", "[uscc]")
{
    const UsccCheck beijing = validateUscc(kBeijing);
    CHECK(beijing.valid());
    CHECK(beijing.findings.isEmpty());
    CHECK(beijing.firstError().isEmpty());
    CHECK(beijing.normalized == kBeijing);
    CHECK(beijing.divisionCode == u"110000"_s);
    CHECK(beijing.organisationCode == u"600037341"_s);

    const UsccCheck lanzhou = validateUscc(kLanzhou);
    CHECK(lanzhou.valid());
    CHECK(lanzhou.findings.isEmpty());
    CHECK(lanzhou.divisionCode == u"620105"_s);
    CHECK(lanzhou.organisationCode == u"MA73NBBLX"_s);
}

TEST_CASE("Check characters are computed as GB 32100 and GB 11714 define them", "[uscc]")
{
    SECTION("USCC check character of the published codes")
    {
        CHECK(usccCheckCharacter(QStringView(kBeijing).first(17)) == QChar(u'L'));
        CHECK(usccCheckCharacter(QStringView(kLanzhou).first(17)) == QChar(u'E'));
    }
    SECTION("USCC check character is null for bad input")
    {
        CHECK(usccCheckCharacter(u"").isNull());
        CHECK(usccCheckCharacter(QStringView(kBeijing).first(16)).isNull());
        CHECK(usccCheckCharacter(kBeijing).isNull()); // 18, not 17
        CHECK(usccCheckCharacter(u"9111000060003734I").isNull());
        CHECK(usccCheckCharacter(u"9111000060003734o").isNull());
        CHECK(usccCheckCharacter(u"91620105ma73nbblx").isNull()); // expects normalized input
    }
    SECTION("Organisation code check character, including the X and 0 cases")
    {
        CHECK(organisationCodeCheckCharacter(u"60003734") == QChar(u'1'));
        CHECK(organisationCodeCheckCharacter(u"MA73NBBL") == QChar(u'X')); // 11 - 1 = 10
        CHECK(organisationCodeCheckCharacter(u"00000000") == QChar(u'0')); // 11 - 0 = 11
        // 1*3 = 3, 11 - 3 = 8
        CHECK(organisationCodeCheckCharacter(u"10000000") == QChar(u'8'));
        // GB 11714 reads every capital letter, even those the USCC alphabet leaves out: Z = 35,
        // 35 * 2 = 70, 70 mod 11 = 4, 11 - 4 = 7.
        CHECK(organisationCodeCheckCharacter(u"0000000Z") == QChar(u'7'));
    }
    SECTION("Organisation code check character is null for bad input")
    {
        CHECK(organisationCodeCheckCharacter(u"6000373").isNull());
        CHECK(organisationCodeCheckCharacter(u"600037341").isNull());
        CHECK(organisationCodeCheckCharacter(u"ma73nbbl").isNull());
        CHECK(organisationCodeCheckCharacter(u"6000-734").isNull());
    }
}

TEST_CASE("Typed codes are normalized before validation", "[uscc]")
{
    SECTION("surrounding whitespace and lower case")
    {
        const UsccCheck check = validateUscc(u"  \t91620105ma73nbblxe\r\n");
        CHECK(check.normalized == kLanzhou);
        CHECK(check.valid());
    }
    SECTION("groups separated by spaces or hyphens")
    {
        CHECK(validateUscc(u"9111 0000 6000 3734 1L").normalized == kBeijing);
        CHECK(validateUscc(u"91-110000-600037341-L").normalized == kBeijing);
        CHECK(validateUscc(u"911100006 00037341L").valid());
    }
    SECTION("full-width characters from Chinese input methods")
    {
        // "９１１１００００６０００３７３４１Ｌ" with an ideographic space and a full-width hyphen
        const UsccCheck check = validateUscc(
            u"\uFF19\uFF11\uFF11\uFF11\u3000\uFF10\uFF10\uFF10\uFF10\uFF0D\uFF16\uFF10\uFF10\uFF10"
            u"\uFF13\uFF17\uFF13\uFF14\uFF11\uFF2C");
        CHECK(check.normalized == kBeijing);
        CHECK(check.valid());
        CHECK(validateUscc(u"91620105\uFF4D\uFF4173NBBLXE").normalized == kLanzhou); // ｍａ
    }
    SECTION("invisible characters from a copy and paste")
    {
        CHECK(validateUscc(u"\uFEFF91110000\u200B600037341L").normalized == kBeijing);
    }
}

TEST_CASE("A code of the wrong length is an error that gives the count", "[uscc]")
{
    SECTION("too short")
    {
        const UsccCheck check = validateUscc(QStringView(kBeijing).first(17));
        REQUIRE_FALSE(check.valid());
        REQUIRE(check.findings.size() == 1);
        CHECK(check.findings[0].severity == Severity::Error);
        CHECK(check.findings[0].position == 0);
        CHECK(check.findings[0].message == u"wrong length: 17 characters, a code has 18"_s);
        CHECK(check.firstError() == check.findings[0].message);
        CHECK(check.divisionCode.isEmpty());
        CHECK(check.organisationCode.isEmpty());
    }
    SECTION("too long")
    {
        const UsccCheck check = validateUscc(kBeijing + u'0');
        REQUIRE_FALSE(check.valid());
        CHECK(check.firstError() == u"wrong length: 19 characters, a code has 18"_s);
    }
    SECTION("empty or blank")
    {
        CHECK(validateUscc(u"").firstError() == u"wrong length: 0 characters, a code has 18"_s);
        CHECK(validateUscc(u"  - ").firstError() == u"wrong length: 0 characters, a code has 18"_s);
        CHECK(validateUscc(u"9").firstError() == u"wrong length: 1 character, a code has 18"_s);
    }
    SECTION("a character outside the BMP counts once")
    {
        const UsccCheck check = validateUscc(u"9111000060003734\U0001F600L");
        REQUIRE(check.findings.size() == 1);
        CHECK(check.findings[0].message == u"illegal character '\U0001F600' at position 17"_s);
    }
}

TEST_CASE("Every illegal character is reported with its position", "[uscc]")
{
    SECTION("letters the alphabet leaves out")
    {
        // I at 5 and O at 10 instead of 0 and 0; the check character cannot be judged.
        const UsccCheck check = validateUscc(u"9111I0000O0037341L");
        REQUIRE(check.findings.size() == 2);
        CHECK(check.findings[0].severity == Severity::Error);
        CHECK(check.findings[0].position == 5);
        CHECK(check.findings[0].message == u"illegal character 'I' at position 5"_s);
        CHECK(check.findings[1].position == 10);
        CHECK(check.findings[1].message == u"illegal character 'O' at position 10"_s);
        CHECK(check.firstError() == u"illegal character 'I' at position 5"_s);
    }
    SECTION("each of I, O, S, V and Z")
    {
        for (const QChar letter : u"IOSVZ"_s) {
            QString code = kBeijing;
            code[12] = letter;
            const UsccCheck check = validateUscc(code);
            INFO(code.toStdString());
            REQUIRE(check.findings.size() == 1);
            CHECK(check.findings[0].message ==
                  u"illegal character '%1' at position 13"_s.arg(letter));
        }
    }
    SECTION("punctuation, Chinese and control characters")
    {
        const UsccCheck check = validateUscc(u"9111.000统0\u0001037341L");
        REQUIRE(check.findings.size() == 3);
        CHECK(check.findings[0].message == u"illegal character '.' at position 5"_s);
        CHECK(check.findings[1].message == u"illegal character '统' at position 9"_s);
        CHECK(check.findings[2].message == u"illegal character U+0001 at position 11"_s);
        CHECK_FALSE(check.valid());
    }
    SECTION("illegal characters are reported even when the length is wrong too")
    {
        const UsccCheck check = validateUscc(u"9111000060003734O");
        REQUIRE(check.findings.size() == 2);
        CHECK(check.findings[0].message == u"wrong length: 17 characters, a code has 18"_s);
        CHECK(check.findings[1].message == u"illegal character 'O' at position 17"_s);
    }
}

TEST_CASE("The division code (positions 3-8) must be digits", "[uscc]")
{
    const QString code = withCheckCharacter(u"91A10000600037341"_s);
    const UsccCheck check = validateUscc(code);
    CHECK_FALSE(check.valid());
    REQUIRE(check.findings.size() == 1);
    CHECK(check.findings[0].severity == Severity::Error);
    CHECK(check.findings[0].position == 3);
    CHECK(check.findings[0].message ==
          u"division code (positions 3-8) must be digits, found 'A' at position 3"_s);
    CHECK(check.divisionCode == u"A10000"_s);

    SECTION("every non-digit is reported")
    {
        const UsccCheck two = validateUscc(withCheckCharacter(u"9111000B600037341"_s));
        REQUIRE(two.findings.size() == 1);
        CHECK(two.findings[0].position == 8);
        const UsccCheck both = validateUscc(withCheckCharacter(u"91X1000B600037341"_s));
        REQUIRE(both.findings.size() == 2);
        CHECK(both.findings[0].position == 3);
        CHECK(both.findings[1].position == 8);
    }
    SECTION("positions 1, 2 and 9-18 may be letters")
    {
        CHECK(validateUscc(withCheckCharacter(u"YA110000MA0000000"_s)).valid());
        const UsccCheck letters = validateUscc(makeUscc(u'Y', u'A', u"650102", u"MA7XY0N0"));
        CHECK(letters.valid());
    }
}

TEST_CASE("A wrong check character is an error naming the expected one", "[uscc]")
{
    const UsccCheck check = validateUscc(u"91110000600037341K");
    CHECK_FALSE(check.valid());
    REQUIRE(check.findings.size() == 1);
    CHECK(check.findings[0].severity == Severity::Error);
    CHECK(check.findings[0].position == 18);
    CHECK(check.findings[0].message == u"wrong check character: expected L, found K"_s);
    CHECK(check.firstError() == u"wrong check character: expected L, found K"_s);

    SECTION("lower case input is reported upper case")
    {
        CHECK(validateUscc(u"91620105ma73nbblx7").firstError() ==
              u"wrong check character: expected E, found 7"_s);
    }
}

TEST_CASE("A failing organisation code check is only a warning", "[uscc]")
{
    // Early pilot codes fail GB 11714 but were issued: the USCC check still holds here.
    const QString code = withCheckCharacter(u"91110000600037347"_s);
    const UsccCheck check = validateUscc(code);
    CHECK(check.valid());
    CHECK(check.firstError().isEmpty());
    REQUIRE(check.findings.size() == 1);
    CHECK(check.findings[0].severity == Severity::Warning);
    CHECK(check.findings[0].position == 17);
    CHECK(check.findings[0].message ==
          u"organisation code check (GB 11714) fails at position 17: expected 1, found 7"_s);

    SECTION("with a wrong check character too, the findings stay in position order")
    {
        QString wrong = code;
        wrong[17] = wrong[17] == u'0' ? u'1' : u'0';
        const UsccCheck both = validateUscc(wrong);
        CHECK_FALSE(both.valid());
        REQUIRE(both.findings.size() == 2);
        CHECK(both.findings[0].position == 17);
        CHECK(both.findings[0].severity == Severity::Warning);
        CHECK(both.findings[1].position == 18);
        CHECK(both.findings[1].severity == Severity::Error);
        CHECK(both.firstError() == both.findings[1].message);
    }
}

TEST_CASE("Every single-character substitution is detected", "[uscc][property]")
{
    for (const QString &code : sampleValidCodes()) {
        REQUIRE(validateUscc(code).valid());
        for (qsizetype position = 0; position < code.size(); ++position) {
            for (const QChar replacement : kAlphabet) {
                if (replacement == code[position])
                    continue;
                QString mutated = code;
                mutated[position] = replacement;
                INFO("code " << code.toStdString() << " mutated " << mutated.toStdString());
                CHECK_FALSE(validateUscc(mutated).valid());
            }
        }
    }
}

TEST_CASE("Every adjacent transposition in the first 17 characters is detected", "[uscc][property]")
{
    // Adjacent weights differ and 31 is prime, so swapping two different characters always
    // changes the weighted sum.
    for (const QString &code : sampleValidCodes()) {
        for (qsizetype i = 0; i + 1 < 17; ++i) {
            if (code[i] == code[i + 1])
                continue;
            QString swapped = code;
            std::swap(swapped[i], swapped[i + 1]);
            INFO("code " << code.toStdString() << " swapped " << swapped.toStdString());
            CHECK_FALSE(validateUscc(swapped).valid());
        }
    }
}

TEST_CASE("makeUscc builds valid codes from their parts", "[uscc]")
{
    SECTION("it rebuilds the published codes")
    {
        CHECK(makeUscc(u'9', u'1', u"110000", u"60003734") == kBeijing);
        CHECK(makeUscc(u'9', u'1', u"620105", u"MA73NBBL") == kLanzhou);
    }
    SECTION("generated codes validate without findings")
    {
        for (const QString &code : generatedCodes(200)) {
            const UsccCheck check = validateUscc(code);
            INFO(code.toStdString());
            CHECK(check.valid());
            CHECK(check.findings.isEmpty());
        }
    }
    SECTION("bad parts give an empty string")
    {
        CHECK(makeUscc(u'I', u'1', u"650102", u"60003734").isEmpty());
        CHECK(makeUscc(u'9', u'O', u"650102", u"60003734").isEmpty());
        CHECK(makeUscc(QChar(), u'1', u"650102", u"60003734").isEmpty());
        CHECK(makeUscc(u'9', u'1', u"65010", u"60003734").isEmpty());
        CHECK(makeUscc(u'9', u'1', u"6501020", u"60003734").isEmpty());
        CHECK(makeUscc(u'9', u'1', u"65A102", u"60003734").isEmpty());
        CHECK(makeUscc(u'9', u'1', u"650102", u"6000373").isEmpty());
        CHECK(makeUscc(u'9', u'1', u"650102", u"600037341").isEmpty());
        // Legal in GB 11714 alone, but not in a credit code.
        CHECK(makeUscc(u'9', u'1', u"650102", u"6000373O").isEmpty());
        CHECK(makeUscc(u'9', u'1', u"650102", u"ma73nbbl").isEmpty());
    }
}
