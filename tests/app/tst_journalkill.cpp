#include "review/ReviewJournal.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>

#include <sys/types.h>

// kill -9 while a review's decisions are journaled as the GUI thread journals them (each commit returns
// before the disk has it; the sync to the disk comes later, off the GUI thread): every decision whose
// record() returned is in the journal after the kill. The writer is this test's own binary, started again
// with --write JOURNAL: it records one decision at a time and says so on stdout after each.
namespace {

QString sampleId(int i) { return QStringLiteral("sample-%1").arg(i, 6, 10, QLatin1Char('0')); }

int writeUntilKilled(const QString &path)
{
    ReviewJournal journal;
    if (!journal.open(path))
        return 2;
    for (int i = 0; i < 1000000; ++i) {
        const Decision d = i % 3 == 0 ? Decision::relabel(QStringLiteral("dog")) : Decision::accept();
        if (!journal.record({ { sampleId(i), d } }))
            return 3;
        std::printf("%d\n", i);
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

class tst_JournalKill : public QObject
{
    Q_OBJECT
private slots:
    void aKillLosesNoDecisionThatWasRecorded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
        QProcess writer;
        writer.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--write"), path });
        QVERIFY(writer.waitForStarted());
        int reported = -1;
        QByteArray pending;
        auto read = [&] {
            pending += writer.readAllStandardOutput();
            qsizetype end;
            while ((end = pending.indexOf('\n')) >= 0) {
                reported = pending.left(end).toInt();
                pending.remove(0, end + 1);
            }
            return reported;
        };
        QTRY_VERIFY_WITH_TIMEOUT(read() >= 400, 30000); // mid-stream, between commits or inside one
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        read(); // what it said before it died

        ReviewJournal journal;
        QVERIFY2(journal.open(path), qPrintable(journal.lastError()));
        const QHash<QString, Decision> kept = journal.load();
        for (int i = 0; i <= reported; ++i) {
            const Decision expected = i % 3 == 0 ? Decision::relabel(QStringLiteral("dog")) : Decision::accept();
            QVERIFY2(kept.value(sampleId(i)) == expected, qPrintable(sampleId(i)));
        }
        QVERIFY(kept.size() <= reported + 2); // at most the one being committed when it died, besides
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--write") == 0) {
        QCoreApplication app(argc, argv);
        return writeUntilKilled(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    tst_JournalKill test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_journalkill.moc"
