#pragma once

#include <QByteArray>
#include <QString>

// Salted PBKDF2-HMAC-SHA256 password hashes (QPasswordDigestor). Only the encoded hash is ever stored.
namespace passwordhash {

inline constexpr int defaultIterations = 120000;

// "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>"
QByteArray hash(const QString &password, int iterations = defaultIterations);
bool verify(const QString &password, const QByteArray &encoded);

} // namespace passwordhash
