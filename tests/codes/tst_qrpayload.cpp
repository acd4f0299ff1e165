#include <catch2/catch.hpp>

#include "codes/qrpayload.h"
#include "catchqt.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace fl::codes;

namespace {

const QString kBeijing = u"91110000600037341L"_s;
const QString kLanzhou = u"91620105MA73NBBLXE"_s;
const QString kWrongCheck = u"91110000600037341K"_s; // expected L
const QString kNoCodeMessage = u"no 18-character credit code found in the scanned text"_s;

// Parses a payload that must yield a code, and returns it for further checks.
ScannedEnterpriseCode scanned(const QString &payload)
{
    INFO("payload: " << payload.toStdString());
    const fl::Result<ScannedEnterpriseCode> result = parseEnterpriseQrPayload(payload);
    if (!result.ok())
        FAIL("unexpected error: " << result.error().toString().toStdString());
    return result.value();
}

// Parses a payload that must be rejected, and returns the error.
fl::Error rejected(const QString &payload)
{
    INFO("payload: " << payload.toStdString());
    const fl::Result<ScannedEnterpriseCode> result = parseEnterpriseQrPayload(payload);
    if (result.ok())
        FAIL("unexpectedly found " << result.value().code.toStdString());
    return result.error();
}

} // namespace

TEST_CASE("A bare code is read as it is", "[qrpayload]")
{
    SECTION("exactly the code")
    {
        const ScannedEnterpriseCode code = scanned(kBeijing);
        CHECK(code.code == kBeijing);
        CHECK(code.carrier == u"bare"_s);
        CHECK(code.check.valid());
        CHECK(code.check.normalized == kBeijing);
    }
    SECTION("with whitespace, lower case or in groups")
    {
        CHECK(scanned(u"  91620105ma73nbblxe\n"_s).code == kLanzhou);
        const ScannedEnterpriseCode grouped = scanned(u"9111 0000 6000 3734 1L"_s);
        CHECK(grouped.code == kBeijing);
        CHECK(grouped.carrier == u"bare"_s);
        CHECK(scanned(u"9111-0000-6000-3734-1L"_s).code == kBeijing);
    }
    SECTION("in full-width characters")
    {
        const ScannedEnterpriseCode code = scanned(
            u"\uFF19\uFF11\uFF11\uFF11\uFF10\uFF10\uFF10\uFF10\uFF16\uFF10\uFF10\uFF10\uFF13\uFF17"
            u"\uFF13\uFF14\uFF11\uFF2C"_s);
        CHECK(code.code == kBeijing);
        CHECK(code.check.valid());
    }
    SECTION("a wrong check character is returned with its finding, not hidden")
    {
        const ScannedEnterpriseCode code = scanned(kWrongCheck);
        CHECK(code.code == kWrongCheck);
        CHECK(code.carrier == u"bare"_s);
        CHECK_FALSE(code.check.valid());
        CHECK(code.check.firstError() == u"wrong check character: expected L, found K"_s);
    }
    SECTION("an illegal character in a bare code is reported as such")
    {
        const ScannedEnterpriseCode code = scanned(u"9111000O600037341L"_s);
        CHECK(code.code == u"9111000O600037341L"_s);
        CHECK(code.check.firstError() == u"illegal character 'O' at position 8"_s);
    }
}

