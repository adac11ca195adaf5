#include "samples/SampleListModel.h"

#include "threads/BackgroundPriority.h"
#include "threads/OffThread.h"

#include <QThreadPool>

#include <algorithm>
#include <utility>

SampleListModel::SampleListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int SampleListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_items.size()); }

Qt::ItemFlags SampleListModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren : Qt::NoItemFlags;
}

QHash<int, QByteArray> SampleListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({ { IdRole, "id" },
                   { NameRole, "name" },
                   { PredictedLabelRole, "predictedLabel" },
                   { ScoreRole, "score" },
                   { HardRole, "hard" },
                   { HardCoefficientRole, "hardCoefficient" },
                   { ReasonsRole, "reasons" },
                   { DecisionRole, "decision" },
                   { DecidedLabelRole, "decidedLabel" },
                   { StateRole, "state" },
                   { FailureRole, "failure" },
                   { PreviewUrlRole, "previewUrl" },
                   { SourceUrlRole, "sourceUrl" },
                   { LabelColorRole, "labelColor" },
                   { DecidedLabelColorRole, "decidedLabelColor" } });
    return names;
}

QVariant SampleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewItem &it = m_items[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return it.name;
    case Qt::ToolTipRole: return tr("%1\n%2, score %3").arg(it.name, labelName(it.predicted)).arg(double(it.score), 0, 'f', 3);
    case IdRole: return it.id;
    case PredictedLabelRole: return labelName(it.predicted);
    case ScoreRole: return double(it.score);
    case HardRole: return it.hard;
    case HardCoefficientRole: return double(it.hardCoefficient);
    case ReasonsRole: {
        QList<int> ids;
        for (int id = 0; id < 32; ++id)
            if (it.hasReason(id))
                ids.append(id);
        return QVariant::fromValue(ids);
    }
    case DecisionRole: return int(it.decision);
    case DecidedLabelRole: return labelName(it.decidedLabel);
    case StateRole: return int(it.state);
    case FailureRole: return it.failure;
    case PreviewUrlRole: return previewUrl(it);
    case SourceUrlRole: return sourceUrl(it);
    case LabelColorRole: return labelColor(it.predicted);
    case DecidedLabelColorRole: return labelColor(it.decidedLabel);
    default: return {};
    }
}

void SampleListModel::setLabels(const QStringList &labels)
{
    for (const QString &l : labels)
        labelIndex(l);
}

int SampleListModel::labelIndex(const QString &name)
{
    if (name.isEmpty())
        return -1;
    const auto it = m_labelIndex.constFind(name);
    if (it != m_labelIndex.cend())
        return *it;
    m_labels.append(name);
    m_labelIndex.insert(name, int(m_labels.size() - 1));
    LabelCounts counts;
    counts.name = name;
    counts.color = labelColor(int(m_labels.size() - 1));
    m_counts.labels.append(counts);
    return int(m_labels.size() - 1);
}

QList<SampleListModel::Prepared> SampleListModel::prepare(const QList<Sample> &samples)
{
    QList<Prepared> prepared;
    prepared.reserve(samples.size());
    for (const Sample &s : samples) {
        if (s.id.isEmpty())
            continue;
        Prepared p;
        ReviewItem &it = p.item;
        it.id = s.id;
        it.name = s.name;
        // As UTF-8, not through QUrl: QUrl::fromEncoded of these bytes is QUrl of the text (previewUrl()).
        UrlPrefixes::Split preview = UrlPrefixes::split((s.preview.isEmpty() ? s.source : s.preview).toUtf8(), s.id);
        UrlPrefixes::Split source = UrlPrefixes::split(s.source.toUtf8(), s.id);
        it.previewTail = std::move(preview.tail);
        it.sourceTail = std::move(source.tail);
        p.previewPrefix = std::move(preview.prefix);
        p.sourcePrefix = std::move(source.prefix);
        it.score = float(s.score().value_or(0));
        it.hard = s.hard.hard;
        it.hardCoefficient = float(s.hard.coefficient);
        for (int r : s.hard.reasons)
            if (r >= 0 && r < 32)
                it.reasons |= 1u << r;
        it.width = s.width;
        it.height = s.height;
        it.channels = std::uint8_t(qBound(0, s.channels, 255));
        it.sizeBytes = s.sizeBytes;
        p.label = s.labelName();
        prepared.append(std::move(p));
    }
    return prepared;
}

