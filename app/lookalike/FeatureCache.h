#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrl>

#include <string>
#include <vector>

// The look-alike vectors of one dataset's samples on disk (SQLite, in the user's cache folder), with the
// compact space they were projected in: a restart or a second review of the dataset reuses them, and a
// sample whose image changed (another signature) is computed again. Every call opens its own connection,
// so any thread may call it, one writer at a time; a write is one transaction, whole or not at all.
namespace featurecache {

struct Entry
{
    QString id;
    QByteArray signature; // what identifies the image: its preview's path and size
    QByteArray vector; // CompactSpace::dims() signed bytes
};

struct Contents
{
    std::string space; // CompactSpace::serialize(); empty when there is none yet
    QHash<QString, Entry> entries; // by sample id
    QString error; // the cache could not be read (it is then treated as empty)
};

// The cache file of a dataset under `cacheDir`.
QString pathFor(const QString &cacheDir, const QUrl &endpoint, const QString &projectId, const QString &datasetId);

Contents load(const QString &path);
// Stores `entries` (replacing earlier ones of the same ids); a non-empty `space` replaces the space and
// drops every vector of another one. False, with the reason, when nothing was stored.
bool store(const QString &path, const std::string &space, const std::vector<Entry> &entries, QString *error);

// A cache that cannot be read is set aside (renamed to path + ".unreadable", replacing an older one) so that
// a new one can be made; false, with the reason, when it cannot be.
bool setAside(const QString &path, QString *error);

} // namespace featurecache
