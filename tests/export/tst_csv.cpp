#include <catch2/catch.hpp>

#include "catchqt.h"
#include "export/csv.h"

using namespace Qt::StringLiterals;
using namespace fl;
using namespace fl::exporters;

namespace {

QList<QStringList> parseOk(QByteArrayView data)
{
    auto parsed = parseCsv(data);
    INFO((parsed.ok() ? QString() : parsed.error().message).toStdString());
    REQUIRE(parsed.ok());
    return *parsed;
}

Error parseFailure(QByteArrayView data)
{
    auto parsed = parseCsv(data);
    REQUIRE_FALSE(parsed.ok());
    return parsed.error();
}

} // namespace

TEST_CASE("CSV file layout: BOM, header, CRLF", "[csv]")
{
    CsvWriter writer({u"编号"_s, u"名称"_s});
    writer.addRow({u"1"_s, u"乌鲁木齐"_s});
    writer.addRow({u"2"_s, u"plain"_s});

    // Written out byte by byte so the test does not share the implementation's encoder.
    const QByteArray expected = "\xEF\xBB\xBF"
                                "\xE7\xBC\x96\xE5\x8F\xB7,\xE5\x90\x8D\xE7\xA7\xB0\r\n"
                                "1,\xE4\xB9\x8C\xE9\xB2\x81\xE6\x9C\xA8\xE9\xBD\x90\r\n"
                                "2,plain\r\n";
    CHECK(writer.data() == expected);

    SECTION("header only")
    {
        CHECK(CsvWriter({u"a"_s}).data() == QByteArray("\xEF\xBB\xBF"
                                                       "a\r\n"));
    }
    SECTION("empty cells stay empty")
    {
        CsvWriter sparse({u"a"_s, u"b"_s, u"c"_s});
        sparse.addRow({{}, u"x"_s, {}});
        CHECK(sparse.data().endsWith("a,b,c\r\n,x,\r\n"));
    }
}

TEST_CASE("CSV quoting follows RFC 4180", "[csv]")
{
    CHECK(CsvWriter::escapeCell(u"plain text"_s) == u"plain text"_s);
    CHECK(CsvWriter::escapeCell(u"a,b"_s) == u"\"a,b\""_s);
    CHECK(CsvWriter::escapeCell(u"say \"hi\""_s) == u"\"say \"\"hi\"\"\""_s);
    CHECK(CsvWriter::escapeCell(u"line1\nline2"_s) == u"\"line1\nline2\""_s);
    CHECK(CsvWriter::escapeCell(u"line1\r\nline2"_s) == u"\"line1\r\nline2\""_s);
    CHECK(CsvWriter::escapeCell(u"\""_s) == u"\"\"\"\""_s);
    CHECK(CsvWriter::escapeCell(u"中文，全角逗号不用引号"_s) == u"中文，全角逗号不用引号"_s);
    CHECK(CsvWriter::escapeCell(QString()) == QString());
    CHECK(CsvWriter::escapeCell(u"it's"_s) == u"it's"_s);
}

TEST_CASE("CSV guards against formula injection", "[csv]")
{
    SECTION("formula-like text is prefixed with an apostrophe")
    {
        CHECK(CsvWriter::escapeCell(u"=SUM(1)"_s) == u"'=SUM(1)"_s);
        CHECK(CsvWriter::escapeCell(u"-cmd"_s) == u"'-cmd"_s);
        CHECK(CsvWriter::escapeCell(u"@x"_s) == u"'@x"_s);
        CHECK(CsvWriter::escapeCell(u"+A1"_s) == u"'+A1"_s);
        CHECK(CsvWriter::escapeCell(u"\tx"_s) == u"'\tx"_s);
        CHECK(CsvWriter::escapeCell(u"-"_s) == u"'-"_s);
        CHECK(CsvWriter::escapeCell(u"+86 138 0000 0000"_s) == u"'+86 138 0000 0000"_s);
        CHECK(CsvWriter::escapeCell(u"-2+3+cmd|' /C calc'!A0"_s) == u"'-2+3+cmd|' /C calc'!A0"_s);
        CHECK(CsvWriter::escapeCell(u"-1e"_s) == u"'-1e"_s);
        CHECK(CsvWriter::escapeCell(u"+.e5"_s) == u"'+.e5"_s);
    }
    SECTION("the prefix goes inside the quotes")
    {
        CHECK(CsvWriter::escapeCell(u"=1,2"_s) == u"\"'=1,2\""_s);
        CHECK(CsvWriter::escapeCell(u"\r\n=cmd"_s) == u"\"'\r\n=cmd\""_s);
    }
    SECTION("plain numbers are data, not formulas, and stay as they are")
    {
        for (const QString &number : {u"-12.5"_s, u"+86"_s, u"+1"_s, u"-0"_s, u"-.5"_s,
                                      u"-1.5E-3"_s, u"+2e+10"_s, u"-87.6168000"_s, u"42"_s}) {
            INFO(number.toStdString());
            CHECK(CsvWriter::escapeCell(number) == number);
        }
    }
    SECTION("characters later in the cell are harmless")
    {
        CHECK(CsvWriter::escapeCell(u"a=b"_s) == u"a=b"_s);
        CHECK(CsvWriter::escapeCell(u"user@example.com"_s) == u"user@example.com"_s);
    }
    SECTION("applies to rows written by the writer")
    {
        CsvWriter writer({u"note"_s});
        writer.addRow({u"=HYPERLINK(\"http://x\")"_s});
        CHECK(writer.data().endsWith("\r\n\"'=HYPERLINK(\"\"http://x\"\")\"\r\n"));
    }
}

