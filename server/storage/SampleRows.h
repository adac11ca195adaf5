#pragma once

#include "storage/Records.h"

#include <QList>
#include <QString>

class QSqlQuery;

// The columns of a sample row with its pending auto annotation, shared by the sample and annotation stores.
namespace samplerows {

// SELECT ... FROM samples s LEFT JOIN auto_annotations a ...; a WHERE clause follows.
extern const QString select;
// The rows of a query run on `select`, without their labels.
QList<SampleRecord> read(QSqlQuery &q);

} // namespace samplerows
