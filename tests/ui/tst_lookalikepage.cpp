#include "lookalike/FeatureCache.h"
#include "review/LookAlikePanel.h"
#include "review/ReviewSession.h"
#include "support/ReviewPageFixture.h"
#include "widgets/MessageArea.h"
#include "widgets/Prompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QUndoStack>

// The review page's look-alikes, as a reviewer uses them: "More like this" (M) shows the nearest samples
// first; the group view (G) heads each group and decides a group in one undoable step, with exceptions.
// The seeded dataset repeats 16 distinct images (sample i shows image i % 16).
class tst_LookAlikePage : public QObject, private ReviewPageFixture
{
    Q_OBJECT

    static int imageOf(const ReviewItem &it) { return it.name.mid(4, 6).toInt() % 16; }

    void computeLookAlikes()
    {
        computeLookAlikeVectors();
        QTRY_VERIFY(m_page->lookAlikePanel()->isVisible());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        screenshots::applyEnvironment();
    }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void moreLikeThisShowsTheNearestFirst()
    {
        computeLookAlikes();
        grid()->setCurrentIndex(filter()->index(5, 0));
        const ReviewItem chosen = current();
        key(Qt::Key_M);
        QVERIFY(filter()->hasOnlySamples());
        QCOMPARE(current().id, chosen.id); // the sample itself first, current
        const int same = kSamples / 16 + (imageOf(chosen) < kSamples % 16 ? 1 : 0);
        QCOMPARE(filter()->rowCount(), kSamples); // fewer than 200: every sample, in order of likeness
        for (int r = 0; r < same; ++r)
            QCOMPARE(imageOf(model()->item(filter()->sourceRow(r))), imageOf(chosen));
        QVERIFY(imageOf(model()->item(filter()->sourceRow(same))) != imageOf(chosen));
        QCOMPARE(m_page->messages()->key(), QStringLiteral("lookAlike"));
        QVERIFY(m_page->messages()->text().contains(chosen.name));
        shot(m_page.get(), QStringLiteral("more-like-this"));
        // Decisions apply as anywhere: accept the first few look-alikes at once.
        grid()->selectionModel()->select(QItemSelection(filter()->index(0, 0), filter()->index(same - 1, 0)),
                                         QItemSelectionModel::ClearAndSelect);
        key(Qt::Key_A);
        QTRY_COMPARE(model()->counts().decided, qint64(same));
        m_page->lookAlikePanel()->showAll();
        QVERIFY(!filter()->hasOnlySamples());
        QVERIFY(m_page->messages()->key() != QStringLiteral("lookAlike"));
    }

