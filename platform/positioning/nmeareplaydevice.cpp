#include "nmeareplaydevice.h"

#include <QDate>
#include <QFile>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>

using namespace Qt::StringLiterals;

namespace fl::platform {

namespace {

constexpr qint64 kDayMs = 86'400'000;

// The sentence type without its talker ("GGA" for "$GNGGA,..."); empty for proprietary ones.
QByteArrayView sentenceType(const QList<QByteArray> &fields)
{
    if (fields.isEmpty() || fields.first().size() != 6 || !fields.first().startsWith('$'))
        return {};
    return QByteArrayView(fields.first()).sliced(3);
}

// Index of the UTC time field, or -1 when the sentence carries no time.
int timeField(QByteArrayView type)
{
    if (type == "GGA" || type == "RMC" || type == "GST" || type == "GNS" || type == "ZDA")
        return 1;
    if (type == "GLL")
        return 5;
    return -1;
}

// "hhmmss[.sss]" as milliseconds into the day.
std::optional<qint64> timeOfDayMs(QByteArrayView field)
{
    if (field.size() < 6)
        return std::nullopt;
    bool okH = false;
    bool okM = false;
    bool okS = false;
    const int h = field.sliced(0, 2).toInt(&okH);
    const int m = field.sliced(2, 2).toInt(&okM);
    const double s = field.sliced(4).toDouble(&okS);
    if (!okH || !okM || !okS || h > 23 || m > 59 || s < 0 || s >= 61)
        return std::nullopt;
    return (h * 3600 + m * 60) * 1000LL + qint64(std::llround(s * 1000.0));
}

// The date a sentence carries: RMC "ddmmyy" (field 9) or ZDA day, month, year (fields 2-4).
std::optional<QDate> sentenceDate(QByteArrayView type, const QList<QByteArray> &fields)
{
    if (type == "RMC" && fields.size() > 9 && fields[9].size() == 6) {
        const QDate d = QDate::fromString(QString::fromLatin1(fields[9]), u"ddMMyy"_s);
        if (d.isValid())
            return d.addYears(d.year() < 1980 ? 100 : 0); // "yy" reads as 19yy
    }
    if (type == "ZDA" && fields.size() > 4) {
        const QDate d(fields[4].toInt(), fields[3].toInt(), fields[2].toInt());
        if (d.isValid())
            return d;
    }
    return std::nullopt;
}

// The sentence's fields with the checksum taken off ("$GNGGA", "050000.00", ...).
QList<QByteArray> fieldsOf(const QByteArray &sentence)
{
    const qsizetype star = sentence.lastIndexOf('*');
    return (star < 0 ? sentence : sentence.left(star)).split(',');
}

QByteArray formatTime(const QDateTime &utc, qsizetype decimals)
{
    QByteArray out = utc.time().toString(u"HHmmss"_s).toLatin1();
    if (decimals > 0) {
        QByteArray fraction = QByteArray::number(utc.time().msec()).rightJustified(3, '0');
        out += '.' + fraction.left(std::min<qsizetype>(decimals, 3)).leftJustified(decimals, '0');
    }
    return out;
}

} // namespace

QByteArray NmeaReplayDevice::checksum(QByteArrayView body)
{
    quint8 sum = 0;
    for (const char c : body)
        sum ^= quint8(c);
    return QByteArray::number(sum, 16).toUpper().rightJustified(2, '0');
}

Result<NmeaReplayDevice *>
NmeaReplayDevice::fromFile(const QString &path, const NmeaReplayOptions &options, QObject *parent)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, u"no NMEA log at %1"_s.arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         u"cannot read the NMEA log %1: %2"_s.arg(path, file.errorString()));
    auto *device = new NmeaReplayDevice(file.readAll(), options, parent);
    if (device->epochCount() == 0) {
        delete device;
        return makeError(ErrorCode::InvalidInput,
                         u"the NMEA log %1 has no timed sentences (GGA, RMC, ...)"_s.arg(path));
    }
    return device;
}

NmeaReplayDevice::NmeaReplayDevice(const QByteArray &log, const NmeaReplayOptions &options,
                                   QObject *parent)
    : QIODevice(parent)
    , m_options(options)
{
    if (!(m_options.speed > 0) || !std::isfinite(m_options.speed))
        m_options.speed = 1.0;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &NmeaReplayDevice::releaseDue);
    parse(log);
}

NmeaReplayDevice::~NmeaReplayDevice() = default;

qint64 NmeaReplayDevice::now() const
{
    return m_options.clock ? m_options.clock() : QDateTime::currentMSecsSinceEpoch();
}

// Groups sentences into epochs (one UTC time each) and dates each epoch: by its own RMC/ZDA,
// else the date before it (a day later when the time of day wrapped), else the log's first date,
// else today.
void NmeaReplayDevice::parse(const QByteArray &log)
{
    struct Raw
    {
        qint64 timeOfDay = -1;
        std::optional<QDate> date;
        QList<QByteArray> sentences;
    };
    QList<Raw> raw;
    std::optional<QDate> firstDate;
    QByteArray currentTime;
    for (QByteArray line : log.split('\n')) {
        line = line.trimmed();
        if (!line.startsWith('$'))
            continue;
        const QList<QByteArray> fields = fieldsOf(line);
        const QByteArrayView type = sentenceType(fields);
        const int tf = timeField(type);
        std::optional<qint64> tod;
        if (tf >= 0 && fields.size() > tf)
            tod = timeOfDayMs(fields[tf]);
        if (tod && (raw.isEmpty() || fields[tf] != currentTime)) {
            currentTime = fields[tf];
            raw.append(Raw{*tod, std::nullopt, {}});
        } else if (raw.isEmpty()) {
            continue; // untimed sentences before the first epoch say nothing useful
        }
        if (const auto date = sentenceDate(type, fields)) {
            raw.last().date = date;
            if (!firstDate)
                firstDate = date;
        }
        raw.last().sentences.append(line);
    }

    const QDate fallback =
        firstDate.value_or(QDateTime::fromMSecsSinceEpoch(now(), Qt::UTC).date());
    std::optional<QDate> date;
    qint64 previousTod = -1;
    for (const Raw &r : raw) {
        if (r.date) {
            date = r.date;
        } else if (!date) {
            date = fallback;
        } else if (previousTod >= 0 && r.timeOfDay < previousTod - kDayMs / 2) {
            date = date->addDays(1); // past midnight
        }
        previousTod = r.timeOfDay;
        const qint64 dayStart = date->startOfDay(Qt::UTC).toMSecsSinceEpoch();
        m_epochs.append(Epoch{dayStart + r.timeOfDay, r.sentences});
    }
}

