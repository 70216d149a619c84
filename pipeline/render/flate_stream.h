#pragma once
// Internal to the render stage: stream objects compressed here instead of by libharu.
//
// libharu 2.3 deflates every stream at zlib's default level 6 while saving, through a chain
// of byte-by-byte copies. Page content streams are most of a long table's PDF; compressing
// them here at level kFlateLevel takes a third of the time for ~10% more bytes. The dictionary
// then holds the compressed bytes with libharu's filter off, and its write hook adds the
// /Filter entry libharu would otherwise leave out.
//
// Compression runs on a second thread while the painter goes on (it was a third of the render
// stage): each stream is handed over with writeFlateStream() and lands in its dictionary by
// finishStreams(), before the document is saved. The bytes are the same as compressing on the
// spot, so the output does not depend on which thread compressed what.

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "render/hpdf_document.h"

namespace brochure::render {

// zlib levels 1..9: the speed / size trade of the streams compressed here. Text operators and
// fonts compress nearly as well at level 1; raw image samples (screenshots, flat colours) come
// out twice as large at level 1 as at the default 6, and are few.
inline constexpr int kFlateLevel = 1;
inline constexpr int kImageFlateLevel = 6;

// Makes `bytes`, Flate-compressed, the content of the stream dictionary `dict` (by the time
// finishStreams() returns).
void writeFlateStream(HpdfDocument& pdf, HPDF_Dict dict, std::string bytes, std::string during,
                      int level = kFlateLevel);

// Writes every stream handed to writeFlateStream() into its dictionary, waiting for those still
// being compressed. Throws HpdfFailure when one could not be (zlib out of memory).
void finishStreams(HpdfDocument& pdf);

// The content of `dict` as bytes that are already a zlib stream (a PNG's image data), at once.
void writeDeflatedStream(HpdfDocument& pdf, HPDF_Dict dict, std::string_view deflated, const std::string& during);

// The streams of one document on their way to being compressed. Owned by its HpdfDocument.
class FlateQueue {
public:
    // Streams waiting for the worker hold their uncompressed bytes: past `maxWaitingBytes` of
    // them, the painter compresses the oldest itself rather than outrun a slow worker by a
    // 3,000-page table.
    explicit FlateQueue(std::size_t maxWaitingBytes = 4 << 20);
    ~FlateQueue();  // drops what is not written yet: the document failed and is being freed
    FlateQueue(const FlateQueue&) = delete;
    FlateQueue& operator=(const FlateQueue&) = delete;

    void add(HpdfDocument& pdf, HPDF_Dict dict, std::string bytes, std::string during, int level);
    void finish(HpdfDocument& pdf);

private:
    struct State;  // the worker and its queues (render/flate_stream.cpp): threads stay out of this header
    std::unique_ptr<State> state_;
};

}  // namespace brochure::render
