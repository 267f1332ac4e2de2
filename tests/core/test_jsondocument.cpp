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

TEST_CASE("a NUL byte anywhere is refused, also after a complete document", "[json]")
{
    // nlohmann's parser takes a NUL for the end of the input.
    const std::string text = std::string(R"({"a": 1})") + '\0' + "garbage";
    const auto result = core::parseJsonDocument(text);
    REQUIRE(result.error);
    CHECK(result.error->message.find("NUL byte") != std::string::npos);
    CHECK(result.error->line == 1);
    CHECK(result.error->column == 9);
}

TEST_CASE("an escaped U+0000 is refused in values and keys", "[json]")
{
    const auto value = core::parseJsonDocument(R"({"title": "a\u0000b"})");
    REQUIRE(value.error);
    CHECK(value.error->pointer == "/title");
    const auto key = core::parseJsonDocument(R"({"brand": {"a\u0000b": 1}})");
    REQUIRE(key.error);
    CHECK(key.error->pointer == "/brand");
}

TEST_CASE("keys obey the text limit of values", "[json]")
{
    const std::string longKey(core::limits::kMaxStringBytes + 1, 'k');
    const auto result = core::parseJsonDocument("{\"brand\": {\"" + longKey + "\": 1}}");
    REQUIRE(result.error);
    CHECK(result.error->pointer == "/brand");
    CHECK(result.error->message.find("longer than") != std::string::npos);
}

TEST_CASE("messages quote at most a short excerpt of a hostile value", "[json]")
{
    // A 20 MB string with a raw control character at its end: the parser's
    // own message quotes everything it read.
    const std::string huge(20 * 1024 * 1024, 'x');
    const auto syntax = core::parseJsonDocument("{\"title\": \"" + huge + "\x01\"}");
    REQUIRE(syntax.error);
    CHECK(syntax.error->text().size() < 400);
    // A pointer through a long key is cut too.
    const std::string key(100'000, 'k');
    const auto pointer = core::parseJsonDocument("{\"" + key + "\": [tru]}");
    REQUIRE(pointer.error);
    CHECK(pointer.error->text().size() < 600);
}
