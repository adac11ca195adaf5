#pragma once

#include <QString>

// Why the service did not start a publish or an export: the documented code and its message.
struct Refusal
{
    int httpStatus = 400;
    QString code;
    QString message;
};
