#pragma once

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

// Secrets (a password or an SK) in the OS keychain through QtKeychain, and nowhere else: no plain-text
// fallback. Where no keychain is available it says so (availability()), and every call fails with that
// reason, so that "Remember" can be shown off and explained. Jobs delete themselves; callbacks carry a
// context object and are not called once it is gone.
class CredentialStore final : public QObject
{
    Q_OBJECT
public:
    explicit CredentialStore(QString service = QStringLiteral("AutoLabel Reviewer"), QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CredentialStore)

    // The key of a login's secret: which service, account and user (or AK) it belongs to.
    static QString keyFor(const QString &endpoint, const QString &domain, const QString &userOrAccessKey);

    // Asks the keychain once (a read of a key that does not exist); `done(available, reason)`.
    void checkAvailability(QObject *context, std::function<void(bool available, const QString &reason)> done);
    void store(const QString &key, const QString &secret, QObject *context, std::function<void(bool ok, const QString &error)> done);
    // `secret` is empty when none is stored (error empty) or on failure (error set).
    void load(const QString &key, QObject *context, std::function<void(const std::optional<QString> &secret, const QString &error)> done);
    void remove(const QString &key, QObject *context, std::function<void(bool ok, const QString &error)> done);

private:
    QString m_service;
};
