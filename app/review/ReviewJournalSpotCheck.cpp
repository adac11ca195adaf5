// ReviewJournal: the spot-check's tables.
#include "review/ReviewJournal.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QJsonObject targetJson(const spotcheck::Target &t)
{
    return { { QStringLiteral("precision"), t.precision },
             { QStringLiteral("margin"), t.margin },
             { QStringLiteral("confidence"), t.confidence },
             { QStringLiteral("min_per_stratum"), t.minPerStratum },
             { QStringLiteral("bands_per_label"), t.bandsPerLabel } };
}

spotcheck::Target targetFrom(const QJsonObject &o)
{
    spotcheck::Target t;
    t.precision = o.value(QStringLiteral("precision")).toDouble(t.precision);
    t.margin = o.value(QStringLiteral("margin")).toDouble(t.margin);
    t.confidence = o.value(QStringLiteral("confidence")).toDouble(t.confidence);
    t.minPerStratum = o.value(QStringLiteral("min_per_stratum")).toInt(t.minPerStratum);
    t.bandsPerLabel = o.value(QStringLiteral("bands_per_label")).toInt(t.bandsPerLabel);
    return t;
}

} // namespace

spotcheck::Answer ReviewJournal::answerOf(const Decision &d)
{
    switch (d.kind) {
    case DecisionKind::Accept: return spotcheck::Answer::Right;
    case DecisionKind::Relabel:
    case DecisionKind::Reject: return spotcheck::Answer::Wrong;
    case DecisionKind::None: break;
    }
    return spotcheck::Answer::Unchecked;
}

bool ReviewJournal::migrateSpotCheck()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    for (const char *sql : { "CREATE TABLE IF NOT EXISTS spot_check (id INTEGER PRIMARY KEY CHECK (id = 1), seed TEXT NOT NULL,"
                             " target TEXT NOT NULL, labels TEXT NOT NULL, scope TEXT NOT NULL, created_ms INTEGER NOT NULL)",
                             "CREATE TABLE IF NOT EXISTS spot_stratum (idx INTEGER PRIMARY KEY, label INTEGER NOT NULL, low REAL NOT NULL,"
                             " high REAL NOT NULL, population INTEGER NOT NULL, size INTEGER NOT NULL)",
                             "CREATE TABLE IF NOT EXISTS spot_member (sample_id TEXT PRIMARY KEY, label INTEGER NOT NULL,"
                             " score REAL NOT NULL, stratum INTEGER NOT NULL, rank INTEGER NOT NULL, answer INTEGER NOT NULL)" }) {
        if (!q.exec(QString::fromLatin1(sql)))
            return fail(q.lastError().text());
    }
    return reloadSpotIds();
}

bool ReviewJournal::reloadSpotIds()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT sample_id FROM spot_member")))
        return fail(q.lastError().text());
    m_spotIds.clear();
    while (q.next())
        m_spotIds.insert(q.value(0).toString());
    return true;
}

bool ReviewJournal::putAnswers(const Answers &answers)
{
    if (m_spotIds.isEmpty())
        return true;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    bool prepared = false;
    for (const auto &[id, answer] : answers) {
        if (!m_spotIds.contains(id))
            continue;
        if (!prepared && !q.prepare(QStringLiteral("UPDATE spot_member SET answer = ? WHERE sample_id = ?")))
            return fail(q.lastError().text());
        prepared = true;
        q.addBindValue(int(answer));
        q.addBindValue(id);
        if (!q.exec())
            return fail(q.lastError().text());
    }
    return true;
}

bool ReviewJournal::insertSpotMembers(const QList<spotcheck::Member> &members)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    constexpr qsizetype perStatement = 150;
    qsizetype prepared = -1;
    for (qsizetype from = 0; from < members.size(); from += perStatement) {
        const qsizetype n = qMin(perStatement, members.size() - from);
        if (n != prepared) {
            const QStringList values(n, QStringLiteral("(?, ?, ?, ?, ?, ?)"));
            if (!q.prepare(QStringLiteral("INSERT INTO spot_member (sample_id, label, score, stratum, rank, answer) VALUES ")
                           + values.join(u',')))
                return fail(q.lastError().text());
            prepared = n;
        }
        for (qsizetype i = from; i < from + n; ++i) {
            const spotcheck::Member &m = members[i];
            for (const QVariant &v : { QVariant(m.id), QVariant(m.label), QVariant(double(m.score)), QVariant(m.stratum), QVariant(m.rank),
                                       QVariant(int(m.answer)) })
                q.addBindValue(v);
        }
        if (!q.exec())
            return fail(q.lastError().text());
    }
    return true;
}

