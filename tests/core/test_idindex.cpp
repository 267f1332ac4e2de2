// IdIndex finds phases and channels by id on every score; it compares
// fingerprints of the ids, so ids that share their ends, lengths at the
// edges of the fingerprint and long ids are what could go wrong.

#include "core/model/idindex.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using mixplanner::core::IdIndex;

namespace {

struct Item {
    std::string id;
};

std::vector<Item> items(const std::vector<std::string> &ids)
{
    std::vector<Item> result;
    for (const std::string &id : ids)
        result.push_back({id});
    return result;
}

} // namespace

TEST_CASE("IdIndex finds ids of every length", "[idindex]")
{
    std::vector<std::string> ids;
    for (std::size_t length = 0; length <= 40; ++length)
        ids.push_back(std::string(length, 'x'));
    // Ids that differ in one byte only, at the start, the middle and the end
    // of long ids (the middle of a 40-byte id is outside the fingerprint).
    const std::string base(40, 'p');
    for (const std::size_t at : {0, 7, 8, 15, 16, 20, 24, 31, 32, 39}) {
        std::string id = base;
        id[at] = 'q';
        ids.push_back(id);
    }
    // Short ids that share first and last bytes.
    for (const char *id : {"ab", "aab", "abb", "a-b", "abcb", "abab", "abcab", "abcdab", "abcdeab", "abcdefgab"})
        ids.push_back(id);
    const auto list = items(ids);
    const IdIndex index(list);
    for (std::size_t i = 0; i < ids.size(); ++i)
        CHECK(index.find(ids[i]) == i);
    CHECK(index.find(base) == IdIndex::kNotFound);
    CHECK(index.find("abcdefhab") == IdIndex::kNotFound);
    CHECK(index.find("ba") == IdIndex::kNotFound);
    CHECK(index.find(std::string(41, 'x')) == IdIndex::kNotFound);
}

TEST_CASE("IdIndex gives the first of duplicate ids, and works when empty", "[idindex]")
{
    const auto list = items({"ph-1", "ph-2", "ph-1", "ph-3"});
    const IdIndex index(list);
    CHECK(index.find("ph-1") == 0);
    CHECK(index.find("ph-3") == 3);
    CHECK(index.find("ph-4") == IdIndex::kNotFound);

    const IdIndex none(std::vector<Item>{});
    CHECK(none.find("ph-1") == IdIndex::kNotFound);
    CHECK(none.find("") == IdIndex::kNotFound);
}

TEST_CASE("IdIndex holds thousands of ids", "[idindex]")
{
    std::vector<std::string> ids;
    for (int i = 0; i < 5000; ++i)
        ids.push_back("channel-" + std::to_string(i));
    const auto list = items(ids);
    const IdIndex index(list);
    for (std::size_t i = 0; i < ids.size(); ++i)
        REQUIRE(index.find(ids[i]) == i);
    CHECK(index.find("channel-5000") == IdIndex::kNotFound);
    CHECK(index.find("channel-") == IdIndex::kNotFound);
}
