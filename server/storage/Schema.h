#pragma once

class Database;

// modelarts-local's tables, and the step from one schema version to the next.
namespace schema {

// Brings the database to the current schema in one transaction, keeping its rows. False with the
// database's lastError(). `target` (tests): an older schema to stop at.
bool migrate(Database &db, int target = 0);

} // namespace schema