TEST_CASE("A code in a URL is found in the query or the path", "[qrpayload]")
{
    SECTION("query parameter, whatever its name")
    {
        for (const QString &name : {u"uscc"_s, u"creditCode"_s, u"tyshxydm"_s, u"q"_s}) {
            const QString url =
                u"https://qy.example.gov.cn/check?from=scan&%1=%2&t=17"_s.arg(name, kBeijing);
            const ScannedEnterpriseCode code = scanned(url);
            CHECK(code.code == kBeijing);
            CHECK(code.carrier == u"url"_s);
            CHECK(code.check.valid());
        }
    }
    SECTION("path segment, in the middle or last")
    {
        CHECK(scanned(u"https://example.cn/enterprise/%1/info"_s.arg(kLanzhou)).code == kLanzhou);
        const ScannedEnterpriseCode last = scanned(u"http://example.cn/e/%1"_s.arg(kLanzhou));
        CHECK(last.code == kLanzhou);
        CHECK(last.carrier == u"url"_s);
        CHECK(scanned(u"http://example.cn/e/%1#top"_s.arg(kLanzhou)).code == kLanzhou);
        CHECK(scanned(u"www.example.cn/e/%1"_s.arg(kLanzhou)).carrier == u"url"_s);
    }
    SECTION("lower case in a URL")
    {
        CHECK(scanned(u"https://example.cn/?code=91620105ma73nbblxe"_s).code == kLanzhou);
    }
    SECTION("percent-encoded code")
    {
        const QString encoded =
            QString::fromLatin1(QByteArray("91110000600037341L")
                                    .toPercentEncoding("", "0123456789ABCDEFGHJKLMNPQRTUWXY"));
        REQUIRE(encoded.startsWith(u"%39%31"_s));
        const ScannedEnterpriseCode code = scanned(u"https://example.cn/q?id="_s + encoded);
        CHECK(code.code == kBeijing);
        CHECK(code.carrier == u"url"_s);
    }
    SECTION("encoded separators right before the code")
    {
        // Raw, "3D91110000600037341L" is a 20-character run: only decoding separates the code.
        CHECK(scanned(u"https://example.cn/go?next=%2Fe%3Fcode%3D91110000600037341L"_s).code ==
              kBeijing);
        // A redirect URL encoded twice.
        CHECK(scanned(u"https://example.cn/go?next=https%253A%252F%252Fy.cn%252Fe%253Fcode%253D"
                      u"91110000600037341L"_s)
                  .code == kBeijing);
    }
    SECTION("a valid code wins over an earlier token that looks like one")
    {
        // 18 hexadecimal characters happen to be all in the USCC alphabet.
        const ScannedEnterpriseCode code =
            scanned(u"https://example.cn/s/0a1b2c3d4e5f6a7b8c/e?uscc=%1"_s.arg(kLanzhou));
        CHECK(code.code == kLanzhou);
        CHECK(code.check.valid());
    }
    SECTION("a code with a wrong check character is still returned")
    {
        const ScannedEnterpriseCode code = scanned(u"https://example.cn/?uscc="_s + kWrongCheck);
        CHECK(code.code == kWrongCheck);
        CHECK(code.carrier == u"url"_s);
        CHECK(code.check.firstError() == u"wrong check character: expected L, found K"_s);
    }
}

