#include "dataset/DatasetPage.h"
#include "tables/DatasetTableModel.h"
#include "widgets/Prompts.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QTableView>
#include <QTest>

// The dataset page, offscreen, from the overviews it is given: what can be started and opened on a dataset
// is what this workflow supports, and the checks say the truth about a dataset with nothing to auto-label.
class tst_DatasetPage : public QObject
{
    Q_OBJECT
private:
    static Dataset dataset(const QString &id, const QString &version)
    {
        Dataset d;
        d.id = id;
        d.name = id;
        d.datasetVersion = version;
        d.totalSamples = 40;
        d.annotatedSamples = 30;
        d.unconfirmedSamples = 10;
        for (const char *name : { "cat", "dog" })
            d.labels.append(Label{ QString::fromLatin1(name), 0, {} });
        return d;
    }
    // An overview whose preconditions all pass, with a finished task that has samples to confirm.
    static DatasetOverview::Data overview(const Dataset &d, qint64 unlabeled = 10)
    {
        DatasetOverview::Data data;
        data.dataset = d;
        data.dataset.totalSamples = data.dataset.annotatedSamples + unlabeled;
        for (const Label &l : d.labels)
            data.stats.labels.append(LabelStat{ l.name, 15, 15 });
        data.stats.sampleStats.insert(QStringLiteral("un_annotation"), unlabeled);
        Preconditions::Input input;
        input.dataset = data.dataset;
        input.stats = data.stats;
        data.checks = Preconditions::evaluate(input);
        TaskInfo done;
        done.taskId = QStringLiteral("task1");
        done.status = TaskStatus::Succeeded;
        done.unconfirmedSamples = 10;
        data.unconfirmedTask = done;
        return data;
    }

private slots:
    // A new-version (v2) dataset is listed, marked, with the reason; nothing can be started or reviewed on it.
    void aNewVersionDatasetIsShownButNeverWorkedOn()
    {
        DatasetPage page;
        page.resize(1000, 700);
        page.setDatasets({ dataset(QStringLiteral("old1"), QStringLiteral("v1")), dataset(QStringLiteral("new2"), QStringLiteral("v2")) });
        const auto *table = page.findChild<QTableView *>(QStringLiteral("datasets"));
        QAbstractItemModel *model = table->model();
        QCOMPARE(model->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            const QModelIndex name = model->index(row, DatasetTableModel::NameColumn);
            const bool v2 = name.data(DatasetTableModel::DatasetIdRole).toString() == QLatin1String("new2");
            QCOMPARE(name.data(DatasetTableModel::StartableRole).toBool(), !v2);
            const QString type = model->index(row, DatasetTableModel::TypeColumn).data().toString();
            QCOMPARE(type.contains(QStringLiteral("not supported")), v2);
            QCOMPARE(name.data(Qt::ToolTipRole).toString().contains(QStringLiteral("labeling jobs")), v2);
        }
        auto *start = page.findChild<QPushButton *>(QStringLiteral("startTask"));
        auto *openTask = page.findChild<QPushButton *>(QStringLiteral("openTask"));
        auto *message = page.findChild<QLabel *>(QStringLiteral("message"));
        page.show();
        page.showOverview(overview(dataset(QStringLiteral("old1"), QStringLiteral("v1"))));
        QVERIFY(start->isEnabled());
        QVERIFY(openTask->isVisible());
        page.showOverview(overview(dataset(QStringLiteral("new2"), QStringLiteral("v2"))));
        QVERIFY(!start->isEnabled());
        QVERIFY(!openTask->isVisible()); // its finished task is not reviewed or confirmed here
        QVERIFY2(message->text().contains(QStringLiteral("labeling jobs")), qPrintable(message->text()));
        QCOMPARE(start->toolTip(), DatasetTableModel::newVersionReason());
    }

    // Every image labeled: "0 unlabeled images" is told as a state (no red cross), with what to do next.
    void aFullyLabeledDatasetShowsNoFault()
    {
        DatasetPage page;
        page.showOverview(overview(dataset(QStringLiteral("full"), QStringLiteral("v1")), 0));
        const auto *checks = page.findChild<QListWidget *>(QStringLiteral("checks"));
        const QIcon critical = page.style()->standardIcon(QStyle::SP_MessageBoxCritical);
        bool sawUnlabeled = false;
        for (int i = 0; i < checks->count(); ++i) {
            const QListWidgetItem *item = checks->item(i);
            QVERIFY2(item->icon().cacheKey() != critical.cacheKey() && item->icon().pixmap(16).toImage() != critical.pixmap(16).toImage(),
                     qPrintable(item->text()));
            sawUnlabeled = sawUnlabeled || !item->data(Qt::UserRole).toBool();
        }
        QVERIFY(sawUnlabeled); // the unlabeled-images check did not pass, and says so without a fault mark
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("message"))->text().contains(QStringLiteral("Every image is labeled")));
    }

    // 4-channel images stop a task: the page offers to delete them, asks first, and sends their ids.
    void fourChannelImagesCanBeDeletedFromThePage()
    {
        DatasetPage page;
        page.resize(1000, 700);
        const Dataset d = dataset(QStringLiteral("pets"), QStringLiteral("v1"));
        page.setDatasets({ d });
        page.show();
        auto *remove = page.findChild<QPushButton *>(QStringLiteral("deleteFourChannel"));
        page.showOverview(overview(d));
        QVERIFY(!remove->isVisible());
        DatasetOverview::Data data = overview(d);
        data.fourChannelSamples = QStringList{ QStringLiteral("a.png"), QStringLiteral("b.png") };
        data.fourChannelIds = QStringList{ QStringLiteral("id-a"), QStringLiteral("id-b") };
        page.showOverview(data);
        QVERIFY(remove->isVisible());
        QVERIFY2(remove->text().contains(QStringLiteral("2 4-channel")), qPrintable(remove->text()));
        QSignalSpy asked(&page, &DatasetPage::deleteSamplesRequested);
        prompts::setNextChoice(1); // Cancel
        remove->click();
        QCOMPARE(asked.size(), 0);
        QCOMPARE(prompts::lastDefaultChoice(), 1); // Enter does not delete
        prompts::setNextChoice(0);
        remove->click();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().at(0).toString(), QStringLiteral("pets"));
        QCOMPARE(asked.first().at(1).toStringList(), data.fourChannelIds);
    }
};

QTEST_MAIN(tst_DatasetPage)
#include "tst_datasetpage.moc"