void SampleListModel::append(const QList<Prepared> &samples)
{
    std::vector<ReviewItem> items;
    items.reserve(size_t(samples.size()));
    for (const Prepared &p : samples) {
        if (p.item.id.isEmpty())
            continue;
        // Taken now (the rows are only counted in below): a sample twice in one page goes in once. One
        // look-up in the id index, not two: at a million rows each is a cache miss.
        const qsizetype known = m_rows.size();
        int &row = m_rows[p.item.id];
        if (m_rows.size() == known)
            continue;
        row = int(m_items.size() + items.size());
        items.push_back(p.item);
        ReviewItem &it = items.back();
        it.predicted = std::int16_t(labelIndex(p.label));
        it.previewPrefix = m_urls.intern(p.previewPrefix);
        if (it.previewPrefix == 0) // no room for another prefix: kept whole
            it.previewTail.prepend(p.previewPrefix);
        it.sourcePrefix = m_urls.intern(p.sourcePrefix);
        if (it.sourcePrefix == 0)
            it.sourceTail.prepend(p.sourcePrefix);
    }
    if (items.empty())
        return;
    const bool wasOrdered = m_scoreOrdered;
    float last = m_items.empty() ? -1.0f : m_items.back().score;
    for (const ReviewItem &it : items) {
        if (it.score < last)
            m_scoreOrdered = false;
        last = it.score;
    }
    for (const ReviewItem &it : items) {
        tally(m_counts, it);
        m_reasons |= it.reasons;
    }
    const int first = int(m_items.size());
    beginInsertRows({}, first, first + int(items.size()) - 1);
    for (ReviewItem &it : items) {
        m_keys.push_back(FilterKey{ it.score, it.hardCoefficient, it.reasons, it.predicted, it.state, it.hard });
        m_items.push_back(std::move(it));
    }
    endInsertRows();
    if (wasOrdered && !m_scoreOrdered)
        emit scoreOrderLost();
    emit countsChanged();
}

namespace {

// One thread, below the GUI thread's priority, that frees what listings held (a million samples' strings
// and the index of them by id held the GUI thread about half a second when the samples were listed again).
QThreadPool *retirement()
{
    static QThreadPool pool;
    static const bool lowered = [] {
        pool.setMaxThreadCount(1);
        pool.setExpiryTimeout(-1); // the same thread each time: lowered once
        pool.start(&background::yieldToInteractiveThreads);
        return true;
    }();
    Q_UNUSED(lowered);
    return &pool;
}

} // namespace

void SampleListModel::clear()
{
    beginResetModel();
    ++m_listing;
    struct Listing
    {
        Snapshot items;
        ChunkedStore<FilterKey, 14>::Snapshot keys;
        QHash<QString, int> rows;
    };
    offthread::dispose(retirement(), Listing{ m_items.release(), m_keys.release(), std::exchange(m_rows, {}) });
    m_scoreOrdered = true;
    m_counts = emptyCounts();
    m_reasons = 0;
    m_urls.clear();
    endResetModel();
    emit countsChanged();
}

void SampleListModel::expect(qint64 rows)
{
    const auto n = qsizetype(qBound(qint64(0), rows, qint64(2'000'000)));
    if (n > m_rows.capacity())
        m_rows.reserve(n);
}

Decision SampleListModel::decision(int row) const
{
    if (m_keys[size_t(row)].state == ReviewState::ToReview) // undecided: the item is not read (a bulk step reads a million)
        return {};
    const ReviewItem &it = item(row);
    return { it.decision, it.decision == DecisionKind::Relabel ? labelName(it.decidedLabel) : QString() };
}

void SampleListModel::setDecisions(const QList<int> &rows, const DecisionList &decisions)
{
    Q_ASSERT(rows.size() == decisions.size());
    QList<int> changed;
    changed.reserve(rows.size());
    // All alike (a bulk step): the label looked up once.
    const int alikeLabel = decisions.isAlike() && !decisions.isEmpty() && decisions.alike().kind == DecisionKind::Relabel
            ? labelIndex(decisions.alike().label)
            : -1;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const int row = rows[i];
        if (row < 0 || row >= int(m_items.size()))
            continue;
        ReviewItem &it = m_items[size_t(row)];
        if (it.state == ReviewState::Confirmed || it.state == ReviewState::Deleted)
            continue;
        const Decision &d = decisions[i];
        tally(m_counts, it, -1);
        it.decision = d.kind;
        it.decidedLabel = std::int16_t(d.kind != DecisionKind::Relabel ? -1 : decisions.isAlike() ? alikeLabel : labelIndex(d.label));
        it.state = d.isNone() ? ReviewState::ToReview : ReviewState::Decided;
        m_keys[size_t(row)].state = it.state;
        it.failure.clear();
        tally(m_counts, it);
        changed.append(row);
    }
    emitChanged(std::move(changed));
}

