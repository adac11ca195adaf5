// The search_conditions parameter of the auto-annotation listing: arbitrary text either narrows the
// query or is refused with a message, never anything else.
#include "FuzzInput.h"
#include "routes/SearchConditions.h"
#include "storage/AnnotationStore.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    AutoQuery query;
    QString error;
    if (!searchconditions::apply(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)), query, &error)
        && error.isEmpty())
        __builtin_trap(); // a refusal always says why
    return 0;
}
