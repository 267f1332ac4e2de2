#include "testsupport.h"

#include "core/io/planjson.h"
#include "core/resources/embeddedresource.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace mixplanner::test {

std::filesystem::path dataDir() { return MIXPLANNER_TEST_DATA_DIR; }
std::filesystem::path resourcesDir() { return MIXPLANNER_RESOURCES_DIR; }

std::string readText(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot open test file " + path.string());
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

std::string minimalPlanText() { return readText(dataDir() / "valid" / "minimal.mixplan"); }

core::Plan samplePlan()
{
    auto read = core::readPlan(*core::embeddedResource("samples/spring-launch.mixplan"));
    if (!read.plan)
        throw std::runtime_error("the sample plan does not load: " + describe(read.errors));
    return *read.plan;
}

bool hasDiagnostic(const core::Diagnostics &diagnostics, const std::string &pointer,
                   const std::string &fragment)
{
    for (const auto &d : diagnostics) {
        if (d.pointer == pointer && d.message.find(fragment) != std::string::npos)
            return true;
    }
    return false;
}

std::string describe(const core::Diagnostics &diagnostics)
{
    std::string text;
    for (const auto &d : diagnostics)
        text += d.text() + "\n";
    return text.empty() ? "(no diagnostics)" : text;
}

TemporaryFolder::TemporaryFolder()
{
    std::string pattern = (std::filesystem::temp_directory_path() / "mixplanner-test-XXXXXX").string();
    if (!::mkdtemp(pattern.data()))
        throw std::runtime_error("cannot create a temporary folder");
    m_path = pattern;
}

TemporaryFolder::~TemporaryFolder()
{
    std::error_code ignored;
    std::filesystem::permissions(m_path, std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::add, ignored);
    std::filesystem::remove_all(m_path, ignored);
}

} // namespace mixplanner::test