TEST_CASE("CSV round trip", "[csv]")
{
    const QStringList header{u"编号"_s, u"描述"_s, u"坐标"_s};
    const QList<QStringList> rows{
        {u"XJ-001"_s, u"河道旁堆放\"危废\"，约 3 吨"_s, u"43.8256,87.6168"_s},
        {u"XJ-002"_s, u"第一行\r\n第二行\n第三行"_s, u"-12.5"_s},
        {u""_s, u""_s, u""_s},
        {u"最后"_s, u"  spaces kept  "_s, u"'quoted already"_s},
    };
    CsvWriter writer(header);
    for (const QStringList &row : rows)
        writer.addRow(row);

    const QList<QStringList> parsed = parseOk(writer.data());
    REQUIRE(parsed.size() == rows.size() + 1);
    CHECK(parsed.first() == header);
    for (qsizetype i = 0; i < rows.size(); ++i)
        CHECK(parsed.at(i + 1) == rows.at(i));

    SECTION("guarded cells come back with their apostrophe")
    {
        CsvWriter guarded({u"x"_s});
        guarded.addRow({u"=1+1"_s});
        CHECK(parseOk(guarded.data()).at(1) == QStringList{u"'=1+1"_s});
    }
}

TEST_CASE("CSV parsing of spreadsheet output", "[csv]")
{
    SECTION("LF-only line ends, no BOM, no final newline")
    {
        const auto rows = parseOk("a,b\n1,2\n3,4");
        REQUIRE(rows.size() == 3);
        CHECK(rows.at(2) == QStringList{u"3"_s, u"4"_s});
    }
    SECTION("a final line end adds no empty row, a blank line in the middle is a row")
    {
        const auto rows = parseOk("a\r\n\r\nb\r\n");
        REQUIRE(rows.size() == 3);
        CHECK(rows.at(1) == QStringList{QString()});
    }
    SECTION("quoted multiline cells")
    {
        const auto rows = parseOk("id,note\r\n7,\"first\r\nsecond\n\"\"third\"\"\"\r\n8,x\r\n");
        REQUIRE(rows.size() == 3);
        CHECK(rows.at(1).at(1) == u"first\r\nsecond\n\"third\""_s);
        CHECK(rows.at(2) == QStringList{u"8"_s, u"x"_s});
    }
    SECTION("empty cells and an empty quoted cell")
    {
        CHECK(parseOk(",,\"\"").at(0) == QStringList{{}, {}, {}});
        CHECK(parseOk("\"\"").size() == 1);
    }
    SECTION("a quote inside an unquoted cell is literal")
    {
        CHECK(parseOk("5\" pipe,b").at(0) == QStringList{u"5\" pipe"_s, u"b"_s});
    }
    SECTION("BOM is dropped and Chinese decoded")
    {
        const auto rows = parseOk("\xEF\xBB\xBF\xE7\xBC\x96\xE5\x8F\xB7,x\r\n");
        REQUIRE(rows.size() == 1);
        CHECK(rows.at(0).at(0) == u"编号"_s);
    }
    SECTION("empty input")
    {
        CHECK(parseOk("").isEmpty());
        CHECK(parseOk("\xEF\xBB\xBF").isEmpty());
    }
}

TEST_CASE("CSV parse errors", "[csv]")
{
    SECTION("unterminated quote names the line where the quote opened")
    {
        const Error error = parseFailure("a,b\r\n1,2\n3,\"never\nclosed\n,,\n");
        CHECK(error.code == ErrorCode::InvalidInput);
        CHECK(error.message.contains(u"line 3"_s));
    }
    SECTION("line numbers count lines inside earlier quoted cells")
    {
        const Error error = parseFailure("\"a\nb\nc\",x\n\"open");
        CHECK(error.message.contains(u"line 4"_s));
    }
    SECTION("text after a closing quote")
    {
        const Error error = parseFailure("ok\n\"a\"b,c\n");
        CHECK(error.message.contains(u"line 2"_s));
    }
    SECTION("not UTF-8 (a GBK file saved by old Excel)")
    {
        // "编号" in GBK.
        CHECK(parseFailure("\xB1\xE0\xBA\xC5,x\r\n").message.contains(u"UTF-8"_s));
    }
}
