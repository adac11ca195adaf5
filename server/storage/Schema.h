#pragma once

class Database;

// modelarts-local's tables, and the step from one schema version to the next.
namespace schema {

// Brings the database to the current schema in one transaction. False with the database's lastError().
bool migrate(Database &db);

} // namespace schema
