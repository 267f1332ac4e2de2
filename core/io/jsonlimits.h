#pragma once

#include <cstddef>

namespace mixplanner::core::limits {

// Caps that keep a hostile or corrupted file from exhausting memory or time.
// They are far above any real plan (a large agency plan has a few thousand
// activities) and are documented in docs/file-format.md.
// Room for the largest plan the format allows: 200,000 activities take about
// 120 MB in canonical form.
inline constexpr std::size_t kMaxFileBytes = 160u * 1024u * 1024u;
inline constexpr int kMaxNestingDepth = 64;
inline constexpr std::size_t kMaxObjectMembers = 10'000;
inline constexpr std::size_t kMaxArrayElements = 1'000'000;
inline constexpr std::size_t kMaxStringBytes = 1u * 1024u * 1024u;

inline constexpr std::size_t kMaxActivities = 200'000;
inline constexpr std::size_t kMaxChannels = 1'000;
inline constexpr std::size_t kMaxClusters = 10'000;
inline constexpr std::size_t kMaxPhases = 520;
inline constexpr std::size_t kMaxListItems = 1'000;  // tags, keywords, formats, refs
inline constexpr std::size_t kMaxIdBytes = 200;

} // namespace mixplanner::core::limits
