#include "testsupport.h"

#include "core/io/filesystem.h"
#include "core/io/planfile.h"

#include <catch2/catch.hpp>

#include <csignal>
#include <fstream>

#include <sys/resource.h>

using namespace mixplanner;
namespace fs = std::filesystem;

TEST_CASE("an atomic write creates or replaces the whole file", "[filesystem]")
{
    test::TemporaryFolder folder;
    const fs::path target = folder.path() / "plan.mixplan";
    CHECK(core::writeFileAtomically(target, "first").empty());
    CHECK(test::readText(target) == "first");
    CHECK(core::writeFileAtomically(target, "second, longer content").empty());
    CHECK(test::readText(target) == "second, longer content");
    // No temporary files are left behind.
    CHECK(std::distance(fs::directory_iterator(folder.path()), fs::directory_iterator()) == 1);
    CHECK((fs::status(target).permissions() & fs::perms::others_read) != fs::perms::none);
}

TEST_CASE("a failed atomic write leaves nothing and says why", "[filesystem]")
{
    test::TemporaryFolder folder;
    const fs::path target = folder.path() / "missing-folder" / "plan.mixplan";
    const std::string error = core::writeFileAtomically(target, "content");
    CHECK_FALSE(error.empty());
    CHECK(error.find("missing-folder") != std::string::npos);
    CHECK_FALSE(fs::exists(target));

    // Renaming over a folder fails after the data was written: the temporary
    // file must be cleaned up and the folder left as it was.
    const fs::path folderTarget = folder.path() / "a-folder";
    fs::create_directory(folderTarget);
    fs::create_directory(folderTarget / "inside");
    CHECK_FALSE(core::writeFileAtomically(folderTarget, "content").empty());
    CHECK(fs::is_directory(folderTarget / "inside"));
    CHECK(std::distance(fs::directory_iterator(folder.path()), fs::directory_iterator()) == 1);
}

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
    CHECK(core::savePlanFile(*plan, target).empty());
    const auto loaded = core::loadPlanFile(target);
    REQUIRE(loaded.plan);
    CHECK(*loaded.plan == *plan);
}

TEST_CASE("replacing a file keeps the previous version as .bak", "[filesystem]")
{
    test::TemporaryFolder folder;
    const fs::path target = folder.path() / "plan.mixplan";
    CHECK(core::writeFileAtomically(target, "version 1", true).empty());
    CHECK_FALSE(fs::exists(core::backupPathFor(target)));   // nothing to keep yet
    CHECK(core::writeFileAtomically(target, "version 2", true).empty());
    CHECK(test::readText(target) == "version 2");
    CHECK(test::readText(core::backupPathFor(target)) == "version 1");
    CHECK(core::writeFileAtomically(target, "version 3", true).empty());
    CHECK(test::readText(core::backupPathFor(target)) == "version 2");
}

TEST_CASE("a write that fails part-way leaves the original intact", "[filesystem]")
{
    test::TemporaryFolder folder;
    const fs::path target = folder.path() / "plan.mixplan";
    const std::string original = "the plan as it was";
    CHECK(core::writeFileAtomically(target, original).empty());

    // The disk fills up after 100 bytes: the kernel refuses the rest (EFBIG).
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit previous {};
    ::getrlimit(RLIMIT_FSIZE, &previous);
    rlimit limited = previous;
    limited.rlim_cur = 100;
    ::setrlimit(RLIMIT_FSIZE, &limited);
    const std::string failure = core::writeFileAtomically(target, std::string(5000, 'x'), true);
    ::setrlimit(RLIMIT_FSIZE, &previous);

    CHECK_FALSE(failure.empty());
    CHECK(test::readText(target) == original);
    CHECK_FALSE(fs::exists(core::backupPathFor(target)));
    CHECK(std::distance(fs::directory_iterator(folder.path()), fs::directory_iterator()) == 1);
}
