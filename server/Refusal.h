#pragma once

#include <QString>

// Why the service did not start a task, a publish or an export: the documented code and its message
// (a task's preconditions: modelarts-api.md 4.1), answered as an error body with this status.
struct Refusal
{
    int httpStatus = 400;
    QString code;
    QString message;
};
