#pragma once

#include "Ids.h"
#include "storage/Storage.h"

#include <QBuffer>
#include <QColor>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>

// A dataset whose auto-label task is done, written straight into modelarts-local's storage (no engine
// run): `count` tiny JPEGs, predictions over `labels`, scores spread evenly over [0.30, 1.00) in a
// scrambled order, every 4th sample hard (reasons 1 and 2 for every 8th, reason 3 for the others).
// Deterministic, so tests know every figure: sample i has
//   label  labels[i % labels.size()]
//   score  0.30 + 0.70 * ((i * 7919) % count) / count
//   hard   i % 4 == 0
// Returns the dataset id, or an empty string on failure.
namespace seed {

inline double scoreOf(int i, int count) { return 0.30 + 0.70 * double((qint64(i) * 7919) % count) / count; }

inline QString autoLabeled(Storage &storage, const QString &name, int count, const QStringList &labels,
                           const QString &project = QStringLiteral("local"), const QString &taskId = QStringLiteral("seedtask0000000001"))
{
    const ProjectRecord p = storage.identity().ensureProject(project);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const DatasetRecord dataset{ ids::resourceId(), p.id, name, QStringLiteral("seeded"), 0, now, now };
    const QString imageDir = QStringLiteral("images/") + dataset.id;
    QDir(storage.dataDir()).mkpath(imageDir);
    // A few distinct small images, copied: writing 100,000 files must not take minutes.
    QList<QByteArray> jpegs;
    for (int v = 0; v < 16; ++v) {
        QImage image(48, 36, QImage::Format_RGB32);
        image.fill(QColor::fromHsv((v * 23) % 360, 160, 200));
        QPainter painter(&image);
        painter.setBrush(QColor::fromHsv((v * 23 + 180) % 360, 200, 120));
        painter.drawEllipse(8 + v % 8, 6, 24, 24);
        painter.end();
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPEG", 85);
        jpegs.append(buffer.data());
    }
    QList<SampleRecord> samples;
    samples.reserve(count);
    QHash<QString, AutoAnnotationRecord> results;
    results.reserve(count);
    for (int i = 0; i < count; ++i) {
        SampleRecord s;
        s.id = ids::hex32();
        s.datasetId = dataset.id;
        s.name = QStringLiteral("img_%1.jpg").arg(i, 6, 10, QLatin1Char('0'));
        s.dir = QLatin1Char('/') + name + QLatin1Char('/');
        s.relPath = imageDir + QLatin1Char('/') + s.id + QStringLiteral(".jpg");
        const QByteArray &bytes = jpegs[i % jpegs.size()];
        QFile file(QDir(storage.dataDir()).filePath(s.relPath));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        s.size = bytes.size();
        s.timeMs = now;
        s.width = 48;
        s.height = 36;
        s.channels = 3;
        s.status = QStringLiteral("UN_ANNOTATION");
        samples.append(s);
        AutoAnnotationRecord a;
        a.taskId = taskId;
        a.labelName = labels[i % labels.size()];
        a.score = scoreOf(i, count);
        a.hard = i % 4 == 0;
        a.hardCoefficient = a.hard ? 1.0 - a.score : 0.0;
        if (a.hard)
            a.hardReasons = i % 8 == 0 ? QList<int>{ 1, 2 } : QList<int>{ 3 };
        results.insert(s.id, a);
    }
    if (!storage.transaction())
        return {};
    bool ok = storage.datasets().insert(dataset);
    for (const QString &l : labels)
        ok = ok && storage.datasets().insertLabel(dataset.id, LabelRecord{ l, 0, {} });
    for (const SampleRecord &s : std::as_const(samples))
        ok = ok && storage.samples().insert(s);
    if (!ok || !storage.commit()) {
        storage.rollback();
        return {};
    }
    return storage.annotations().replace(dataset.id, results) ? dataset.id : QString();
}

} // namespace seed
