#pragma once

#include <QDir>
#include <QProcess>
#include <QString>
#include <QUrl>

// What bench_review runs against: a dataset of N auto-labeled samples in a data directory, and
// modelarts-local serving it in a process of its own.

// N auto-labeled samples written straight into the data directory, with the previews the service would
// make. Returns the dataset's id (empty on failure).
QString seedDataset(const QString &dataDir, int n);
// The dataset in `dir`: seeded there, or restored as seeded when `dir` keeps one (a run confirms every
// sample). Its id, empty on failure.
QString prepareDataset(const QDir &dir, bool keep, int n);
// The service in its own process, as in use: its work does not count as the GUI's. Its URL, empty when
// it did not start.
QUrl startService(QProcess &server, const QString &dataDir);
