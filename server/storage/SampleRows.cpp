#include "storage/SampleRows.h"

#include <QSqlQuery>
#include <QVariant>

namespace samplerows {

const QString select =
        QStringLiteral("SELECT s.id, s.dataset_id, s.name, s.dir, s.rel_path, s.size, s.time_ms, s.width, s.height,"
                       " s.channels, s.status, s.annotated_by, s.truth, a.task_id, a.label_name, a.score, a.hard,"
                       " a.hard_coefficient, a.hard_reasons FROM samples s LEFT JOIN auto_annotations a ON a.sample_id = s.id ");

QList<SampleRecord> read(QSqlQuery &q)
{
    QList<SampleRecord> out;
    while (q.next()) {
        SampleRecord s;
        s.id = q.value(0).toString();
        s.datasetId = q.value(1).toString();
        s.name = q.value(2).toString();
        s.dir = q.value(3).toString();
        s.relPath = q.value(4).toString();
        s.size = q.value(5).toLongLong();
        s.timeMs = q.value(6).toLongLong();
        s.width = q.value(7).toInt();
        s.height = q.value(8).toInt();
        s.channels = q.value(9).toInt();
        s.status = q.value(10).toString();
        s.annotatedBy = q.value(11).toString();
        s.truth = q.value(12).toString();
        if (!q.isNull(13)) {
            AutoAnnotationRecord a;
            a.taskId = q.value(13).toString();
            a.labelName = q.value(14).toString();
            a.score = q.value(15).toDouble();
            a.hard = q.value(16).toBool();
            a.hardCoefficient = q.value(17).toDouble();
            const QStringList reasons = q.value(18).toString().split(QLatin1Char('-'), Qt::SkipEmptyParts);
            for (const QString &r : reasons)
                a.hardReasons.append(r.toInt());
            s.autoAnnotation = a;
        }
        out.append(s);
    }
    return out;
}

} // namespace samplerows
