#pragma once

#include <QCoreApplication>
#include <QString>

// The ModelArts codes this workflow meets (modelarts-api.md sections 4.2, 5.1 and 8) as the client's own
// sentences in the user's language: a task's progress codes ("ModelArts.4996": the task finished) and the
// error codes of datasets, samples, tasks and labeling jobs. The service's own text is English whatever the
// user's language; where a code is known, the user reads this and the service's text goes to a tooltip.
class ServiceCodes final
{
    Q_DECLARE_TR_FUNCTIONS(ServiceCodes)
public:
    // The sentence for `code` ("ModelArts.4996"), or "" for a code this client does not know.
    static QString text(const QString &code);
};
