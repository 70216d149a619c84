#include "render/flate_stream.h"

#include <zlib.h>

#include <climits>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <new>
#include <thread>

namespace brochure::render {
namespace {

// libharu's dictionary writer calls this after the entries and before ">>".
HPDF_STATUS writeFlateFilter(HPDF_Dict, HPDF_Stream stream) {
    return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012");
}

// One zlib compressor per level and thread, reset between streams: setting one up clears
// ~200 KB of tables, which was a fifth of compressing a page.
class Deflater {
public:
    explicit Deflater(int level) : level_(level) {}
    ~Deflater() {
        if (ready_) deflateEnd(&stream_);
    }
    Deflater(const Deflater&) = delete;
    Deflater& operator=(const Deflater&) = delete;

    // zlib's status: Z_OK, or why `bytes` could not be compressed into `out`.
    int compress(std::string_view bytes, std::string& out) {
        if (bytes.size() > UINT_MAX) return Z_BUF_ERROR;
        int status = ready_ ? deflateReset(&stream_) : deflateInit(&stream_, level_);
        if (status != Z_OK) return status;
        ready_ = true;
        out.resize(deflateBound(&stream_, static_cast<uLong>(bytes.size())));
        stream_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
        stream_.avail_in = static_cast<uInt>(bytes.size());
        stream_.next_out = reinterpret_cast<Bytef*>(out.data());
        stream_.avail_out = static_cast<uInt>(out.size());
        status = deflate(&stream_, Z_FINISH);
        if (status != Z_STREAM_END) return status == Z_OK ? Z_BUF_ERROR : status;
        out.resize(stream_.total_out);
        return Z_OK;
    }

private:
    int level_;
    bool ready_ = false;
    z_stream stream_{};
};

int compressOnThisThread(std::string_view bytes, int level, std::string& out) {
    thread_local std::map<int, Deflater> deflaters;
    return deflaters.try_emplace(level, level).first->second.compress(bytes, out);
}

// One stream on its way: its uncompressed bytes until done, then its compressed bytes.
struct Job {
    HPDF_Dict dict;
    std::string bytes;
    std::string during;
    int level;
    bool done = false;
    int status = Z_OK;

    // Never throws: on the worker an exception would end the process. Memory that runs out is
    // reported like zlib's own Z_MEM_ERROR, by the painter's thread when it writes the stream.
    void run() noexcept {
        try {
            std::string compressed;
            status = compressOnThisThread(bytes, level, compressed);
            bytes = std::move(compressed);
        } catch (const std::bad_alloc&) {
            status = Z_MEM_ERROR;
        }
    }
};

}  // namespace

struct FlateQueue::State {
    explicit State(std::size_t maxWaitingBytes)
        : maxUntakenBytes(maxWaitingBytes), worker([this](std::stop_token stop) { work(stop); }) {}

    void work(std::stop_token stop) {
        std::unique_lock lock(mutex);
        while (changed.wait(lock, stop, [this] { return !untaken.empty(); })) {
            compressOldestUntaken(lock);
            changed.notify_all();
        }
    }

    // Called locked; unlocks while compressing.
    void compressOldestUntaken(std::unique_lock<std::mutex>& lock) {
        std::shared_ptr<Job> job = std::move(untaken.front());
        untaken.pop_front();
        untakenBytes -= job->bytes.size();
        lock.unlock();
        job->run();
        lock.lock();
        job->done = true;
    }

    // Writes the compressed streams at the front of the queue into their dictionaries; with
    // `all`, compresses what the worker has not taken yet and waits for the rest.
    void writeDone(HpdfDocument& pdf, bool all) {
        std::unique_lock lock(mutex);
        while (!unwritten.empty()) {
            // Help rather than wait: compress the oldest stream the worker has not taken.
            if ((all || untakenBytes > maxUntakenBytes) && !untaken.empty()) {
                compressOldestUntaken(lock);
                continue;
            }
            std::shared_ptr<Job> job = unwritten.front();
            if (!job->done) {
                if (!all) return;
                changed.wait(lock, [&] { return job->done; });
            }
            unwritten.pop_front();
            lock.unlock();
            // zlib fails only for want of memory.
            if (job->status != Z_OK)
                throw HpdfFailure{HPDF_FAILD_TO_ALLOC_MEM, static_cast<unsigned long>(-job->status), job->during};
            writeDeflatedStream(pdf, job->dict, job->bytes, job->during);
            lock.lock();
        }
    }

    std::mutex mutex;
    std::condition_variable_any changed;
    std::deque<std::shared_ptr<Job>> untaken;    // not yet taken by either thread
    std::deque<std::shared_ptr<Job>> unwritten;  // every job not yet written, in order added
    std::size_t untakenBytes = 0;
    const std::size_t maxUntakenBytes;
    std::jthread worker;  // last member: stopped (its wait ends on the stop) and joined first
};

FlateQueue::FlateQueue(std::size_t maxWaitingBytes) : state_(std::make_unique<State>(maxWaitingBytes)) {}
FlateQueue::~FlateQueue() = default;

void FlateQueue::add(HpdfDocument& pdf, HPDF_Dict dict, std::string bytes, std::string during, int level) {
    auto job = std::make_shared<Job>(Job{dict, std::move(bytes), std::move(during), level});
    {
        std::lock_guard lock(state_->mutex);
        state_->untakenBytes += job->bytes.size();
        state_->untaken.push_back(job);
        state_->unwritten.push_back(std::move(job));
    }
    state_->changed.notify_all();
    state_->writeDone(pdf, false);
}

void FlateQueue::finish(HpdfDocument& pdf) { state_->writeDone(pdf, true); }

void writeFlateStream(HpdfDocument& pdf, HPDF_Dict dict, std::string bytes, std::string during, int level) {
    pdf.flateQueue().add(pdf, dict, std::move(bytes), std::move(during), level);
}

void finishStreams(HpdfDocument& pdf) { pdf.flateQueue().finish(pdf); }

void writeDeflatedStream(HpdfDocument& pdf, HPDF_Dict dict, std::string_view deflated, const std::string& during) {
    HPDF_MemStream_FreeData(dict->stream);
    pdf.check(HPDF_Stream_Write(dict->stream, reinterpret_cast<const HPDF_BYTE*>(deflated.data()),
                                static_cast<HPDF_UINT>(deflated.size())),
              during);
    dict->filter = HPDF_STREAM_FILTER_NONE;
    dict->write_fn = writeFlateFilter;
}

}  // namespace brochure::render
