#include "ids.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <array>
#include <mutex>

namespace fl {

namespace {

// RFC 9562 method 1: the 12-bit rand_a field is a counter seeded randomly each millisecond, so
// ids made in the same millisecond still sort in creation order.
struct V7State
{
    std::mutex mutex;
    qint64 lastMs = -1;
    quint16 counter = 0;
};

V7State &v7State()
{
    static V7State state;
    return state;
}

} // namespace

QString newUuidV7()
{
    auto &state = v7State();
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    quint16 counter = 0;
    {
        std::lock_guard lock(state.mutex);
        if (ms <= state.lastMs) {
            ms = state.lastMs;
            if (++state.counter > 0x0fff) { // counter exhausted: borrow the next millisecond
                ++ms;
                state.counter = quint16(QRandomGenerator::system()->bounded(0x0800));
            }
        } else {
            state.counter = quint16(QRandomGenerator::system()->bounded(0x0800));
        }
        state.lastMs = ms;
        counter = state.counter;
    }

    std::array<quint8, 16> b{};
    for (int i = 0; i < 6; ++i)
        b[i] = quint8(ms >> (8 * (5 - i)));
    b[6] = quint8(0x70 | ((counter >> 8) & 0x0f));
    b[7] = quint8(counter & 0xff);
    quint64 random = QRandomGenerator::system()->generate64();
    for (int i = 8; i < 16; ++i)
        b[i] = quint8(random >> (8 * (15 - i)));
    b[8] = quint8(0x80 | (b[8] & 0x3f)); // RFC 9562 variant

    static const char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out += QLatin1Char('-');
        out += QLatin1Char(hex[b[i] >> 4]);
        out += QLatin1Char(hex[b[i] & 0x0f]);
    }
    return out;
}

bool isUuid(QStringView text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        const QChar c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != QLatin1Char('-'))
                return false;
        } else if (!(c.isDigit() || (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
                     (c >= QLatin1Char('A') && c <= QLatin1Char('F')))) {
            return false;
        }
    }
    return true;
}

qint64 uuidV7TimeMs(QStringView text)
{
    if (!isUuid(text) || text[14] != QLatin1Char('7'))
        return -1;
    QString hex = text.left(8).toString() + text.mid(9, 4).toString();
    bool ok = false;
    const qint64 ms = hex.toLongLong(&ok, 16);
    return ok ? ms : -1;
}

} // namespace fl
