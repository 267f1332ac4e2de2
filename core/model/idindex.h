#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace mixplanner::core {

// The position of an id among the ids of a plan's phases, channels or
// clusters. Scoring looks up every activity's references on every score, and
// loading checks them all, so this is on the hottest path there is. Each id is reduced to a fingerprint (its
// length and its first and last bytes, which for ids of up to 16 bytes hold
// the whole id) kept in a small open-addressed table: a lookup is a few
// integer operations, where comparing strings meant a library call per
// candidate and std::hash reads every byte.
class IdIndex
{
public:
    static constexpr std::size_t kNotFound = static_cast<std::size_t>(-1);

    template<typename Items>
    explicit IdIndex(const Items &items)
    {
        m_ids.reserve(items.size());
        for (const auto &item : items)
            m_ids.emplace_back(item.id);
        // At most half full, so probes end quickly.
        const std::size_t slots = std::bit_ceil(std::max<std::size_t>(2 * m_ids.size(), 8));
        m_mask = slots - 1;
        m_slots.assign(slots, Slot{});
        for (std::size_t i = 0; i < m_ids.size(); ++i) {
            if (find(m_ids[i]) != kNotFound)
                continue;   // the first of duplicate ids wins
            const Fingerprint print = fingerprint(m_ids[i]);
            std::size_t slot = hash(print) & m_mask;
            while (m_slots[slot].index != kEmpty)
                slot = (slot + 1) & m_mask;
            m_slots[slot] = Slot{print, static_cast<std::uint32_t>(i)};
        }
    }

    std::size_t find(std::string_view id) const
    {
        const Fingerprint print = fingerprint(id);
        for (std::size_t slot = hash(print) & m_mask;; slot = (slot + 1) & m_mask) {
            const Slot &entry = m_slots[slot];
            if (entry.index == kEmpty)
                return kNotFound;
            if (entry.print == print && (id.size() <= kWholeInPrint || m_ids[entry.index] == id))
                return entry.index;
        }
    }

private:
    static constexpr std::size_t kWholeInPrint = 16;
    static constexpr std::uint32_t kEmpty = UINT32_MAX;

    struct Fingerprint {
        std::uint64_t head = 0;   // the first eight bytes; shorter ids: all of them
        std::uint64_t tail = 0;   // the last eight bytes (overlapping head below 16); 0 below 8
        std::uint64_t size = 0;
        bool operator==(const Fingerprint &) const = default;
    };
    struct Slot {
        Fingerprint print;
        std::uint32_t index = kEmpty;
    };

    // Reads with fixed-size loads (overlapping for short ids), so no byte
    // loop and no partial store ahead of the compare.
    static Fingerprint fingerprint(std::string_view id)
    {
        Fingerprint print;
        print.size = id.size();
        const char *bytes = id.data();
        const std::size_t n = id.size();
        if (n >= 8) {
            print.head = load<std::uint64_t>(bytes);
            print.tail = load<std::uint64_t>(bytes + n - 8);
        } else if (n >= 4) {
            print.head = load<std::uint32_t>(bytes) | (std::uint64_t{load<std::uint32_t>(bytes + n - 4)} << 32);
        } else if (n > 0) {
            print.head = std::uint64_t{static_cast<unsigned char>(bytes[0])}
                         | std::uint64_t{static_cast<unsigned char>(bytes[n / 2])} << 8
                         | std::uint64_t{static_cast<unsigned char>(bytes[n - 1])} << 16;
        }
        return print;
    }

    template<typename Word>
    static Word load(const char *bytes)
    {
        Word word;
        std::memcpy(&word, bytes, sizeof word);
        return word;
    }

    static std::size_t hash(const Fingerprint &print)
    {
        // Multiply-xorshift: ids usually differ in their last characters
        // ("ph-1", "ph-2"), which land in the high bits of `tail`.
        std::uint64_t h = print.head * 0x9E3779B97F4A7C15ull;
        h ^= print.tail * 0xC2B2AE3D27D4EB4Full;
        h ^= print.size;
        h ^= h >> 29;
        h *= 0x94D049BB133111EBull;
        h ^= h >> 32;
        return static_cast<std::size_t>(h);
    }

    std::vector<std::string_view> m_ids;
    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
};

} // namespace mixplanner::core
