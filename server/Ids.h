#pragma once

#include <QByteArray>
#include <QString>

// Identifiers and small crypto helpers of modelarts-local. All randomness comes from the system CSPRNG
// (QRandomGenerator::system()); the hash functions come from QCryptographicHash / QMessageAuthenticationCode.
namespace ids {

// 19 characters [A-Za-z0-9], the shape of ModelArts dataset and task ids.
QString resourceId();
// 32 lowercase hex characters, the shape of ModelArts sample ids and request ids.
QString hex32();
// `bytes` random bytes.
QByteArray randomBytes(int bytes);

QByteArray sha256Hex(const QByteArray &data);
QByteArray hmacSha256(const QByteArray &key, const QByteArray &message);
// Compares in time that depends only on the lengths, for secrets and signatures.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace ids
