#include "csv.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace fl::exporters {
namespace {

// Excel and WPS guess the legacy code page (GBK on Chinese Windows) unless the file starts with
// a UTF-8 byte-order mark.
constexpr char kBom[] = "\xEF\xBB\xBF";

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// A plain decimal number: optional sign, digits with an optional fraction, optional exponent.
// Such a cell ("-12.5", "+86") is data a spreadsheet reads as a number, never a formula, so
// the injection guard leaves it alone; anything else after a sign ("-2+3+cmd|...") is not.
bool isPlainNumber(QStringView s)
{
    qsizetype i = 0;
    if (i < s.size() && (s[i] == u'+' || s[i] == u'-'))
        ++i;
    qsizetype digits = 0;
    for (; i < s.size() && isDigit(s[i]); ++i)
        ++digits;
    if (i < s.size() && s[i] == u'.') {
        for (++i; i < s.size() && isDigit(s[i]); ++i)
            ++digits;
    }
    if (digits == 0)
        return false;
    if (i < s.size() && (s[i] == u'e' || s[i] == u'E')) {
        ++i;
        if (i < s.size() && (s[i] == u'+' || s[i] == u'-'))
            ++i;
        const qsizetype exponentStart = i;
        for (; i < s.size() && isDigit(s[i]); ++i) {
        }
        if (i == exponentStart)
            return false;
    }
    return i == s.size();
}

// OWASP's list of characters that make a spreadsheet treat a cell as a formula (CR included:
// some spreadsheets strip it and then see the next character).
bool startsLikeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    const QChar first = cell.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
           first == u'\r';
}

Error unterminatedQuote(int line)
{
    return makeError(ErrorCode::InvalidInput,
                     u"CSV line %1: quoted cell is never closed"_s.arg(line));
}

// A small state machine over the decoded text; line numbers count physical lines so an error
// points where a text editor shows it.
class CsvParser
{
public:
    explicit CsvParser(const QString &text)
        : m_text(text)
    {}
    Result<QList<QStringList>> parse();

private:
    bool atLineEnd(qsizetype i) const { return m_text[i] == u'\n' || m_text[i] == u'\r'; }
    qsizetype skipLineEnd(qsizetype i) const;
    void endCell();
    void endRow();

    const QString &m_text;
    QList<QStringList> m_rows;
    QStringList m_row;
    QString m_cell;
    bool m_cellQuoted = false; // the current cell was a closed "..." cell
};

qsizetype CsvParser::skipLineEnd(qsizetype i) const
{
    if (m_text[i] == u'\r' && i + 1 < m_text.size() && m_text[i + 1] == u'\n')
        return i + 2;
    return i + 1;
}

void CsvParser::endCell()
{
    m_row.append(m_cell);
    m_cell.clear();
    m_cellQuoted = false;
}

void CsvParser::endRow()
{
    endCell();
    m_rows.append(m_row);
    m_row.clear();
}

Result<QList<QStringList>> CsvParser::parse()
{
    int line = 1;
    qsizetype i = 0;
    while (i < m_text.size()) {
        const QChar c = m_text[i];
        if (c == u'"' && m_cell.isEmpty() && !m_cellQuoted) {
            const int quoteLine = line;
            for (++i;; ++i) {
                if (i >= m_text.size())
                    return unterminatedQuote(quoteLine);
                if (m_text[i] == u'"') {
                    if (i + 1 < m_text.size() && m_text[i + 1] == u'"') {
                        m_cell.append(u'"');
                        ++i;
                        continue;
                    }
                    break;
                }
                if (m_text[i] == u'\n')
                    ++line;
                m_cell.append(m_text[i]); // embedded line ends are kept exactly as written
            }
            m_cellQuoted = true;
            ++i;
        } else if (c == u',') {
            endCell();
            ++i;
        } else if (atLineEnd(i)) {
            endRow();
            ++line;
            i = skipLineEnd(i);
        } else if (m_cellQuoted) {
            return makeError(ErrorCode::InvalidInput,
                             u"CSV line %1: text after a closing quote"_s.arg(line));
        } else {
            m_cell.append(c); // a quote inside an unquoted cell is taken literally
            ++i;
        }
    }
    // The last line may lack a line end; a trailing line end adds no empty row.
    if (!m_cell.isEmpty() || m_cellQuoted || !m_row.isEmpty())
        endRow();
    return m_rows;
}

} // namespace

CsvWriter::CsvWriter(const QStringList &header)
    : m_data(kBom)
{
    addRow(header);
}

void CsvWriter::addRow(const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line.append(u',');
        line.append(escapeCell(cells[i]));
    }
    m_data.append(line.toUtf8());
    m_data.append("\r\n");
}

QString CsvWriter::escapeCell(const QString &cell)
{
    QString result = cell;
    if (startsLikeFormula(cell) && !isPlainNumber(cell))
        result.prepend(u'\'');
    const bool needsQuotes = result.contains(u',') || result.contains(u'"') ||
                             result.contains(u'\r') || result.contains(u'\n');
    if (!needsQuotes)
        return result;
    result.replace(u"\""_s, u"\"\""_s);
    return u'"' + result + u'"';
}

Result<QList<QStringList>> parseCsv(QByteArrayView data)
{
    if (data.startsWith(QByteArrayView(kBom)))
        data = data.sliced(3);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(data);
    if (decoder.hasError())
        return makeError(ErrorCode::InvalidInput,
                         u"CSV is not UTF-8 text (save it as \"CSV UTF-8\")"_s);
    return CsvParser(text).parse();
}

} // namespace fl::exporters
