#pragma once

// Command-line values for domain enums, by their stable snake_case names.

#include "domain/enumnames.h"
#include "result.h"

#include <QStringList>

namespace fl::cli {

// Every name of E, in declaration order (the enums are contiguous from 0).
template <typename E>
QStringList enumNames()
{
    QStringList names;
    for (int i = 0;; ++i) {
        const QString name = enumName(static_cast<E>(i));
        if (name.isEmpty())
            return names;
        names << name;
    }
}

template <typename E>
Result<E> enumOption(const QString &value, const QString &option)
{
    if (auto parsed = enumFromName<E>(value))
        return *parsed;
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("%1 '%2' is not one of: %3")
                         .arg(option, value, enumNames<E>().join(QStringLiteral(", "))));
}

} // namespace fl::cli
