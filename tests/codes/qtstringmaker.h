#pragma once

// Lets Catch print QString and QChar values when an assertion fails.

#include <catch2/catch.hpp>

#include <QChar>
#include <QString>

namespace Catch {

template <>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
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

} // namespace Catch
