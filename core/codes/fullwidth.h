#pragma once

// Internal helper shared by the USCC validator and the QR payload parser: Chinese input methods
// produce full-width forms ('９', 'Ａ', '：', U+3000 space) that look like ASCII on screen, so
// both fold them to ASCII before reading a code.

#include <QString>
#include <QStringView>

namespace fl::codes::detail {

[[nodiscard]] inline QString foldFullWidth(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E) // the full-width block mirrors ASCII 0x21..0x7E
            out.append(QChar(char16_t(u - 0xFEE0)));
        else if (u == 0x3000) // ideographic space
            out.append(u' ');
        else
            out.append(c);
    }
    return out;
}

} // namespace fl::codes::detail
