// The page reader against the document decoder, over arbitrary bytes: whatever the reader takes, the
// document must take too and read the same (support/SampleCompare.h); whatever it declines is read as a
// document (fuzz_jsoncodec covers that path). A difference aborts, with the field that differs.
#include "FuzzInput.h"
#include "support/SampleCompare.h"
#include "json/JsonCodec.h"
#include "json/JsonReaders.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto read = jsoncodec::detail::readSamplePage(body);
    if (!read)
        return 0;
    const auto tree = jsoncodec::decodeSamplePageTree(body);
    if (!tree.ok()) {
        std::fprintf(stderr, "the reader took a page the document refuses: %s\n", qPrintable(tree.error));
        std::abort();
    }
    const QString difference = pageDifference(*read, *tree.value);
    if (!difference.isEmpty()) {
        std::fprintf(stderr, "the reader and the document differ in %s\n", qPrintable(difference));
        std::abort();
    }
    return 0;
}
