#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class LabeledSamples;
class LookAlikes;
class SampleListModel;

// The labels most likely for a review's sample, for the label picker to offer first: the engine's softmax
// classifier trained on the look-alike vectors of the samples whose label a person gave (the dataset's
// labeled samples, and the review's decisions: an accepted sample keeps the machine's label, a relabeled one
// has the reviewer's), classes weighted evenly, and on the machine's labels of the undecided samples as
// weaker evidence. Trained off the GUI thread, again when what it learns from
// has grown by a tenth (refresh()); until then the last model answers.
class LabelProposer final : public QObject
{
    Q_OBJECT
public:
    Q_DISABLE_COPY_MOVE(LabelProposer)
    LabelProposer(const SampleListModel *model, const LookAlikes *looks, QObject *parent = nullptr);
    ~LabelProposer() override;

    void setLabeled(const LabeledSamples *labeled) { m_labeled = labeled; }
    // Trains again when what there is to learn from has grown since the last training (at once the first
    // time): labeled samples described, decisions taken. Cheap when nothing grew.
    void refresh();
    bool isReady() const { return bool(m_trained); }
    bool isTraining() const { return m_training; }
    int trainedOn() const { return m_trainedOn; } // examples of the model answering now
    // Up to `count` labels for the sample in `row`, most likely first, `exclude` left out (the machine's own
    // label, when the picker is opened to change it). Empty without a model or a vector for the row.
    QStringList propose(int row, const QString &exclude, int count = 3) const;

signals:
    void trained();

private:
    struct Examples;
    struct Trained;
    qint64 available() const; // examples there are to learn from now
    Examples collect() const;
    void addMachineLabeled(Examples &e) const;
    static constexpr int machineExamples = 5000;
    void train(Examples examples);
    static std::shared_ptr<const Trained> fit(const Examples &examples);

    const SampleListModel *m_model;
    const LookAlikes *m_looks;
    const LabeledSamples *m_labeled = nullptr; // the same owner as this
    std::shared_ptr<const Trained> m_trained;
    bool m_training = false;
    bool m_again = false;
    int m_trainedOn = 0;
    qint64 m_seen = -1; // available() at the last training
};
