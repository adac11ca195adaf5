#include "auth/PasswordHash.h"

#include "Ids.h"

#include <QList>
#include <QPasswordDigestor>

namespace passwordhash {
namespace {
constexpr int keyBytes = 32;
const QByteArray scheme = QByteArrayLiteral("pbkdf2-sha256");

QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, iterations, keyBytes);
}
} // namespace

QByteArray hash(const QString &password, int iterations)
{
    const QByteArray salt = ids::randomBytes(16);
    return scheme + '$' + QByteArray::number(iterations) + '$' + salt.toBase64() + '$' + derive(password, salt, iterations).toBase64();
}

bool verify(const QString &password, const QByteArray &encoded)
{
    const QList<QByteArray> parts = encoded.split('$');
    if (parts.size() != 4 || parts[0] != scheme)
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2]);
    const QByteArray expected = QByteArray::fromBase64(parts[3]);
    return ids::constantTimeEquals(derive(password, salt, iterations), expected);
}

} // namespace passwordhash
