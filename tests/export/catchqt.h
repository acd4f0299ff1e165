#pragma once

// Lets Catch2 print QString and QByteArray in failure messages.

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QString>

namespace Catch {

template <>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};

template <>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &value) { return '"' + value.toStdString() + '"'; }
};

} // namespace Catch
