#include "common.h"

#include <QDate>

namespace fl {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

bool isDivisionCode(QStringView code)
{
    // GB/T 2260 province prefixes run from 11 to 82, so a leading zero is always a typo.
    if (code.size() != 6 || code[0] == u'0')
        return false;
    for (QChar c : code) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

bool isIsoDate(QStringView text)
{
    // Strictly "YYYY-MM-DD": QDate's own ISO parser also takes forms the office exports reject.
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return false;
    for (qsizetype i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!isAsciiDigit(text[i]))
            return false;
    }
    const QDate date(text.left(4).toInt(), text.mid(5, 2).toInt(), text.mid(8, 2).toInt());
    return date.isValid();
}

} // namespace fl
