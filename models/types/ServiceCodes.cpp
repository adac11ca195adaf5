#include "types/ServiceCodes.h"

namespace {

// The number after "ModelArts.", or -1 for another service's code.
int modelArtsNumber(const QString &code)
{
    static const QLatin1StringView prefix("ModelArts.");
    if (!code.startsWith(prefix, Qt::CaseInsensitive))
        return -1;
    bool ok = false;
    const int n = QStringView(code).mid(prefix.size()).toInt(&ok);
    return ok ? n : -1;
}

} // namespace

QString ServiceCodes::text(const QString &code)
{
    switch (modelArtsNumber(code.trimmed())) {
    // A task's progress (not errors).
    case 4902: return tr("The task is being prepared.");
    case 4900: return tr("The labeling job is prepared.");
    case 4914: return tr("The labeling job is submitted; waiting for it to finish.");
    case 4916: return tr("The labeling job has run; its results are being collected.");
    case 4996: return tr("The task finished successfully.");
    // Errors.
    case 104: return tr("The service found a parameter of the request wrong.");
    case 4336: return tr("This user has no permission for that.");
    case 4338: return tr("The dataset or labeling job does not exist (any more).");
    case 4352: return tr("The dataset does not exist (any more).");
    case 4386: return tr("An auto-labeling task is already running on this dataset.");
    case 4392:
    case 4917: return tr("The task failed.");
    case 4393: return tr("The task was stopped.");
    case 4395: return tr("Too many requests to the dataset: the service asks to slow down.");
    case 4405: return tr("The dataset has no labels: auto-labeling needs some.");
    case 4406: return tr("Auto-labeling needs labels with at least five labeled images each.");
    case 4407: return tr("The dataset has no unlabeled images to auto-label.");
    case 4408: return tr("The dataset has labels of another shape than whole-image classes.");
    case 4409: return tr("Too many tasks are running: wait for one to end.");
    case 4410: return tr("The label does not exist in the dataset.");
    case 4420: return tr("The sample does not exist (any more).");
    case 4504:
    case 5002: return tr("The login is no longer valid: log in again.");
    case 4612:
    case 4700: return tr("The task does not exist (any more).");
    case 4613: return tr("The task has not finished yet.");
    case 4637: return tr("The service does not allow this on this dataset (new-version datasets are labeled in labeling jobs).");
    case 4801: return tr("The labeling job does not exist.");
    case 4820: return tr("This labeling job's type does not support the operation.");
    case 4821: return tr("The dataset is being published: wait until the version is ready.");
    default: return {};
    }
}
