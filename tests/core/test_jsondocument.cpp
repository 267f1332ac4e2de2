#include "testsupport.h"

#include "core/io/jsondocument.h"
#include "core/io/jsonlimits.h"

#include <catch2/catch.hpp>

using namespace mixplanner;

TEST_CASE("a syntax error names line, column and the pointer being read", "[json]")
{
    const auto result = core::parseJsonDocument("{\n  \"a\": [1, 2,\n    {\"b\": tru}\n  ]\n}");
    REQUIRE(result.error);
    CHECK_FALSE(result.value);
    CHECK(result.error->pointer == "/a/2/b");
    CHECK(result.error->line == 3);
    CHECK(result.error->column > 1);
    CHECK(result.error->message.find("not valid JSON") == 0);
}

TEST_CASE("an error between object members points at the object", "[json]")
{
    const auto result = core::parseJsonDocument("{\"outer\": {\"a\": 1 \"b\": 2}}");
    REQUIRE(result.error);
    CHECK(result.error->pointer == "/outer");
}

TEST_CASE("pointer tokens are escaped", "[json]")
{
    CHECK(core::escapePointerToken("a/b~c") == "a~1b~0c");
    const auto result = core::parseJsonDocument("{\"a/b\": {\"c~d\": x}}");
    REQUIRE(result.error);
    CHECK(result.error->pointer == "/a~1b/c~0d");
}

TEST_CASE("duplicate keys are refused, not silently overwritten", "[json]")
{
    const auto result = core::parseJsonDocument(R"({"list": [{"k": 1, "k": 2}]})");
    REQUIRE(result.error);
    CHECK(result.error->pointer == "/list/0/k");
    CHECK(result.error->message.find("twice") != std::string::npos);
}

TEST_CASE("nesting is limited and the limit is reported with its place", "[json]")
{
    const int depth = core::limits::kMaxNestingDepth;
    std::string ok = std::string(static_cast<std::size_t>(depth), '[') + std::string(static_cast<std::size_t>(depth), ']');
    CHECK(core::parseJsonDocument(ok).value);
    std::string tooDeep = "[" + ok + "]";
    const auto result = core::parseJsonDocument(tooDeep);
    REQUIRE(result.error);
    CHECK(result.error->message.find("nested deeper") != std::string::npos);
    // A million levels must not exhaust the stack either.
    std::string hostile(1'000'000, '[');
    CHECK(core::parseJsonDocument(hostile).error);
}

TEST_CASE("numbers that do not fit a double are refused", "[json]")
{
    const auto result = core::parseJsonDocument("{\"budget\": -1e999}");
    REQUIRE(result.error);
    CHECK(result.error->pointer == "/budget");
    CHECK(result.error->message.find("overflow") != std::string::npos);
}

TEST_CASE("invalid UTF-8 is refused with the place it occurs", "[json]")
{
    const auto result = core::parseJsonDocument("{\"name\": \"caf\xc3\x28\"}");
    REQUIRE(result.error);
    CHECK(result.error->pointer == "/name");
    CHECK(result.error->line == 1);
}

TEST_CASE("a valid document keeps member order", "[json]")
{
    const auto result = core::parseJsonDocument(R"({"z": 1, "a": [true, null, "x"], "m": {}})");
    REQUIRE(result.value);
    CHECK(result.value->dump() == R"({"z":1,"a":[true,null,"x"],"m":{}})");
}

TEST_CASE("values are described briefly for messages", "[json]")
{
    CHECK(core::describeJsonValue(core::Json(-5)) == "-5");
    CHECK(core::describeJsonValue(core::Json("abc")) == "\"abc\"");
    CHECK(core::describeJsonValue(core::Json::array()) == "a list");
    const auto longText = core::describeJsonValue(core::Json(std::string(200, 'x')));
    CHECK(longText.size() < 50);
    CHECK(longText.substr(longText.size() - 3) == "...");
}