bool ReviewJournal::saveSpotCheck(const SpotCheck &check)
{
    const bool ok = inTransaction([&] {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        for (const char *sql : { "DELETE FROM spot_check", "DELETE FROM spot_stratum", "DELETE FROM spot_member" }) {
            if (!q.exec(QString::fromLatin1(sql)))
                return fail(q.lastError().text());
        }
        q.prepare(QStringLiteral("INSERT INTO spot_check (id, seed, target, labels, scope, created_ms) VALUES (1, ?, ?, ?, ?, ?)"));
        q.addBindValue(QString::number(check.plan.seed));
        q.addBindValue(QString::fromUtf8(QJsonDocument(targetJson(check.plan.target)).toJson(QJsonDocument::Compact)));
        q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(check.labels)).toJson(QJsonDocument::Compact)));
        q.addBindValue(check.scope);
        q.addBindValue(check.createdMs);
        if (!q.exec())
            return fail(q.lastError().text());
        q.prepare(QStringLiteral("INSERT INTO spot_stratum (idx, label, low, high, population, size) VALUES (?, ?, ?, ?, ?, ?)"));
        for (int i = 0; i < check.plan.strata.size(); ++i) {
            const spotcheck::Stratum &s = check.plan.strata[i];
            for (const QVariant &v :
                 { QVariant(i), QVariant(s.label), QVariant(s.low), QVariant(s.high), QVariant(s.population), QVariant(s.size) })
                q.addBindValue(v);
            if (!q.exec())
                return fail(q.lastError().text());
        }
        return insertSpotMembers(check.plan.members);
    });
    if (ok) {
        m_spotIds.clear();
        for (const spotcheck::Member &m : check.plan.members)
            m_spotIds.insert(m.id);
    }
    return ok;
}

bool ReviewJournal::saveSpotCheckSizes(const spotcheck::Plan &plan)
{
    return inTransaction([&] {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral("UPDATE spot_stratum SET size = ? WHERE idx = ?"));
        for (int i = 0; i < plan.strata.size(); ++i) {
            q.addBindValue(plan.strata[i].size);
            q.addBindValue(i);
            if (!q.exec())
                return fail(q.lastError().text());
        }
        return true;
    });
}

bool ReviewJournal::removeSpotCheck()
{
    const bool ok = inTransaction([&] {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        for (const char *sql : { "DELETE FROM spot_check", "DELETE FROM spot_stratum", "DELETE FROM spot_member" }) {
            if (!q.exec(QString::fromLatin1(sql)))
                return fail(q.lastError().text());
        }
        return true;
    });
    if (ok)
        m_spotIds.clear();
    return ok;
}

std::optional<ReviewJournal::SpotCheck> ReviewJournal::spotCheck() const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seed, target, labels, scope, created_ms FROM spot_check")) || !q.next())
        return std::nullopt;
    SpotCheck check;
    check.plan.seed = q.value(0).toString().toULongLong();
    check.plan.target = targetFrom(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array())
        check.labels.append(v.toString());
    check.scope = q.value(3).toString();
    check.createdMs = q.value(4).toLongLong();
    if (!q.exec(QStringLiteral("SELECT label, low, high, population, size FROM spot_stratum ORDER BY idx")))
        return std::nullopt;
    while (q.next())
        check.plan.strata.append(spotcheck::Stratum{ q.value(0).toInt(), q.value(1).toDouble(), q.value(2).toDouble(),
                                                     q.value(3).toLongLong(), q.value(4).toLongLong() });
    if (!q.exec(QStringLiteral("SELECT sample_id, label, score, stratum, rank, answer FROM spot_member ORDER BY sample_id")))
        return std::nullopt;
    while (q.next()) {
        const int stratum = q.value(3).toInt();
        if (stratum < 0 || stratum >= check.plan.strata.size())
            return std::nullopt; // not a plan this journal wrote
        check.plan.members.append(spotcheck::Member{ q.value(0).toString(), q.value(1).toInt(), float(q.value(2).toDouble()), stratum,
                                                     q.value(4).toInt(), spotcheck::Answer(qBound(-1, q.value(5).toInt(), 1)) });
    }
    return check;
}
