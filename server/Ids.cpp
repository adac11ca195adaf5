#include "Ids.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace ids {

QByteArray randomBytes(int bytes)
{
    QByteArray out(bytes, Qt::Uninitialized);
    auto *gen = QRandomGenerator::system();
    for (int i = 0; i < bytes; ++i)
        out[i] = static_cast<char>(gen->bounded(256));
    return out;
}

QString resourceId()
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    constexpr int size = sizeof(alphabet) - 1;
    QString out;
    out.reserve(19);
    auto *gen = QRandomGenerator::system();
    for (int i = 0; i < 19; ++i)
        out.append(QLatin1Char(alphabet[gen->bounded(size)]));
    return out;
}

QString hex32() { return QString::fromLatin1(randomBytes(16).toHex()); }

QByteArray sha256Hex(const QByteArray &data) { return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex(); }

QByteArray hmacSha256(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace ids
