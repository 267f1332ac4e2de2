// Every file in tests/data/broken must be refused with a diagnostic at the
// pointer recorded in expected.json; a file without an expectation fails the
// test, so the folder and its manifest cannot drift apart.
#include "testsupport.h"

#include "core/io/jsondocument.h"
#include "core/io/planfile.h"

#include <catch2/catch.hpp>

#include <set>

using namespace mixplanner;

TEST_CASE("every broken file is refused with the expected pointer and message", "[broken]")
{
    const auto folder = test::dataDir() / "broken";
    const auto manifest = core::parseJsonDocument(test::readText(folder / "expected.json"));
    REQUIRE(manifest.value);

    std::set<std::string> checked;
    for (const auto &entry : std::filesystem::directory_iterator(folder)) {
        const std::string name = entry.path().filename().string();
        if (name == "expected.json")
            continue;
        INFO("file: " << name);
        REQUIRE(manifest.value->contains(name));
        const auto &expected = (*manifest.value)[name];
        const auto pointer = expected["pointer"].get<std::string>();
        const auto fragment = expected["contains"].get<std::string>();

        const core::PlanReadResult result = core::loadPlanFile(entry.path());
        INFO(test::describe(result.errors));
        CHECK_FALSE(result.plan);
        CHECK(test::hasDiagnostic(result.errors, pointer, fragment));
        // Every problem the loader finds in a plan can be shown in another
        // language: it carries its pattern, and in English reads as before.
        for (const core::Diagnostic &diagnostic : result.errors) {
            INFO(diagnostic.text());
            if (diagnostic.message.rfind("cannot ", 0) == 0)
                continue;   // the operating system's words about reading the file
            CHECK_FALSE(diagnostic.what.empty());
            CHECK(diagnostic.describe(core::text::Language::english()) == diagnostic.text());
        }
        checked.insert(name);
    }
    CHECK(checked.size() == manifest.value->size());
    CHECK(checked.size() >= 25);
}
