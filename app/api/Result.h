#pragma once

#include "types/ModelArtsTypes.h"

#include <functional>
#include <optional>

// The outcome of one call of the API: a value, or the error that stopped it.
template<typename T>
struct Result
{
    std::optional<T> value;
    ApiError error;

    bool ok() const { return value.has_value(); }
    static Result failure(const ApiError &e) { return Result{ std::nullopt, e }; }
};

// Where a call's outcome goes: called once, on the caller's thread.
template<typename T>
using Done = std::function<void(const Result<T> &)>;
