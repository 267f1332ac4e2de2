#include "testsupport.h"

#include "core/io/filesystem.h"
#include "core/io/planfile.h"

#include <catch2/catch.hpp>

#include <fstream>


using namespace mixplanner;
namespace fs = std::filesystem;

TEST_CASE("reading refuses folders, missing files and oversized files", "[filesystem]")
{
    test::TemporaryFolder folder;
    CHECK(core::readFileBytes(folder.path(), 100).error.find("not a regular file") != std::string::npos);
    CHECK(core::readFileBytes(folder.path() / "nope", 100).error.find("does not exist") != std::string::npos);
    const fs::path big = folder.path() / "big.mixplan";
    std::ofstream(big) << std::string(3 * 1024 * 1024, ' ');
    const auto result = core::readFileBytes(big, 2 * 1024 * 1024);
    CHECK_FALSE(result.bytes);
    CHECK(result.error.find("at most 2 MiB") != std::string::npos);
}

TEST_CASE("loading a plan file reports file problems as document diagnostics", "[filesystem]")
{
    test::TemporaryFolder folder;
    const auto result = core::loadPlanFile(folder.path() / "absent.mixplan");
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].pointer.empty());
    CHECK(result.errors[0].message.find("does not exist") != std::string::npos);
}

TEST_CASE("a saved plan loads back equal", "[filesystem]")
{
    test::TemporaryFolder folder;
    const auto plan = core::readPlan(test::minimalPlanText()).plan;
    REQUIRE(plan);
    const fs::path target = folder.path() / "saved.mixplan";
    CHECK(core::savePlanFile(*plan, target).ok());
    const auto loaded = core::loadPlanFile(target);
    REQUIRE(loaded.plan);
    CHECK(*loaded.plan == *plan);
}
