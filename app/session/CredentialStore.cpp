#include "session/CredentialStore.h"

#include <qt6keychain/keychain.h>

CredentialStore::CredentialStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

QString CredentialStore::keyFor(const QString &endpoint, const QString &domain, const QString &userOrAccessKey)
{
    return endpoint + QLatin1Char('|') + domain + QLatin1Char('|') + userOrAccessKey;
}

void CredentialStore::checkAvailability(QObject *context, std::function<void(bool, const QString &)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(QStringLiteral("availability-probe"));
    connect(job, &QKeychain::Job::finished, context ? context : this, [job, done](QKeychain::Job *) {
        const bool available = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        done(available, available ? QString() : job->errorString());
    });
    job->start();
}

void CredentialStore::store(const QString &key, const QString &secret, QObject *context, std::function<void(bool, const QString &)> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, context ? context : this, [job, done](QKeychain::Job *) {
        done(job->error() == QKeychain::NoError, job->error() == QKeychain::NoError ? QString() : job->errorString());
    });
    job->start();
}

void CredentialStore::load(const QString &key, QObject *context, std::function<void(const std::optional<QString> &, const QString &)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, context ? context : this, [job, done](QKeychain::Job *) {
        if (job->error() == QKeychain::NoError)
            done(job->textData(), {});
        else if (job->error() == QKeychain::EntryNotFound)
            done(std::nullopt, {});
        else
            done(std::nullopt, job->errorString());
    });
    job->start();
}

void CredentialStore::remove(const QString &key, QObject *context, std::function<void(bool, const QString &)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, context ? context : this, [job, done](QKeychain::Job *) {
        const bool ok = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        done(ok, ok ? QString() : job->errorString());
    });
    job->start();
}
