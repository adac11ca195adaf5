#include "auth/HmacKey.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <openssl/evp.h>

namespace {

constexpr int kBlock = 64; // SHA-256's block

struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;

} // namespace

struct HmacKey::Contexts
{
    MdCtx inner{ EVP_MD_CTX_new() }; // SHA-256 after (key ^ ipad)
    MdCtx outer{ EVP_MD_CTX_new() }; // SHA-256 after (key ^ opad)
    MdCtx work{ EVP_MD_CTX_new() };
};

HmacKey::HmacKey(const QByteArray &key)
    : m_key(key)
{
    // A key longer than a block is its hash (RFC 2104, 2).
    const QByteArray k = key.size() > kBlock ? QCryptographicHash::hash(key, QCryptographicHash::Sha256) : key;
    unsigned char ipad[kBlock];
    unsigned char opad[kBlock];
    for (int i = 0; i < kBlock; ++i) {
        const auto byte = i < k.size() ? static_cast<unsigned char>(k[i]) : static_cast<unsigned char>(0);
        ipad[i] = byte ^ 0x36;
        opad[i] = byte ^ 0x5c;
    }
    auto c = std::make_unique<Contexts>();
    const EVP_MD *sha256 = EVP_sha256();
    if (c->inner && c->outer && c->work && EVP_DigestInit_ex(c->inner.get(), sha256, nullptr) == 1
        && EVP_DigestUpdate(c->inner.get(), ipad, kBlock) == 1 && EVP_DigestInit_ex(c->outer.get(), sha256, nullptr) == 1
        && EVP_DigestUpdate(c->outer.get(), opad, kBlock) == 1)
        m_contexts = std::move(c);
}

HmacKey::~HmacKey() = default;
HmacKey::HmacKey(HmacKey &&) noexcept = default;

QByteArray HmacKey::sign(QByteArrayView message) const
{
    if (m_contexts) {
        EVP_MD_CTX *w = m_contexts->work.get();
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int size = 0;
        if (EVP_MD_CTX_copy_ex(w, m_contexts->inner.get()) == 1 && EVP_DigestUpdate(w, message.data(), size_t(message.size())) == 1
            && EVP_DigestFinal_ex(w, digest, &size) == 1 && EVP_MD_CTX_copy_ex(w, m_contexts->outer.get()) == 1
            && EVP_DigestUpdate(w, digest, size) == 1 && EVP_DigestFinal_ex(w, digest, &size) == 1)
            return QByteArray(reinterpret_cast<const char *>(digest), int(size));
    }
    return QMessageAuthenticationCode::hash(message.toByteArray(), m_key, QCryptographicHash::Sha256);
}
