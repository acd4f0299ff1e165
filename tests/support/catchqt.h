#pragma once

// Lets Catch2 print Qt values (QString, QChar, QByteArray) in failure messages. Every test
// includes this instead of <catch2/catch.hpp> directly.

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QChar>
#include <QString>

namespace Catch {

template <>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};

template <>
struct StringMaker<QChar>
{
    static std::string convert(QChar c)
    {
        if (c.isNull())
            return "(null QChar)";
        return '\'' + QString(c).toStdString() + '\'';
    }
};

template <>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &value) { return '"' + value.toStdString() + '"'; }
};

} // namespace Catch
