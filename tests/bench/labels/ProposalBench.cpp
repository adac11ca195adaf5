#include "labels/ProposalBench.h"

#include "folder/FolderReview.h"
#include "lookalike/LabelProposer.h"
#include "lookalike/LabeledSamples.h"
#include "lookalike/LookAlikes.h"
#include "review/ReviewSession.h"
#include "samples/SampleListModel.h"
#include "support/LocalClient.h"
#include "support/TestServer.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <cstdio>

namespace proposalbench {

namespace {

bool describeLabeled(ReviewSession &session)
{
    LabeledSamples *labeled = session.labeledSamples();
    QSignalSpy done(labeled, &LabeledSamples::finished);
    labeled->start();
    if (!done.wait(3600000) || !done.first().at(0).toBool()) {
        std::fprintf(stderr, "labeled samples: %s\n", done.isEmpty() ? "no answer" : qPrintable(done.first().at(1).toString()));
        return false;
    }
    LabelProposer *proposer = session.labelProposer();
    QSignalSpy trained(proposer, &LabelProposer::trained);
    proposer->refresh();
    if (!proposer->isTraining() && !proposer->isReady()) {
        std::fprintf(stderr, "the proposer has nothing to learn from\n");
        return false;
    }
    return !proposer->isTraining() || trained.wait(600000);
}

} // namespace

bool run(const QString &folder, int labeledPerClass, quint32 seed)
{
    QTemporaryDir dir;
    TestServer server(dir.filePath(QStringLiteral("data")));
    if (!server.start())
        return false;
    server.addUser(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
    LocalClient local(server.base());
    if (!local.login(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123")))
        return false;
    folderreview::Bench b{ server, local.client.get(), dir.path(), {}, 0 };
    const QString dataset = folderreview::import(b, folder, QStringLiteral("proposals"), labeledPerClass, seed);
    const QString task = dataset.isEmpty() ? QString() : folderreview::runTask(b.client, dataset);
    auto session = task.isEmpty() ? nullptr : folderreview::openReview(b, dataset, task, true);
    if (!session || !describeLabeled(*session))
        return false;
    const SampleListModel *model = session->model();
    const LabelProposer *proposer = session->labelProposer();
    int wrong = 0;
    int first = 0;
    int firstThree = 0;
    int without = 0; // wrong ones with no proposal (no vector)
    for (int row = 0; row < model->rowCount(); ++row) {
        const ReviewItem &it = model->item(row);
        const QString truth = b.truth.value(it.id);
        const QString machine = model->labelName(it.predicted);
        if (truth.isEmpty() || truth == machine)
            continue;
        ++wrong;
        const QStringList proposals = proposer->propose(row, machine, 3);
        if (proposals.isEmpty())
            ++without;
        first += !proposals.isEmpty() && proposals.first() == truth;
        firstThree += proposals.contains(truth);
    }
    const int classes = int(model->labels().size());
    std::printf("# %d samples, %d labels, %d labeled per class, trained on %d; the machine wrong on %d (%d without a vector)\n",
                int(model->rowCount()), classes, labeledPerClass, proposer->trainedOn(), wrong, without);
    if (classes > 1)
        std::printf("# chance with the machine's label left out: first %.2f, first three %.2f\n", 1.0 / (classes - 1),
                    std::min(1.0, 3.0 / (classes - 1)));
    std::printf("first_proposal_share %.3f\nfirst_three_share %.3f\n", wrong ? double(first) / wrong : 0.0,
                wrong ? double(firstThree) / wrong : 0.0);
    std::fflush(stdout);
    return true;
}

} // namespace proposalbench
