#include "support/AutolabelRunner.h"
#include "support/TestServer.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// autolabel's commands about the labels a dataset has, end to end against modelarts-local: finding one
// (labels --find) and questioning those given (suspects).
class tst_LabelsCli : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestServer> m_server;
    QString m_dataset;

    using Run = autolabelrunner::Run;
    Run run(const QStringList &args, const QProcessEnvironment &extra = {})
    {
        return autolabelrunner::run(m_server->base().toString(), args, extra);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<TestServer>(m_dir->filePath(QStringLiteral("data")));
        QVERIFY(m_server->start());
        m_server->addUser(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        m_dataset = m_server->importGenerated(m_dir->filePath(QStringLiteral("src")), QStringLiteral("shapes"), 12, 5);
        QVERIFY(!m_dataset.isEmpty());
    }
    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    // The same matching as the label picker, for scripts: best first, exit 1 when nothing matches.
    void labelsAreFoundByWhatIsTyped()
    {
        const Run all = run({ QStringLiteral("labels"), QStringLiteral("shapes") });
        QCOMPARE(all.code, 0);
        QCOMPARE(all.out.trimmed().split(QLatin1Char('\n')).size(), 5);
        const Run found = run({ QStringLiteral("labels"), QStringLiteral("shapes"), QStringLiteral("--find"), QStringLiteral("CIRC"),
                                QStringLiteral("--json") });
        QCOMPARE(found.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(found.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0][QStringLiteral("name")].toString(), QStringLiteral("circle"));
        const Run none = run({ QStringLiteral("labels"), QStringLiteral("shapes"), QStringLiteral("--find"), QStringLiteral("zzz") });
        QCOMPARE(none.code, 1);
        QVERIFY2(none.err.contains(QStringLiteral("no label of shapes matches")), qPrintable(none.err));
    }

    // The labels already given, audited: a labeled sample given another class's label comes out flagged, with
    // its reasons; the vectors are cached where the desktop app keeps them (here a temporary folder).
    void suspectsFindAChangedLabel()
    {
        SampleQuery labeledOnly;
        labeledOnly.limit = 1000;
        labeledOnly.state = SampleState::Labeled;
        const QList<SampleRecord> labeled = m_server->storage().samples().list(m_dataset, labeledOnly);
        QCOMPARE(labeled.size(), 25);
        const SampleRecord &changed = labeled[7];
        SampleLabelRecord other;
        for (const LabelRecord &l : m_server->storage().datasets().labels(m_dataset)) {
            if (l.name != changed.labels.value(0).name)
                other.name = l.name;
        }
        QVERIFY(m_server->storage().samples().replaceLabels(changed.id, { other }, QStringLiteral("test"), 1));
        QProcessEnvironment cache;
        cache.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir->filePath(QStringLiteral("cache")));
        const Run run1 = run({ QStringLiteral("suspects"), QStringLiteral("shapes"), QStringLiteral("--json") }, cache);
        QCOMPARE(run1.code, 0);
        const QJsonObject out = QJsonDocument::fromJson(run1.out.toUtf8()).object();
        QCOMPARE(out[QStringLiteral("labeled")].toInt(), 25);
        const QJsonArray suspects = out[QStringLiteral("suspects")].toArray();
        QCOMPARE(suspects.size(), out[QStringLiteral("flagged")].toInt());
        QVERIFY(!suspects.isEmpty());
        bool found = false;
        for (const QJsonValue &v : suspects) {
            const QJsonObject s = v.toObject();
            QVERIFY(s[QStringLiteral("flagged")].toBool());
            QVERIFY(!s[QStringLiteral("reasons")].toArray().isEmpty());
            if (s[QStringLiteral("sample_id")].toString() == changed.id) {
                found = true;
                QCOMPARE(s[QStringLiteral("label")].toString(), other.name);
                QCOMPARE(s[QStringLiteral("likely")].toString(), changed.labels.value(0).name);
            }
        }
        QVERIFY2(found, qPrintable(run1.out));
        QVERIFY(QDir(m_dir->filePath(QStringLiteral("cache"))).exists());
        // Text, at most one: the most suspect, with its reasons indented under it.
        const Run top = run({ QStringLiteral("suspects"), QStringLiteral("shapes"), QStringLiteral("--top"), QStringLiteral("1") }, cache);
        QCOMPARE(top.code, 0);
        QVERIFY2(top.out.contains(QStringLiteral("\n      ")), qPrintable(top.out));
        QVERIFY2(top.err.contains(QStringLiteral("a reason to look, not a verdict")), qPrintable(top.err));
        QCOMPARE(run({ QStringLiteral("suspects"), QStringLiteral("shapes"), QStringLiteral("--top"), QStringLiteral("0") }, cache).code,
                 2);
    }
};

QTEST_GUILESS_MAIN(tst_LabelsCli)
#include "tst_labelscli.moc"
