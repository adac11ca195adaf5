#include "lookalike/LabelProposer.h"

#include "learn/SoftmaxClassifier.h"
#include "lookalike/LabeledSamples.h"
#include "lookalike/LookAlikes.h"
#include "samples/SampleListModel.h"
#include "threads/OffThread.h"

#include <algorithm>
#include <numeric>

struct LabelProposer::Examples
{
    std::vector<std::int8_t> vectors; // n x dims
    std::vector<int> labels; // index into the review model's labels
    size_t person = 0; // the first `person` examples have a label a person gave; the rest the machine's
    int dims = 0;
    int classes = 0;
};

struct LabelProposer::Trained
{
    engine::SoftmaxClassifier classifier;
    std::vector<int> classLabel; // the classifier's class -> the review model's label
    int dims = 0;
};

namespace {

void add(std::vector<std::int8_t> &to, const std::int8_t *vector, int dims) { to.insert(to.end(), vector, vector + dims); }

// The label a person gave the review's sample in `row`, or -1.
int judgedLabel(const ReviewItem &it)
{
    if (it.state != ReviewState::Decided && it.state != ReviewState::Failed && it.state != ReviewState::Confirmed)
        return -1;
    if (it.decision == DecisionKind::Accept)
        return it.predicted;
    return it.decision == DecisionKind::Relabel ? it.decidedLabel : -1;
}

} // namespace

LabelProposer::LabelProposer(const SampleListModel *model, const LookAlikes *looks, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_looks(looks)
{
}

LabelProposer::~LabelProposer() = default;

qint64 LabelProposer::available() const
{
    const auto &c = m_model->counts();
    qint64 n = c.decided + c.confirmed + m_looks->known();
    if (m_labeled && m_labeled->isReady())
        n += m_labeled->looks()->known();
    return n;
}

void LabelProposer::refresh()
{
    const qint64 now = available();
    if (m_seen >= 0 && now < m_seen + std::max<qint64>(10, m_seen / 10))
        return;
    if (m_training) {
        m_again = true;
        return;
    }
    m_seen = now;
    Examples examples = collect();
    if (examples.person == 0 || examples.classes < 2)
        return;
    train(std::move(examples));
}

// The machine's labels of the undecided samples, evenly spread, at most machineExamples: weaker evidence
// (a sixth of a person-given label each), but they say where the classes lie among
// the very samples being reviewed.
void LabelProposer::addMachineLabeled(Examples &e) const
{
    std::vector<int> rows;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const SampleListModel::FilterKey &key = m_model->filterKey(row);
        if (key.state == ReviewState::ToReview && key.predicted >= 0 && m_looks->hasVector(row))
            rows.push_back(row);
    }
    const size_t take = std::min(rows.size(), size_t(machineExamples));
    for (size_t i = 0; i < take; ++i) {
        const int row = rows[i * rows.size() / take];
        add(e.vectors, m_looks->vectorOf(row), e.dims);
        e.labels.push_back(m_model->filterKey(row).predicted);
    }
}

LabelProposer::Examples LabelProposer::collect() const
{
    Examples e;
    e.dims = m_looks->dims();
    QList<int> used;
    if (m_labeled && m_labeled->isReady() && m_labeled->looks()->dims() == e.dims) {
        const SampleListModel &labeled = m_labeled->model();
        for (int row = 0; row < labeled.rowCount(); ++row) {
            const std::int8_t *v = m_labeled->looks()->vectorOf(row);
            const int label = m_model->labels().indexOf(labeled.labelName(labeled.item(row).predicted));
            if (v && label >= 0) {
                add(e.vectors, v, e.dims);
                e.labels.push_back(label);
            }
        }
    }
    // The review's own: the keys first (16 bytes a row), the item only for the decided.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const ReviewState state = m_model->filterKey(row).state;
        if (state == ReviewState::ToReview || state == ReviewState::Deleted)
            continue;
        const int label = judgedLabel(m_model->item(row));
        const std::int8_t *v = m_looks->vectorOf(row);
        if (v && label >= 0) {
            add(e.vectors, v, e.dims);
            e.labels.push_back(label);
        }
    }
    e.person = e.labels.size();
    addMachineLabeled(e);
    std::vector<int> distinct = e.labels;
    std::sort(distinct.begin(), distinct.end());
    e.classes = int(std::unique(distinct.begin(), distinct.end()) - distinct.begin());
    return e;
}

