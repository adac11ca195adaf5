#pragma once

#include "storage/Records.h"

#include <QList>

#include <optional>

class Database;

struct StoredToken
{
    QString userId;
    QString projectId;
    qint64 expiresMs = 0;
};

// Projects, domains, users, their tokens (as hashes) and access keys.
class IdentityStore final
{
public:
    explicit IdentityStore(Database &db)
        : m_db(db)
    {
    }

    ProjectRecord ensureProject(const QString &name);
    std::optional<ProjectRecord> projectByName(const QString &name) const;
    std::optional<ProjectRecord> projectById(const QString &id) const;
    // Adds a user or replaces the password of an existing one (same domain and name).
    std::optional<UserRecord> upsertUser(const QString &domainName, const QString &name, const QString &projectName,
                                         const QByteArray &passwordHash);
    std::optional<UserRecord> userByName(const QString &domainNameOrId, const QString &name) const;
    std::optional<UserRecord> userById(const QString &id) const;
    QList<UserRecord> usersNamed(const QString &name) const;

    bool addToken(const QByteArray &tokenHash, const QString &userId, const QString &projectId, qint64 issuedMs, qint64 expiresMs);
    std::optional<StoredToken> token(const QByteArray &tokenHash) const;

    // An administrator's unlock of a user's failed-login lock (`modelarts-local user unlock`), and when the
    // last one was (0: never): the running service clears a lock that began before it. Domain and name in
    // any case, as logins give them.
    bool recordUnlock(const QString &domainName, const QString &name, qint64 atMs);
    qint64 unlockedAt(const QString &domainName, const QString &name) const;

    bool addAccessKey(const AccessKeyRecord &key);
    std::optional<AccessKeyRecord> accessKey(const QString &ak) const;

private:
    Database &m_db;
};
