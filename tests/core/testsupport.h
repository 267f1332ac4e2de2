#pragma once

#include "core/io/diagnostic.h"
#include "core/model/plan.h"
#include "core/text/language.h"

#include <filesystem>
#include <string>

namespace mixplanner::test {

std::filesystem::path dataDir();
std::filesystem::path resourcesDir();
std::string readText(const std::filesystem::path &path);

// The minimal valid plan of tests/data/valid, as text, for tests that change
// one value and check the reaction.
std::string minimalPlanText();

// The bundled sample plan, read through the loader.
core::Plan samplePlan();

// A core message in English, as the CLI and the default exports write it.
inline std::string english(const core::text::Message &message)
{
    return core::text::Language::english().render(message);
}

bool hasDiagnostic(const core::Diagnostics &diagnostics, const std::string &pointer,
                   const std::string &fragment);
std::string describe(const core::Diagnostics &diagnostics);

// A folder under the system temp dir, removed with its content on destruction.
class TemporaryFolder
{
public:
    TemporaryFolder();
    ~TemporaryFolder();
    TemporaryFolder(const TemporaryFolder &) = delete;
    TemporaryFolder &operator=(const TemporaryFolder &) = delete;
    const std::filesystem::path &path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

} // namespace mixplanner::test