std::shared_ptr<const LabelProposer::Trained> LabelProposer::fit(const Examples &examples)
{
    auto trained = std::make_shared<Trained>();
    trained->dims = examples.dims;
    // Classes are the labels that occur, in label order; each weighs the same in the loss.
    std::vector<int> classOf;
    for (int label : examples.labels) {
        if (label >= int(classOf.size()))
            classOf.resize(static_cast<size_t>(label) + 1, -1);
        classOf[static_cast<size_t>(label)] = 0; // present
    }
    for (size_t l = 0; l < classOf.size(); ++l) {
        if (classOf[l] >= 0) {
            classOf[l] = int(trained->classLabel.size());
            trained->classLabel.push_back(int(l));
        }
    }
    const size_t n = examples.labels.size();
    const size_t person = examples.person;
    const int k = int(trained->classLabel.size());
    std::vector<int> perClass(static_cast<size_t>(k), 0);
    std::vector<int> y(n);
    for (size_t i = 0; i < n; ++i) {
        y[i] = classOf[static_cast<size_t>(examples.labels[i])];
        if (i < person)
            ++perClass[static_cast<size_t>(y[i])];
    }
    // Person-given: the classes weigh the same. The machine's: a sixth of a person-given example each, and
    // all together at most one and a half times the person-given ones.
    const double machineWeight = n > person ? std::min(1.0 / 6.0, 1.5 * double(person) / double(n - person)) : 0.0;
    std::vector<float> weights(n);
    for (size_t i = 0; i < n; ++i) {
        const int count = perClass[static_cast<size_t>(y[i])];
        weights[i] = i < person ? (count > 0 ? float(double(person) / (double(k) * count)) : 0.f) : float(machineWeight);
    }
    cv::Mat x(int(n), examples.dims, CV_32F);
    for (size_t i = 0; i < n; ++i) {
        for (int d = 0; d < examples.dims; ++d)
            x.at<float>(int(i), d) = float(examples.vectors[i * size_t(examples.dims) + size_t(d)]) / 127.0f;
    }
    engine::SoftmaxClassifier::Options options;
    // A thousand labels over thousands of examples: fewer steps, so that a training stays within seconds.
    options.iterations = double(n) * k <= 5e5 ? 300 : double(n) * k <= 5e6 ? 150 : 50;
    trained->classifier.train(x, y, weights, k, options);
    return trained;
}

void LabelProposer::train(Examples examples)
{
    m_training = true;
    const int n = int(examples.labels.size());
    offthread::run(
            this, [examples = std::move(examples)] { return fit(examples); },
            [this, n](const std::shared_ptr<const Trained> &trained) {
                m_trained = trained;
                m_trainedOn = n;
                m_training = false;
                emit this->trained();
                if (std::exchange(m_again, false))
                    refresh();
            });
}

QStringList LabelProposer::propose(int row, const QString &exclude, int count) const
{
    const std::int8_t *v = m_looks->vectorOf(row);
    if (!m_trained || !v || m_trained->dims != m_looks->dims())
        return {};
    cv::Mat x(1, m_trained->dims, CV_32F);
    for (int d = 0; d < m_trained->dims; ++d)
        x.at<float>(0, d) = float(v[d]) / 127.0f;
    const cv::Mat p = m_trained->classifier.probabilities(x);
    std::vector<int> order(size_t(p.cols));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&p](int a, int b) { return p.at<float>(0, a) > p.at<float>(0, b); });
    QStringList out;
    for (int c : order) {
        const QString label = m_model->labelName(m_trained->classLabel[size_t(c)]);
        if (label != exclude && !label.isEmpty())
            out.append(label);
        if (out.size() >= count)
            break;
    }
    return out;
}