TEST_CASE("A code in JSON is found under any key at any depth", "[qrpayload]")
{
    SECTION("flat object")
    {
        const ScannedEnterpriseCode code =
            scanned(u"{\"uscc\":\"%1\",\"name\":\"x\"}"_s.arg(kBeijing));
        CHECK(code.code == kBeijing);
        CHECK(code.carrier == u"json"_s);
        CHECK(code.check.valid());
    }
    SECTION("nested objects and arrays")
    {
        const QString json =
            uR"({"v":2,"data":{"list":[{"n":1},{"ent":{"shxydm":"%1"}}]},"sig":"abc"})"_s.arg(
                kLanzhou);
        const ScannedEnterpriseCode code = scanned(json);
        CHECK(code.code == kLanzhou);
        CHECK(code.carrier == u"json"_s);
        CHECK(scanned(uR"([["x"],["%1"]])"_s.arg(kLanzhou)).code == kLanzhou);
    }
    SECTION("unicode escapes in the string")
    {
        CHECK(scanned(uR"({"c":"\u0039\u0031110000600037341L"})"_s).code == kBeijing);
    }
    SECTION("a value carrying text or a URL around the code")
    {
        CHECK(scanned(uR"({"info":"统一社会信用代码：%1；名称：某某公司"})"_s.arg(kBeijing)).code ==
              kBeijing);
        CHECK(scanned(uR"({"url":"https://example.cn/e?c=%1"})"_s.arg(kBeijing)).code == kBeijing);
    }
    SECTION("a value that is a grouped code")
    {
        const ScannedEnterpriseCode code = scanned(uR"({"code":"9111 0000 6000 3734 1L"})"_s);
        CHECK(code.code == kBeijing);
        CHECK(code.carrier == u"json"_s);
    }
    SECTION("numbers are not codes")
    {
        CHECK(rejected(uR"({"id":123456789012345678})"_s).message == kNoCodeMessage);
        CHECK(scanned(uR"({"id":123456789012345678,"c":"%1"})"_s.arg(kLanzhou)).code == kLanzhou);
    }
    SECTION("broken JSON is read as text")
    {
        const ScannedEnterpriseCode code = scanned(uR"({"uscc":"%1",)"_s.arg(kBeijing));
        CHECK(code.code == kBeijing);
        CHECK(code.carrier == u"text"_s);
    }
}

TEST_CASE("A code in text is found among the junk around it", "[qrpayload]")
{
    SECTION("Chinese label with a full-width colon")
    {
        const ScannedEnterpriseCode code =
            scanned(u"统一社会信用代码：%1 名称：某某有限公司 法定代表人：张三"_s.arg(kBeijing));
        CHECK(code.code == kBeijing);
        CHECK(code.carrier == u"text"_s);
        CHECK(code.check.valid());
    }
    SECTION("Chinese characters right next to the code")
    {
        CHECK(scanned(u"代码%1名称"_s.arg(kBeijing)).code == kBeijing);
    }
    SECTION("several lines")
    {
        CHECK(scanned(u"企业名称:某某公司\n信用代码:%1\n地址:乌鲁木齐"_s.arg(kLanzhou)).code ==
              kLanzhou);
    }
    SECTION("full-width code inside text")
    {
        CHECK(scanned(u"代码：\uFF19\uFF11\uFF16\uFF12\uFF10\uFF11\uFF10\uFF15MA73NBBLXE"_s).code ==
              kLanzhou);
    }
    SECTION("the valid candidate is preferred over an earlier failing one")
    {
        const ScannedEnterpriseCode code =
            scanned(u"旧代码 %1，新代码 %2"_s.arg(kWrongCheck, kLanzhou));
        CHECK(code.code == kLanzhou);
        CHECK(code.check.valid());
    }
    SECTION("with no valid candidate, the first one is returned with its findings")
    {
        const ScannedEnterpriseCode code =
            scanned(u"代码 %1 或 91620105MA73NBBLX7"_s.arg(kWrongCheck));
        CHECK(code.code == kWrongCheck);
        CHECK(code.carrier == u"text"_s);
        CHECK_FALSE(code.check.valid());
        CHECK(code.check.firstError() == u"wrong check character: expected L, found K"_s);
    }
    SECTION("control characters and binary junk around a code")
    {
        const QString junk = u"\u0000\u0001\uFFFD\u00FF"_s;
        CHECK(scanned(junk + kBeijing + junk).code == kBeijing);
    }
}

TEST_CASE("Nothing that is not an 18-character code is accepted", "[qrpayload]")
{
    SECTION("empty or blank")
    {
        const fl::Error empty = rejected(u""_s);
        CHECK(empty.code == fl::ErrorCode::InvalidInput);
        CHECK(empty.message == u"the scanned code is empty"_s);
        CHECK(rejected(u" \t\n\u3000"_s).code == fl::ErrorCode::InvalidInput);
    }
    SECTION("garbage")
    {
        for (const QString &payload :
             {u"hello world"_s, u"https://example.cn/e?id=42"_s, uR"({"a":"b"})"_s, u"{}"_s,
              u"统一社会信用代码：暂无"_s, u"%%%%%"_s}) {
            const fl::Error error = rejected(payload);
            CHECK(error.code == fl::ErrorCode::InvalidInput);
            CHECK(error.message == kNoCodeMessage);
        }
    }
    SECTION("17 characters")
    {
        const QString seventeen = kBeijing.left(17);
        CHECK(rejected(seventeen).message == kNoCodeMessage);
        CHECK(rejected(u"代码：%1"_s.arg(seventeen)).message == kNoCodeMessage);
        CHECK(rejected(u"https://example.cn/?c="_s + seventeen).code ==
              fl::ErrorCode::InvalidInput);
    }
    SECTION("a longer run is never cut down to a code")
    {
        CHECK(rejected(kBeijing + u"AB"_s).message == kNoCodeMessage);            // 20, bare
        CHECK(rejected(u"X"_s + kBeijing).message == kNoCodeMessage);             // 19, bare
        CHECK(rejected(u"订单号 %1A"_s.arg(kBeijing)).message == kNoCodeMessage); // 19, text
        CHECK(rejected(u"https://example.cn/?c=%1AB"_s.arg(kBeijing)).code ==
              fl::ErrorCode::InvalidInput);
        CHECK(rejected(uR"({"c":"0%1"})"_s.arg(kBeijing)).code == fl::ErrorCode::InvalidInput);
    }
    SECTION("an 18-character run with letters the alphabet leaves out is not a candidate")
    {
        CHECK(rejected(u"token: ABCDEFGHIJKLMNOPQR."_s).message == kNoCodeMessage);
    }
    SECTION("binary junk")
    {
        QByteArray bytes;
        for (int i = 0; i < 256; ++i)
            bytes.append(char((i * 37) & 0xFF));
        const fl::Error fromLatin1 = rejected(QString::fromLatin1(bytes));
        CHECK(fromLatin1.code == fl::ErrorCode::InvalidInput);
        const fl::Error fromUtf8 = rejected(QString::fromUtf8(bytes));
        CHECK(fromUtf8.code == fl::ErrorCode::InvalidInput);
        CHECK(rejected(u"\u0000\u0001\u0002\uFFFD\uFFFF"_s).message == kNoCodeMessage);
    }
}
