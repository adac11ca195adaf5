#include "importer/DatasetImporter.h"
#include "importer/DemoImages.h"
#include "storage/Storage.h"
#include "support/TestServer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class tst_DatasetImporter : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static int filesIn(const QString &dir)
    {
        int n = 0;
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++n;
        }
        return n;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void labeledPerClassKeepsTheRestAsHiddenTruth()
    {
        QString error;
        const QString source = m_dir.filePath(QStringLiteral("gen"));
        QVERIFY2(demoimages::generate(source, 6, 1, &error, 64, 48), qPrintable(error));
        Storage storage(m_dir.filePath(QStringLiteral("data1")));
        QVERIFY(storage.open());
        ImportOptions options;
        options.datasetName = QStringLiteral("shapes");
        options.folder = source;
        options.labeledPerClass = 2;
        const ImportReport report = importFolder(storage, options);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.classes, 5);
        QCOMPARE(report.labeled, 10);
        QCOMPARE(report.unlabeled, 20);
        QVERIFY(report.skipped.isEmpty());
        QCOMPARE(filesIn(m_dir.filePath(QStringLiteral("data1/images"))), 30);

        const auto project = storage.identity().projectByName(QStringLiteral("local"));
        QVERIFY(project);
        SampleQuery unlabeled;
        unlabeled.state = SampleState::Unlabeled;
        unlabeled.limit = 100;
        const QList<SampleRecord> hidden = storage.samples().list(report.datasetId, unlabeled);
        QCOMPARE(hidden.size(), 20);
        for (const SampleRecord &s : hidden) {
            QVERIFY(demoimages::classNames().contains(s.truth));
            QCOMPARE(s.dir, QStringLiteral("/shapes/unlabeled/")); // the folder would give the class away
            QVERIFY(s.labels.isEmpty());
            QCOMPARE(s.channels, 3);
            QCOMPARE(s.width, 64);
            QVERIFY(QFile::exists(storage.dataDir() + QLatin1Char('/') + s.relPath));
        }
        const auto usage = storage.datasets().labelUsage(report.datasetId);
        for (const QString &cls : demoimages::classNames())
            QCOMPARE(usage.value(cls).second, qint64(2));

        // The same seed picks the same images; importing again adds nothing.
        const ImportReport again = importFolder(storage, options);
        QVERIFY(again.ok);
        QCOMPARE(again.labeled + again.unlabeled, 0);
        QCOMPARE(again.alreadyPresent, 30);
        QCOMPARE(storage.datasets().counts(report.datasetId).total, qint64(30));
    }

    void fixturesGrayscaleTruncatedAndRgba()
    {
        const QString shared = sharedDir() + QStringLiteral("/datasets/fixtures");
        if (!QDir(shared).exists())
            QSKIP("../shared/datasets/fixtures is absent (a clone without the shared folder)");
        const QString source = m_dir.filePath(QStringLiteral("fixtures"));
        QDir().mkpath(source + QStringLiteral("/roses"));
        QDir().mkpath(source + QStringLiteral("/sunflowers"));
        QDir().mkpath(source + QStringLiteral("/unlabeled"));
        QVERIFY(QFile::copy(shared + QStringLiteral("/bad/roses_10090824183_d02c613f10_m_truncated.jpg"),
                            source + QStringLiteral("/roses/truncated.jpg")));
        QVERIFY(QFile::copy(shared + QStringLiteral("/bad/sunflowers_1043442695_4556c4c13d_n_grayscale.jpg"),
                            source + QStringLiteral("/sunflowers/gray.jpg")));
        QVERIFY(QFile::copy(shared + QStringLiteral("/rgba/daisy_100080576_f52e8ee070_n_rgba.png"),
                            source + QStringLiteral("/unlabeled/rgba.png")));
        QFile text(source + QStringLiteral("/unlabeled/not-an-image.jpg"));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("this is text, not a JPEG");
        text.close();

        Storage storage(m_dir.filePath(QStringLiteral("data2")));
        QVERIFY(storage.open());
        ImportOptions options;
        options.datasetName = QStringLiteral("fixtures");
        options.folder = source;
        const ImportReport report = importFolder(storage, options);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.labeled, 1);
        QCOMPARE(report.unlabeled, 1);
        QCOMPARE(report.skipped.size(), 2);
        QVERIFY(report.skipped.join(QLatin1Char('\n')).contains(QStringLiteral("truncated.jpg: truncated JPEG")));
        QVERIFY(report.skipped.join(QLatin1Char('\n')).contains(QStringLiteral("not-an-image.jpg: cannot be decoded")));

        SampleQuery all;
        all.limit = 10;
        QHash<QString, SampleRecord> byName;
        for (const SampleRecord &s : storage.samples().list(report.datasetId, all))
            byName.insert(s.name, s);
        QCOMPARE(byName.value(QStringLiteral("gray.jpg")).channels, 1);
        QCOMPARE(byName.value(QStringLiteral("gray.jpg")).labels.first().name, QStringLiteral("sunflowers"));
        QCOMPARE(byName.value(QStringLiteral("rgba.png")).channels, 4);
        QCOMPARE(byName.value(QStringLiteral("rgba.png")).width, 227);
        QCOMPARE(byName.value(QStringLiteral("rgba.png")).dir, QStringLiteral("/fixtures/unlabeled/"));
        // The labels are the class folders, even one whose only image was skipped.
        QCOMPARE(storage.datasets().labels(report.datasetId).size(), 2);
    }

    void flowersMini()
    {
        const QString flowers = sharedDir() + QStringLiteral("/datasets/flowers-mini");
        if (!QDir(flowers).exists())
            QSKIP("../shared/datasets/flowers-mini is absent (a clone without the shared folder)");
        Storage storage(m_dir.filePath(QStringLiteral("data3")));
        QVERIFY(storage.open());
        ImportOptions options;
        options.datasetName = QStringLiteral("flowers");
        options.folder = flowers;
        options.labeledPerClass = 5;
        const ImportReport report = importFolder(storage, options);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.classes, 5);
        QCOMPARE(report.labeled, 25);
        QCOMPARE(report.unlabeled, 225);
        QVERIFY(report.skipped.isEmpty());
    }

    void badInputImportsNothing_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("error");
        QTest::newRow("missing folder") << QStringLiteral("does-not-exist") << QStringLiteral("x") << QStringLiteral("does not exist");
        QTest::newRow("no class folders") << QStringLiteral("empty") << QStringLiteral("x") << QStringLiteral("no class sub-folders");
        QTest::newRow("no name") << QStringLiteral("gen") << QStringLiteral(" ") << QStringLiteral("needs a name");
    }
    void badInputImportsNothing()
    {
        QFETCH(QString, folder);
        QFETCH(QString, name);
        QFETCH(QString, error);
        QDir(m_dir.path()).mkpath(QStringLiteral("empty"));
        QString generateError;
        if (!QDir(m_dir.filePath(QStringLiteral("gen"))).exists())
            QVERIFY(demoimages::generate(m_dir.filePath(QStringLiteral("gen")), 2, 1, &generateError, 32, 24));
        Storage storage(m_dir.filePath(QStringLiteral("data4")));
        QVERIFY(storage.open());
        ImportOptions options;
        options.datasetName = name;
        options.folder = m_dir.filePath(folder);
        const ImportReport report = importFolder(storage, options);
        QVERIFY(!report.ok);
        QVERIFY2(report.error.contains(error), qPrintable(report.error));
        QVERIFY(storage.datasets().list(storage.identity().ensureProject(QStringLiteral("local")).id, {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_DatasetImporter)
#include "tst_datasetimporter.moc"