bool NmeaReplayDevice::open(OpenMode mode)
{
    if (mode & WriteOnly)
        return false; // a receiver is only read
    if (!QIODevice::open(mode))
        return false;
    m_next = 0;
    m_buffer.clear();
    m_shiftMs = 0;
    if (m_options.fromNow && !m_epochs.isEmpty()) {
        const qint64 first = m_epochs.first().logMs;
        const qint64 span = m_epochs.last().logMs - first;
        // Faster than real time the log runs ahead of the clock: start it further back so
        // the last fix, not the first, is "now" and no fix is ever from the future.
        const qint64 ahead =
            m_options.speed > 1.0 ? qint64(double(span) * (1.0 - 1.0 / m_options.speed)) : 0;
        m_shiftMs = now() - first - ahead;
    }
    m_elapsed.start();
    // Not released here: QNmeaPositionInfoSource skips whatever is buffered when it starts.
    m_timer.start(0);
    return true;
}

void NmeaReplayDevice::close()
{
    m_timer.stop();
    m_buffer.clear();
    QIODevice::close();
}

void NmeaReplayDevice::releaseDue()
{
    if (!isOpen() || m_epochs.isEmpty())
        return;
    const qint64 first = m_epochs.first().logMs;
    const double elapsed = double(m_elapsed.elapsed());
    bool released = false;
    while (m_next < m_epochs.size() &&
           double(m_epochs[m_next].logMs - first) / m_options.speed <= elapsed) {
        for (const QByteArray &sentence : std::as_const(m_epochs[m_next].sentences))
            m_buffer += (m_options.fromNow ? rewrite(sentence) : sentence) + "\r\n";
        ++m_next;
        released = true;
    }
    if (released)
        Q_EMIT readyRead();
    if (finished()) {
        Q_EMIT readChannelFinished();
        return;
    }
    scheduleNext();
}

void NmeaReplayDevice::scheduleNext()
{
    const qint64 first = m_epochs.first().logMs;
    const double due = double(m_epochs[m_next].logMs - first) / m_options.speed;
    const double wait = due - double(m_elapsed.elapsed());
    m_timer.start(int(std::clamp(std::ceil(wait), 0.0, double(kDayMs))));
}

// The sentence with its time (and date) moved by the replay shift and a new checksum.
QByteArray NmeaReplayDevice::rewrite(const QByteArray &sentence) const
{
    QList<QByteArray> fields = fieldsOf(sentence);
    const QByteArrayView type = sentenceType(fields);
    const int tf = timeField(type);
    if (tf < 0 || fields.size() <= tf)
        return sentence; // nothing dated in it
    const auto tod = timeOfDayMs(fields[tf]);
    if (!tod)
        return sentence;
    // The epoch this sentence belongs to has the same time of day; find its date from it.
    const Epoch &epoch = m_epochs[m_next];
    const qint64 dayStart = epoch.logMs - (epoch.logMs % kDayMs);
    const QDateTime shifted = QDateTime::fromMSecsSinceEpoch(dayStart + *tod + m_shiftMs, Qt::UTC);
    const qsizetype dot = fields[tf].indexOf('.');
    fields[tf] = formatTime(shifted, dot < 0 ? 0 : fields[tf].size() - dot - 1);
    if (type == "RMC" && fields.size() > 9 && !fields[9].isEmpty())
        fields[9] = shifted.date().toString(u"ddMMyy"_s).toLatin1();
    if (type == "ZDA" && fields.size() > 4) {
        fields[2] = shifted.date().toString(u"dd"_s).toLatin1();
        fields[3] = shifted.date().toString(u"MM"_s).toLatin1();
        fields[4] = shifted.date().toString(u"yyyy"_s).toLatin1();
    }
    const QByteArray body = fields.join(',');
    return body + '*' + checksum(QByteArrayView(body).sliced(1));
}

qint64 NmeaReplayDevice::bytesAvailable() const
{
    return m_buffer.size() + QIODevice::bytesAvailable();
}

bool NmeaReplayDevice::canReadLine() const
{
    return m_buffer.contains('\n') || QIODevice::canReadLine();
}

bool NmeaReplayDevice::atEnd() const
{
    return !isOpen() || (finished() && bytesAvailable() == 0);
}

qint64 NmeaReplayDevice::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_buffer.size());
    if (n == 0)
        return finished() ? -1 : 0;
    std::memcpy(data, m_buffer.constData(), size_t(n));
    m_buffer.remove(0, n);
    return n;
}

qint64 NmeaReplayDevice::writeData(const char *, qint64)
{
    return -1;
}

} // namespace fl::platform
