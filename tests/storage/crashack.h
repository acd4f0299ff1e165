#pragma once

// Shared by the crash writer and the crash test: how an acknowledged body is fingerprinted.

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace fl::test {

// SHA-256 (hex) of a record body in its canonical compact JSON, the bytes the store writes.
inline QByteArray bodyHash(const QJsonObject &body)
{
    return QCryptographicHash::hash(QJsonDocument(body).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256)
        .toHex();
}

} // namespace fl::test
