// libFuzzer target for the model parameters loader.
#include "core/scoring/modelparameters.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace mixplanner::core;
    const ParametersReadResult read = readModelParameters(std::string_view(reinterpret_cast<const char *>(data), size));
    if (!read.parameters && read.errors.empty())
        std::abort();   // a refusal must always say why
    return 0;
}
