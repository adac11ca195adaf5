#include "engine/AutoLabelEngine.h"
#include "importer/DatasetImporter.h"
#include "importer/DemoImages.h"
#include "storage/Storage.h"
#include "support/TestServer.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

// The auto-labeling engine: real features and classifier, measured against hidden ground truth.
class tst_Engine : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    struct Dataset
    {
        QList<engine::Sample> samples;
        QStringList labels;
        QHash<QString, QString> truth; // unlabeled sample id -> class
    };

    Dataset load(const QString &dataDir, const QString &folder, int labeledPerClass, quint32 seed)
    {
        Storage storage(dataDir);
        if (!storage.open())
            return {};
        ImportOptions options;
        options.datasetName = QStringLiteral("d");
        options.folder = folder;
        options.labeledPerClass = labeledPerClass;
        options.seed = seed;
        const ImportReport report = importFolder(storage, options);
        if (!report.ok)
            return {};
        Dataset d;
        for (const LabelRecord &l : storage.datasets().labels(report.datasetId))
            d.labels.append(l.name);
        SampleQuery all;
        all.limit = 100000;
        for (const SampleRecord &s : storage.samples().list(report.datasetId, all)) {
            d.samples.append(engine::Sample{ s.id, dataDir + QLatin1Char('/') + s.relPath,
                                             s.labels.isEmpty() ? -1 : int(d.labels.indexOf(s.labels.first().name)) });
            if (s.labels.isEmpty())
                d.truth.insert(s.id, s.truth);
        }
        return d;
    }

    struct Metrics
    {
        double accuracy = 0;
        double hardShare = 0;
        double hardError = 0;
        double easyError = 0;
    };

    static Metrics measure(const Dataset &d, const engine::Result &r)
    {
        int correct = 0, hard = 0, hardWrong = 0, easyWrong = 0;
        for (auto it = d.truth.cbegin(); it != d.truth.cend(); ++it) {
            const engine::Prediction p = r.predictions.value(it.key());
            const bool right = d.labels.value(p.label) == it.value();
            correct += right;
            hard += p.hard;
            (p.hard ? hardWrong : easyWrong) += !right;
        }
        const int n = int(d.truth.size());
        return Metrics{ double(correct) / n, double(hard) / n, hard ? double(hardWrong) / hard : 0,
                        n > hard ? double(easyWrong) / (n - hard) : 0 };
    }

    static engine::Result run(const Dataset &d, bool accurate)
    {
        engine::Config config;
        config.accurate = accurate;
        std::atomic_bool cancel = false;
        return engine::run(
                d.samples, int(d.labels.size()), config, [](double) {}, cancel);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void generatedShapesAreLearnedDeterministically()
    {
        QString error;
        const QString folder = m_dir.filePath(QStringLiteral("shapes"));
        QVERIFY(demoimages::generate(folder, 30, 11, &error, 128, 96));
        const Dataset d = load(m_dir.filePath(QStringLiteral("data-shapes")), folder, 8, 1);
        QCOMPARE(d.truth.size(), 110);
        QList<double> progress;
        std::atomic_bool cancel = false;
        const engine::Result r = engine::run(
                d.samples, int(d.labels.size()), engine::Config{}, [&](double p) { progress.append(p); }, cancel);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.predictions.size(), 110);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last(), 1.0);
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));
        const Metrics m = measure(d, r);
        qInfo("shapes fast: accuracy %.3f hard share %.3f", m.accuracy, m.hardShare);
        QVERIFY2(m.accuracy >= 0.6, qPrintable(QString::number(m.accuracy)));

        const engine::Result again = run(d, false);
        for (auto it = r.predictions.cbegin(); it != r.predictions.cend(); ++it) {
            const engine::Prediction &p = again.predictions.value(it.key());
            QCOMPARE(p.label, it->label);
            QCOMPARE(p.score, it->score);
            QCOMPARE(p.reasons, it->reasons);
        }
        for (const engine::Prediction &p : r.predictions) {
            QVERIFY(p.score >= 0 && p.score <= 1);
            QVERIFY(p.hardCoefficient >= 0 && p.hardCoefficient <= 1);
            QCOMPARE(p.hard, !p.reasons.isEmpty());
            if (p.score <= 0.5)
                QVERIFY(p.reasons.contains(1));
            for (int reason : p.reasons)
                QVERIFY(reason == 1 || reason == 2 || reason == 3 || (reason >= 5 && reason <= 10) || reason == 30);
        }
    }

    void withoutHardExampleCollectionNothingIsHard()
    {
        QString error;
        const QString folder = m_dir.filePath(QStringLiteral("nohard"));
        QVERIFY(demoimages::generate(folder, 10, 12, &error, 64, 48));
        const Dataset d = load(m_dir.filePath(QStringLiteral("data-nohard")), folder, 5, 1);
        engine::Config config;
        config.collectHard = false;
        std::atomic_bool cancel = false;
        const engine::Result r = engine::run(
                d.samples, int(d.labels.size()), config, [](double) {}, cancel);
        QVERIFY(r.ok);
        for (const engine::Prediction &p : r.predictions)
            QVERIFY(!p.hard && p.reasons.isEmpty() && p.hardCoefficient == 0);
    }

    void unreadableImagesAndCancellation()
    {
        QString error;
        const QString folder = m_dir.filePath(QStringLiteral("broken"));
        QVERIFY(demoimages::generate(folder, 8, 13, &error, 64, 48));
        Dataset d = load(m_dir.filePath(QStringLiteral("data-broken")), folder, 5, 1);
        // An image that went bad after its import.
        const QString victim = d.truth.keys().first();
        for (const engine::Sample &s : d.samples) {
            if (s.id == victim) {
                QFile f(s.path);
                QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
                f.write("garbage");
            }
        }
        const engine::Result r = run(d, false);
        QVERIFY(r.ok);
        QCOMPARE(r.unreadable, 1);
        QVERIFY(r.predictions.value(victim).hard);
        QCOMPARE(r.predictions.value(victim).reasons, QList<int>{ 30 });

        std::atomic_bool cancel = true;
        const engine::Result cancelled = engine::run(
                d.samples, int(d.labels.size()), engine::Config{}, [](double) {}, cancel);
        QVERIFY(cancelled.cancelled);
        QVERIFY(!cancelled.ok);

        std::atomic_bool go = false;
        QVERIFY(!engine::run(
                         d.samples, 1, engine::Config{}, [](double) {}, go)
                         .ok);
    }

    void flowersAccuracyAndHardExamples()
    {
        const QString flowers = sharedDir() + QStringLiteral("/datasets/flowers-mini");
        if (!QDir(flowers).exists())
            QSKIP("../shared/datasets/flowers-mini is absent (a clone without the shared folder)");
        const Dataset five = load(m_dir.filePath(QStringLiteral("flowers5")), flowers, 5, 1);
        QCOMPARE(five.truth.size(), 225);
        const Metrics fast = measure(five, run(five, false));
        const Metrics accurate = measure(five, run(five, true));
        qInfo("flowers 5/class fast: accuracy %.4f hard_share %.4f error_hard %.4f error_not_hard %.4f ratio %.3f", fast.accuracy,
              fast.hardShare, fast.hardError, fast.easyError, fast.hardError / fast.easyError);
        qInfo("flowers 5/class accurate: accuracy %.4f hard_share %.4f error_hard %.4f error_not_hard %.4f ratio %.3f", accurate.accuracy,
              accurate.hardShare, accurate.hardError, accurate.easyError, accurate.hardError / accurate.easyError);
        QVERIFY2(fast.accuracy >= 0.50, qPrintable(QString::number(fast.accuracy)));
        QVERIFY2(accurate.accuracy >= fast.accuracy, qPrintable(QStringLiteral("%1 < %2").arg(accurate.accuracy).arg(fast.accuracy)));
        QVERIFY2(fast.hardError >= 1.5 * fast.easyError, qPrintable(QStringLiteral("%1 vs %2").arg(fast.hardError).arg(fast.easyError)));

        const Dataset ten = load(m_dir.filePath(QStringLiteral("flowers10")), flowers, 10, 1);
        const Metrics fast10 = measure(ten, run(ten, false));
        const Metrics accurate10 = measure(ten, run(ten, true));
        qInfo("flowers 10/class fast: accuracy %.4f hard_share %.4f ratio %.3f", fast10.accuracy, fast10.hardShare,
              fast10.hardError / fast10.easyError);
        qInfo("flowers 10/class accurate: accuracy %.4f hard_share %.4f ratio %.3f", accurate10.accuracy, accurate10.hardShare,
              accurate10.hardError / accurate10.easyError);
        QVERIFY(fast10.accuracy >= fast.accuracy);
    }
};

QTEST_GUILESS_MAIN(tst_Engine)
#include "tst_engine.moc"