void SampleListModel::setState(const QList<int> &rows, ReviewState state, const QString &failure)
{
    QList<int> changed;
    changed.reserve(rows.size());
    for (int row : rows) {
        if (row < 0 || row >= int(m_items.size()))
            continue;
        ReviewItem &it = m_items[size_t(row)];
        tally(m_counts, it, -1);
        it.state = state;
        m_keys[size_t(row)].state = state;
        it.failure = state == ReviewState::Failed ? failure : QString();
        tally(m_counts, it);
        changed.append(row);
    }
    emitChanged(std::move(changed));
}

void SampleListModel::emitChanged(QList<int> rows)
{
    if (rows.isEmpty())
        return;
    if (!std::is_sorted(rows.cbegin(), rows.cend())) // a bulk step's rows come in order
        std::sort(rows.begin(), rows.end());
    // Many scattered rows (a bulk decision): one signal over the span costs less than thousands.
    if (rows.size() > 256) {
        emit dataChanged(index(rows.first()), index(rows.last()));
    } else {
        int start = rows.first();
        int prev = start;
        for (qsizetype i = 1; i <= rows.size(); ++i) {
            if (i < rows.size() && rows[i] <= prev + 1) {
                prev = rows[i];
                continue;
            }
            emit dataChanged(index(start), index(prev));
            if (i < rows.size())
                start = prev = rows[i];
        }
    }
    emit countsChanged();
}

SampleListModel::Counts SampleListModel::emptyCounts() const
{
    Counts c;
    c.labels.resize(m_labels.size());
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        c.labels[i].name = m_labels[i];
        c.labels[i].color = labelColor(int(i));
    }
    return c;
}

qint64 SampleListModel::LabelCounts::judged() const
{
    qint64 n = judgedAccepted + judgedRejected;
    for (qint64 v : judgedRelabeled)
        n += v;
    return n;
}

namespace {

void tallyJudged(SampleListModel::LabelCounts &l, const ReviewItem &it, int by)
{
    switch (it.decision) {
    case DecisionKind::Accept: l.judgedAccepted += by; break;
    case DecisionKind::Reject: l.judgedRejected += by; break;
    case DecisionKind::Relabel:
        if (it.decidedLabel >= 0) {
            const auto found = l.judgedRelabeled.find(it.decidedLabel);
            if (found == l.judgedRelabeled.end())
                l.judgedRelabeled.insert(it.decidedLabel, by);
            else if ((*found += by) == 0)
                l.judgedRelabeled.erase(found);
        }
        break;
    case DecisionKind::None: break;
    }
}

} // namespace

void SampleListModel::tally(Counts &c, const ReviewItem &it, int by)
{
    if (it.state == ReviewState::Deleted)
        return; // gone from the dataset: in no count
    c.total += by;
    LabelCounts *predicted = it.predicted >= 0 ? &c.labels[it.predicted] : nullptr;
    if (predicted)
        predicted->predicted += by;
    if (predicted && it.state != ReviewState::ToReview)
        tallyJudged(*predicted, it, by);
    if (it.hard)
        c.hard += by;
    switch (it.state) {
    case ReviewState::ToReview:
        c.toReview += by;
        if (predicted)
            predicted->toReview += by;
        return;
    case ReviewState::Confirmed:
        c.confirmed += by;
        if (predicted)
            predicted->confirmed += by;
        return;
    case ReviewState::Failed: c.failed += by; break;
    case ReviewState::Decided:
    case ReviewState::Deleted: break;
    }
    c.decided += by;
    if (predicted)
        predicted->decided += by;
    switch (it.decision) {
    case DecisionKind::Accept:
        if (predicted)
            predicted->accepted += by;
        break;
    case DecisionKind::Relabel:
        if (it.decidedLabel >= 0)
            c.labels[it.decidedLabel].relabeledTo += by;
        break;
    case DecisionKind::Reject:
        if (predicted)
            predicted->rejected += by;
        break;
    case DecisionKind::None: break;
    }
}

SampleListModel::Counts SampleListModel::counts(const QList<int> &rows) const
{
    Counts c = emptyCounts();
    for (int row : rows)
        tally(c, m_items[size_t(row)]);
    return c;
}

void SampleListModel::setLabelColors(const QHash<QString, QColor> &colors)
{
    m_colors = colors;
    for (qsizetype i = 0; i < m_counts.labels.size(); ++i)
        m_counts.labels[i].color = labelColor(int(i));
    if (!m_items.empty())
        emit dataChanged(index(0), index(rowCount() - 1), { LabelColorRole, DecidedLabelColorRole });
}

QColor SampleListModel::labelColor(int index) const
{
    if (index < 0 || index >= m_labels.size())
        return {};
    const QColor own = m_colors.value(m_labels[index]);
    if (own.isValid())
        return own;
    // Distinct, readable on light and dark: a qualitative set (Tableau 10).
    static const QRgb fixed[] = { 0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f, 0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac };
    return QColor::fromRgb(fixed[index % 10]);
}
