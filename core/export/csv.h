#pragma once

// CSV that Excel and WPS open correctly with Chinese text: UTF-8 with a byte-order mark, CRLF
// line ends, RFC 4180 quoting.

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace fl::exporters {

class CsvWriter
{
public:
    explicit CsvWriter(const QStringList &header);

    void addRow(const QStringList &cells);
    // The whole file: BOM, header, rows.
    [[nodiscard]] QByteArray data() const { return m_data; }

    // A cell as written: quoted when it holds a comma, quote, CR or LF (quotes doubled). A text
    // cell starting with = + - @ or a tab is prefixed with ' so a spreadsheet never runs it as
    // a formula (CSV injection); numbers such as "-12.5" are left alone.
    [[nodiscard]] static QString escapeCell(const QString &cell);

private:
    QByteArray m_data;
};

// Parses CSV written by CsvWriter or by a spreadsheet: optional BOM, CRLF or LF, quoted cells
// with embedded newlines. An unterminated quote is an error with the line number.
[[nodiscard]] Result<QList<QStringList>> parseCsv(QByteArrayView data);

} // namespace fl::exporters