    void moreLikeThisCanIncludeTheLabeledSamples()
    {
        computeLookAlikes();
        // Four samples of one image confirmed as "fox": the dataset's only labeled samples.
        QList<int> same;
        for (int r = 0; r < model()->rowCount(); ++r) {
            if (imageOf(model()->item(r)) == 3)
                same.append(r);
        }
        const QList<int> confirmedRows = same.mid(0, 4);
        QVERIFY(m_session->decide(confirmedRows, Decision::relabel(QStringLiteral("fox"))));
        QSignalSpy confirmed(m_session.get(), &ReviewSession::confirmFinished);
        m_session->confirm();
        QVERIFY(confirmed.wait(20000));
        QCOMPARE(model()->counts().confirmed, qint64(4));

        // More like this on another sample of that image; the labeled samples on request.
        grid()->setCurrentIndex(filter()->mapFromSource(model()->index(same[4], 0)));
        key(Qt::Key_M);
        auto *with = m_page->findChild<QCheckBox *>(QStringLiteral("withLabeled"));
        auto *list = m_page->findChild<QListWidget *>(QStringLiteral("labeledList"));
        auto *status = m_page->findChild<QLabel *>(QStringLiteral("labeledStatus"));
        QTRY_VERIFY(with->isVisible());
        QVERIFY(!list->isVisible());
        with->setChecked(true);
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 4, 30000);
        QSet<QString> names;
        for (int r : confirmedRows)
            names.insert(model()->item(r).name);
        for (int i = 0; i < list->count(); ++i) {
            const QStringList parts = list->item(i)->text().split(QStringLiteral(" · ")); // the same in every language
            QCOMPARE(parts.value(0), QStringLiteral("fox"));
            QVERIFY2(names.contains(parts.value(1)), qPrintable(list->item(i)->text()));
        }
        const QString summary = QCoreApplication::translate("LabeledLookAlikesBox", "%1 of its %2 nearest labeled samples are labeled %3.")
                                        .arg(QLocale().toString(4), QLocale().toString(4), QStringLiteral("fox"));
        QVERIFY2(status->text().contains(summary), qPrintable(status->text()));
        shot(m_page.get(), QStringLiteral("more-like-this-labeled"));
        // Another sample: the list follows it, with no listing again.
        m_page->lookAlikePanel()->showAll();
        QVERIFY(!with->isVisible());
    }

    void groupsAreDecidedInOneStepWithExceptions()
    {
        computeLookAlikes();
        auto *list = m_page->findChild<QListWidget *>(QStringLiteral("groupList"));
        QVERIFY(list);
        key(Qt::Key_G);
        QVERIFY(m_page->lookAlikePanel()->groupsShown());
        QTRY_COMPARE(m_page->lookAlikePanel()->groupCount(), 8); // about sqrt(120 / 2) to begin with
        m_page->findChild<QSpinBox *>(QStringLiteral("groupCount"))->setValue(16);
        m_page->findChild<QPushButton *>(QStringLiteral("regroup"))->click();
        QTRY_COMPARE(m_page->lookAlikePanel()->groupCount(), 16);
        QCOMPARE(list->count(), 16);
        const QList<int> group = m_page->lookAlikePanel()->currentGroupRows();
        QVERIFY(group.size() >= 7);
        QCOMPARE(filter()->rowCount(), group.size()); // the grid shows the chosen group
        for (int r = 0; r < filter()->rowCount(); ++r)
            QCOMPARE(imageOf(model()->item(filter()->sourceRow(r))), imageOf(model()->item(group.first())));
        if (english())
            QVERIFY2(list->item(0)->text().contains(QStringLiteral("· %1 sample").arg(group.size()))
                             && list->item(0)->text().contains(QStringLiteral("0 decided")),
                     qPrintable(list->item(0)->text()));
        shot(m_page.get(), QStringLiteral("lookalike-groups"));

        // Accept the group but two selected samples: one undoable step.
        grid()->selectionModel()->select(QItemSelection(filter()->index(0, 0), filter()->index(1, 0)), QItemSelectionModel::ClearAndSelect);
        const QString except0 = model()->item(filter()->sourceRow(0)).id, except1 = model()->item(filter()->sourceRow(1)).id;
        const int undoBefore = m_session->undoStack()->count();
        m_page->findChild<QPushButton *>(QStringLiteral("acceptGroup"))->click();
        QTRY_COMPARE(model()->counts().decided, qint64(group.size() - 2));
        QCOMPARE(m_session->undoStack()->count(), undoBefore + 1);
        QCOMPARE(model()->item(model()->rowOf(except0)).decision, DecisionKind::None);
        QCOMPARE(model()->item(model()->rowOf(except1)).decision, DecisionKind::None);
        QTRY_VERIFY(list->item(0)->text().contains(QLocale().toString(group.size() - 2)));

        // The two exceptions relabeled together (the selection within the group).
        prompts::setNextItem(QStringLiteral("fox"));
        m_page->findChild<QPushButton *>(QStringLiteral("relabelGroup"))->click();
        QTRY_COMPARE(model()->counts().decided, qint64(group.size()));
        QCOMPARE(model()->decision(model()->rowOf(except0)), Decision::relabel(QStringLiteral("fox")));

        // Relabeling the whole group over decided samples asks first; "undecided only" leaves them.
        grid()->clearSelection();
        prompts::setNextItem(QStringLiteral("dog"));
        prompts::setNextChoice(0);
        m_page->findChild<QPushButton *>(QStringLiteral("relabelGroup"))->click();
        QVERIFY(prompts::lastText().contains(QString::number(group.size())));
        QCOMPARE(model()->decision(model()->rowOf(except0)), Decision::relabel(QStringLiteral("fox")));

        // Undo takes the group accept back as one step.
        m_session->undoStack()->undo(); // the relabel of two
        m_session->undoStack()->undo(); // the group accept
        QTRY_COMPARE(model()->counts().decided, qint64(0));
        key(Qt::Key_G); // the group view off: every sample again
        QVERIFY(!filter()->hasOnlySamples());
        QCOMPARE(filter()->rowCount(), kSamples);
    }

    void theServicesGroupsCanBeShownInstead()
    {
        // ModelArts' auto grouping ran on the dataset: its groups are in a sample attribute (here, the image).
        QList<QPair<QString, QString>> groups;
        for (int r = 0; r < model()->rowCount(); ++r)
            groups.append({ model()->item(r).id, QString::number(imageOf(model()->item(r))) });
        QVERIFY(m_server->storage().attributes().replace(m_dataset, QStringLiteral("look"), groups));
        computeLookAlikes();
        key(Qt::Key_G);
        auto *source = m_page->findChild<QComboBox *>(QStringLiteral("groupSource"));
        QVERIFY(source);
        QTRY_COMPARE(source->count(), 2); // this app's, and the service's attribute
        QTRY_VERIFY(m_page->lookAlikePanel()->groupCount() > 0);
        source->setCurrentIndex(1);
        emit source->activated(1);
        QVERIFY(!m_page->findChild<QSpinBox *>(QStringLiteral("groupCount"))->isEnabled()); // the service chose how many
        QTRY_COMPARE(m_page->lookAlikePanel()->groupCount(), 16);
        for (int r = 0; r < filter()->rowCount(); ++r)
            QCOMPARE(imageOf(model()->item(filter()->sourceRow(r))), imageOf(model()->item(filter()->sourceRow(0))));
        if (english())
            QVERIFY2(m_page->messages()->text().contains(QStringLiteral("ModelArts")), qPrintable(m_page->messages()->text()));
        // The groups follow the filters: only what they show is grouped.
        auto *label = m_page->findChild<QComboBox *>(QStringLiteral("labelFilter"));
        QVERIFY(label);
        label->setCurrentIndex(label->findText(QStringLiteral("cat")));
        QTRY_VERIFY(!m_page->messages()->text().contains(QStringLiteral("120")) && m_page->lookAlikePanel()->groupCount() == 16);
        int grouped = 0;
        for (int g = 0; g < m_page->lookAlikePanel()->groupCount(); ++g) {
            m_page->findChild<QListWidget *>(QStringLiteral("groupList"))->setCurrentRow(g);
            for (int r : m_page->lookAlikePanel()->currentGroupRows()) {
                QCOMPARE(model()->labelName(model()->item(r).predicted), QStringLiteral("cat"));
                ++grouped;
            }
        }
        QCOMPARE(grouped, kSamples / 3);
    }
};

QTEST_MAIN(tst_LookAlikePage)
#include "tst_lookalikepage.moc"
