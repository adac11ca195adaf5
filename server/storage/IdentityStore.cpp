#include "storage/IdentityStore.h"

#include "Ids.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

UserRecord readUser(const QSqlQuery &q)
{
    // The columns of userSelect, in order.
    return UserRecord{ q.value(0).toString(),
                       q.value(1).toString(),
                       q.value(2).toString(),
                       q.value(3).toString(),
                       ProjectRecord{ q.value(4).toString(), q.value(5).toString() },
                       q.value(6).toByteArray() };
}

const QString userSelect = QStringLiteral("SELECT u.id, u.name, d.id, d.name, p.id, p.name, u.password_hash FROM users u"
                                          " JOIN domains d ON d.id = u.domain_id JOIN projects p ON p.id = u.project_id ");

} // namespace

ProjectRecord IdentityStore::ensureProject(const QString &name)
{
    if (auto existing = projectByName(name))
        return *existing;
    ProjectRecord p{ ids::hex32(), name };
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO projects(id, name) VALUES(?, ?)"));
    q.addBindValue(p.id);
    q.addBindValue(p.name);
    if (!q.exec())
        m_db.setError(q.lastError().text());
    return projectByName(name).value_or(p);
}

std::optional<ProjectRecord> IdentityStore::projectByName(const QString &name) const
{
    QSqlQuery q = m_db.select(QStringLiteral("SELECT id, name FROM projects WHERE name = ?"), { name });
    if (q.next())
        return ProjectRecord{ q.value(0).toString(), q.value(1).toString() };
    return std::nullopt;
}

std::optional<ProjectRecord> IdentityStore::projectById(const QString &id) const
{
    QSqlQuery q = m_db.select(QStringLiteral("SELECT id, name FROM projects WHERE id = ?"), { id });
    if (q.next())
        return ProjectRecord{ q.value(0).toString(), q.value(1).toString() };
    return std::nullopt;
}

std::optional<UserRecord> IdentityStore::upsertUser(const QString &domainName, const QString &name, const QString &projectName,
                                                    const QByteArray &passwordHash)
{
    if (!m_db.transaction())
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO domains(id, name) VALUES(?, ?)"));
    q.addBindValue(ids::hex32());
    q.addBindValue(domainName);
    bool ok = q.exec();
    const ProjectRecord project = ensureProject(projectName);
    const auto existing = userByName(domainName, name);
    if (ok && existing) {
        q.prepare(QStringLiteral("UPDATE users SET password_hash = ?, project_id = ? WHERE id = ?"));
        q.addBindValue(passwordHash);
        q.addBindValue(project.id);
        q.addBindValue(existing->id);
        ok = q.exec();
    } else if (ok) {
        q.prepare(QStringLiteral("INSERT INTO users(id, domain_id, name, project_id, password_hash)"
                                 " SELECT ?, id, ?, ?, ? FROM domains WHERE name = ?"));
        q.addBindValue(ids::hex32());
        q.addBindValue(name);
        q.addBindValue(project.id);
        q.addBindValue(passwordHash);
        q.addBindValue(domainName);
        ok = q.exec();
    }
    if (!ok) {
        m_db.setError(q.lastError().text());
        m_db.rollback();
        return std::nullopt;
    }
    if (!m_db.commit())
        return std::nullopt;
    return userByName(domainName, name);
}

std::optional<UserRecord> IdentityStore::userByName(const QString &domainNameOrId, const QString &name) const
{
    QSqlQuery q = m_db.select(userSelect + QStringLiteral("WHERE (d.name = ? OR d.id = ?) AND u.name = ?"),
                              { domainNameOrId, domainNameOrId, name });
    if (q.next())
        return readUser(q);
    return std::nullopt;
}

std::optional<UserRecord> IdentityStore::userById(const QString &id) const
{
    const auto q = m_db.run(userSelect + QStringLiteral("WHERE u.id = ?"), { id });
    if (q && q->next())
        return readUser(*q);
    return std::nullopt;
}

QList<UserRecord> IdentityStore::usersNamed(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(userSelect + QStringLiteral("WHERE u.name = ?"));
    q.addBindValue(name);
    QList<UserRecord> out;
    if (q.exec()) {
        while (q.next())
            out.append(readUser(q));
    }
    return out;
}

bool IdentityStore::addToken(const QByteArray &tokenHash, const QString &userId, const QString &projectId, qint64 issuedMs,
                             qint64 expiresMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM tokens WHERE expires_ms < ?"));
    q.addBindValue(issuedMs);
    q.exec();
    q.prepare(QStringLiteral("INSERT INTO tokens(hash, user_id, project_id, issued_ms, expires_ms) VALUES(?,?,?,?,?)"));
    q.addBindValue(QString::fromLatin1(tokenHash));
    q.addBindValue(userId);
    q.addBindValue(projectId);
    q.addBindValue(issuedMs);
    q.addBindValue(expiresMs);
    if (!q.exec()) {
        m_db.setError(q.lastError().text());
        return false;
    }
    return true;
}

std::optional<StoredToken> IdentityStore::token(const QByteArray &tokenHash) const
{
    const auto q = m_db.run(QStringLiteral("SELECT user_id, project_id, expires_ms FROM tokens WHERE hash = ?"),
                            { QString::fromLatin1(tokenHash) });
    if (q && q->next())
        return StoredToken{ q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong() };
    return std::nullopt;
}

namespace {
QString unlockKey(const QString &domainName, const QString &name)
{
    return QStringLiteral("login-unlock\n") + domainName.toLower() + QLatin1Char('\n') + name.toLower();
}
} // namespace

bool IdentityStore::recordUnlock(const QString &domainName, const QString &name, qint64 atMs)
{
    return m_db.execute(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"),
                        { unlockKey(domainName, name), QByteArray::number(atMs) });
}

qint64 IdentityStore::unlockedAt(const QString &domainName, const QString &name) const
{
    return m_db.meta(unlockKey(domainName, name)).toLongLong();
}

bool IdentityStore::addAccessKey(const AccessKeyRecord &key)
{
    return m_db.execute(QStringLiteral("INSERT INTO access_keys(ak, sk, user_id, project_id) VALUES(?,?,?,?)"),
                        { key.accessKey, key.secretKey, key.userId, key.projectId });
}

std::optional<AccessKeyRecord> IdentityStore::accessKey(const QString &ak) const
{
    QSqlQuery q = m_db.select(QStringLiteral("SELECT ak, sk, user_id, project_id FROM access_keys WHERE ak = ?"), { ak });
    if (q.next())
        return AccessKeyRecord{ q.value(0).toString(), q.value(1).toByteArray(), q.value(2).toString(), q.value(3).toString() };
    return std::nullopt;
}
