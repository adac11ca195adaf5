#include "storage/SampleRows.h"

#include <QSqlQuery>
#include <QVariant>

namespace samplerows {

const QString select =
        QStringLiteral("SELECT s.id, s.dataset_id, s.name, s.dir, s.rel_path, s.size, s.time_ms, s.width, s.height,"
                       " s.channels, s.status, s.annotated_by, s.truth, a.task_id, a.label_name, a.score, a.hard,"
                       " a.hard_coefficient, a.hard_reasons, s.labeled_ms, s.hard, s.hard_coefficient, s.usage FROM samples s LEFT "
                       "JOIN auto_annotations a ON a.sample_id = s.id ");

QList<SampleRecord> read(QSqlQuery &q)
{
    QList<SampleRecord> out;
    while (q.next()) {
        // The columns of `select`, in order; the labels come apart.
        auto text = [&q](int column) { return q.value(column).toString(); };
        auto number = [&q](int column) { return q.value(column).toLongLong(); };
        SampleRecord s{ text(0),
                        text(1),
                        text(2),
                        text(3),
                        text(4),
                        number(5),
                        number(6),
                        int(number(7)),
                        int(number(8)),
                        int(number(9)),
                        text(10),
                        text(11),
                        text(12),
                        {},
                        std::nullopt,
                        0,
                        std::nullopt,
                        0,
                        {},
                        {} };
        if (!q.isNull(13)) {
            QList<int> reasons;
            for (const QString &r : q.value(18).toString().split(QLatin1Char('-'), Qt::SkipEmptyParts))
                reasons.append(r.toInt());
            s.autoAnnotation = AutoAnnotationRecord{ q.value(13).toString(), q.value(14).toString(), q.value(15).toDouble(),
                                                     q.value(16).toBool(),   q.value(17).toDouble(), reasons };
        }
        s.labeledTimeMs = number(19);
        if (!q.isNull(20))
            s.hard = q.value(20).toBool();
        s.hardCoefficient = q.value(21).toDouble();
        s.usage = text(22);
        out.append(s);
    }
    return out;
}

} // namespace samplerows
