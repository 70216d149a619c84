#pragma once
// Where the layout generator's decisions come from: a seeded generator for the test suite, or
// the bytes of a libFuzzer input. The generator only ever asks for a number below a bound, so
// the same generator serves both, and a fuzzer input that runs out of bytes yields the
// simplest choice (0) from then on.

#include <cstdint>
#include <random>
#include <string_view>

namespace brochure::conservation {

class Choices {
public:
    virtual ~Choices() = default;
    // A number in [0, bound); 0 when bound <= 1.
    virtual int below(int bound) = 0;

    int between(int low, int high) { return low + below(high - low + 1); }  // inclusive
    bool chance(int percent) { return below(100) < percent; }
    template <typename T, std::size_t N>
    const T& pick(const T (&options)[N]) { return options[below(static_cast<int>(N))]; }
};

// The suite's source: std::mt19937_64 with a fixed seed, and std::uniform_int_distribution
// replaced by a plain modulo so the sequence is the same with every standard library.
class SeededChoices : public Choices {
public:
    explicit SeededChoices(std::uint64_t seed) : engine_(seed) {}
    int below(int bound) override {
        if (bound <= 1) return 0;
        return static_cast<int>(engine_() % static_cast<std::uint64_t>(bound));
    }

private:
    std::mt19937_64 engine_;
};

// The fuzzer's source: two bytes per choice, 0 once the input is used up.
class ByteChoices : public Choices {
public:
    explicit ByteChoices(std::string_view bytes) : bytes_(bytes) {}
    int below(int bound) override {
        if (bound <= 1) return 0;
        unsigned value = 0;
        for (int i = 0; i < 2 && position_ < bytes_.size(); ++i)
            value = value << 8 | static_cast<unsigned char>(bytes_[position_++]);
        return static_cast<int>(value % static_cast<unsigned>(bound));
    }

private:
    std::string_view bytes_;
    std::size_t position_ = 0;
};

}  // namespace brochure::conservation
