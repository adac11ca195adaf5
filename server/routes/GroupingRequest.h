#pragma once

#include "tasks/TaskRequest.h"

#include <QJsonObject>

#include <optional>

// The body of CreateTask for auto grouping (modelarts-api-grouping.md 1), checked: the 2025 form
// ({"task_type": "auto-grouping", "config": {...}}) and the 2021 one ({"type": 2, "export_type": 1, ...}).
namespace groupingrequest {

// Whether `body` asks for auto grouping.
bool isGrouping(const QJsonObject &body);
// The request, or nullopt with the parameter error's message.
std::optional<TaskRequest> parse(const QJsonObject &body, QString *error);

} // namespace groupingrequest
