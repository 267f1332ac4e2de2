#pragma once

#include <cstddef>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace mixplanner::core {

// The position of an id among the ids of a plan's phases or channels. Plans
// name a few dozen of them at most in practice, and a scan that compares
// lengths first beats hashing short strings; past kScanLimit a hash map
// takes over. Scoring looks up every activity's references on every score.
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
        if (m_ids.size() > kScanLimit) {
            m_map.reserve(m_ids.size());
            for (std::size_t i = 0; i < m_ids.size(); ++i)
                m_map.emplace(m_ids[i], i);   // the first of duplicate ids wins, as in a scan
        }
    }

    std::size_t find(std::string_view id) const
    {
        if (!m_map.empty()) {
            const auto found = m_map.find(id);
            return found == m_map.end() ? kNotFound : found->second;
        }
        for (std::size_t i = 0; i < m_ids.size(); ++i)
            if (m_ids[i].size() == id.size() && m_ids[i] == id)
                return i;
        return kNotFound;
    }

private:
    static constexpr std::size_t kScanLimit = 32;
    std::vector<std::string_view> m_ids;
    std::unordered_map<std::string_view, std::size_t> m_map;
};

} // namespace mixplanner::core
