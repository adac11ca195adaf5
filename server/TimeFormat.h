#pragma once

#include <QString>

// Times as the ModelArts and IAM APIs write them.
namespace timeformat {

// "2026-11-29T10:00:00.000000Z": IAM's expires_at / issued_at.
QString isoUtc(qint64 ms);
// "2026-11-29 18:00:00" in UTC+8: a task's create_time (modelarts-api.md section 1).
QString beijingTime(qint64 ms);

} // namespace timeformat
