#pragma once

class ExportTasks;
class TaskManager;
class VersionPublisher;

// What runs beside the requests, one of each for the whole service (each thread-safe): auto-label tasks,
// publishes and exports.
struct ServiceJobs
{
    TaskManager &tasks;
    VersionPublisher &publisher;
    ExportTasks &exports;
};
