#pragma once

#include <QString>

class QSqlDatabase;

// modelarts-local's tables, and the step from one schema version to the next.
namespace schema {

// Brings the database on this open connection to the current schema in one transaction, keeping its
// rows. False with the reason in *error. `target` (tests): an older schema to stop at.
bool migrate(QSqlDatabase db, int target, QString *error);

} // namespace schema
