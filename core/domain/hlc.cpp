#include "hlc.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fl {

QString Hlc::toString() const
{
    return u"%1-%2-%3"_s.arg(wallMs, 16, 10, QLatin1Char('0'))
        .arg(counter, 5, 10, QLatin1Char('0'))
        .arg(node);
}

std::optional<Hlc> Hlc::parse(QStringView text)
{
    // 16 digits, '-', 5 digits, '-', node (may itself contain '-').
    if (text.size() < 23 || text[16] != QLatin1Char('-') || text[22] != QLatin1Char('-'))
        return std::nullopt;
    bool okWall = false;
    bool okCounter = false;
    Hlc hlc;
    hlc.wallMs = text.left(16).toLongLong(&okWall);
    hlc.counter = text.mid(17, 5).toUInt(&okCounter);
    hlc.node = text.mid(23).toString();
    if (!okWall || !okCounter || hlc.wallMs < 0 || hlc.node.isEmpty())
        return std::nullopt;
    return hlc;
}

HlcClock::HlcClock(QString node, WallClock wall)
    : m_node(std::move(node))
    , m_wall(wall ? std::move(wall) : WallClock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{
    m_last.node = m_node;
}

Hlc HlcClock::now()
{
    const qint64 wall = m_wall();
    if (wall > m_last.wallMs) {
        m_last.wallMs = wall;
        m_last.counter = 0;
    } else {
        ++m_last.counter; // wall clock stalled or went back: order by the counter
    }
    m_last.node = m_node;
    return m_last;
}

void HlcClock::observe(const Hlc &remote)
{
    const qint64 wall = m_wall();
    const qint64 top = std::max({wall, m_last.wallMs, remote.wallMs});
    if (top == m_last.wallMs && top == remote.wallMs)
        m_last.counter = std::max(m_last.counter, remote.counter) + 1;
    else if (top == m_last.wallMs)
        ++m_last.counter;
    else if (top == remote.wallMs)
        m_last.counter = remote.counter + 1;
    else
        m_last.counter = 0;
    m_last.wallMs = top;
    m_last.node = m_node;
}

void HlcClock::restore(const Hlc &last)
{
    if (last.wallMs > m_last.wallMs ||
        (last.wallMs == m_last.wallMs && last.counter > m_last.counter)) {
        m_last.wallMs = last.wallMs;
        m_last.counter = last.counter;
    }
}

} // namespace fl
