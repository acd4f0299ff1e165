#pragma once

// Hybrid logical clock (Kulkarni et al. 2014): physical milliseconds plus a counter, so edits
// made on devices with skewed clocks still order consistently with what each device has seen.
// Merges of mutable fields compare HLCs, never wall clocks.

#include <QString>

#include <compare>
#include <functional>
#include <optional>

namespace fl {

struct Hlc
{
    qint64 wallMs = 0;
    quint32 counter = 0;
    QString node; // device id: breaks ties so two devices never produce equal stamps

    // Fixed-width text that sorts like the value: "0001732358400123-00000-<node>".
    [[nodiscard]] QString toString() const;
    [[nodiscard]] static std::optional<Hlc> parse(QStringView text);

    friend auto operator<=>(const Hlc &a, const Hlc &b)
    {
        if (auto c = a.wallMs <=> b.wallMs; c != 0)
            return c;
        if (auto c = a.counter <=> b.counter; c != 0)
            return c;
        return QString::compare(a.node, b.node) <=> 0;
    }
    friend bool operator==(const Hlc &, const Hlc &) = default;
};

// The device's clock. Not thread-safe: the store owns one and calls it under its lock.
class HlcClock
{
public:
    using WallClock = std::function<qint64()>; // UTC milliseconds

    explicit HlcClock(QString node, WallClock wall = {});

    // A stamp for a local event, greater than every stamp issued or observed before.
    [[nodiscard]] Hlc now();
    // Takes a stamp seen from elsewhere (a pulled change) into account.
    void observe(const Hlc &remote);
    // Restores the last issued stamp (after reopening the store).
    void restore(const Hlc &last);

    [[nodiscard]] const Hlc &last() const { return m_last; }

private:
    QString m_node;
    WallClock m_wall;
    Hlc m_last;
};

} // namespace fl
