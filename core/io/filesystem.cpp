#include "core/io/filesystem.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <system_error>


namespace mixplanner::core {

namespace fs = std::filesystem;

FileReadResult readFileBytes(const fs::path &path, std::size_t maxBytes)
{
    FileReadResult result;
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
        result.error = "the file does not exist";
        return result;
    }
    if (!fs::is_regular_file(status)) {
        result.error = "this is not a regular file";
        return result;
    }
    const auto size = fs::file_size(path, ec);
    if (ec) {
        result.error = "cannot read the file size: " + ec.message();
        return result;
    }
    if (size > maxBytes) {
        result.error = "the file is " + std::to_string(size / (1024 * 1024)) + " MiB; MixPlanner reads files of at most "
                       + std::to_string(maxBytes / (1024 * 1024)) + " MiB";
        return result;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        result.error = std::string("cannot open the file: ") + std::strerror(errno);
        return result;
    }
    std::string bytes;
    bytes.resize(static_cast<std::size_t>(size));
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    if (in.gcount() != static_cast<std::streamsize>(size)) {
        result.error = "the file changed while it was being read";
        return result;
    }
    // Read one more byte: a file that grew since we asked its size is refused
    // rather than silently cut.
    if (in.peek() != std::char_traits<char>::eof()) {
        result.error = "the file changed while it was being read";
        return result;
    }
    result.bytes = std::move(bytes);
    return result;
}

fs::path backupPathFor(const fs::path &path)
{
    fs::path backup = path;
    backup += ".bak";
    return backup;
}

} // namespace mixplanner::core
