#include "core/io/filesystem.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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

namespace {

// Keeps the current file as PATH.bak: a hard link where the file system has
// them (instant, and the original stays in place throughout), else a copy.
std::string keepBackupOf(const fs::path &path)
{
    std::error_code ec;
    if (!fs::exists(path, ec))
        return {};
    const fs::path backup = backupPathFor(path);
    fs::remove(backup, ec);
    if (::link(path.c_str(), backup.c_str()) == 0)
        return {};
    fs::copy_file(path, backup, fs::copy_options::overwrite_existing, ec);
    return ec ? "cannot keep a backup in " + backup.string() + ": " + ec.message() : std::string();
}

} // namespace

std::string writeFileAtomically(const fs::path &path, std::string_view bytes, bool keepBackup)
{
    const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
    std::string pattern = (folder / ("." + path.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0)
        return "cannot create a file in " + folder.string() + ": " + std::strerror(errno);
    const std::string temporary = pattern;

    const auto fail = [&](const std::string &what) {
        const std::string message = what + ": " + std::strerror(errno);
        ::close(fd);
        ::unlink(temporary.c_str());
        return message;
    };

    const char *data = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, left);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return fail("cannot write " + temporary);
        }
        data += written;
        left -= static_cast<std::size_t>(written);
    }
    // Keep the permissions of the file we replace; new files get the usual 0644
    // (mkstemp creates them 0600, which would surprise people sharing a folder).
    struct stat existing {};
    const mode_t mode = ::stat(path.c_str(), &existing) == 0 ? (existing.st_mode & 07777) : 0644;
    if (::fchmod(fd, mode) != 0)
        return fail("cannot set permissions on " + temporary);
    if (::fsync(fd) != 0)
        return fail("cannot flush " + temporary + " to disk");
    if (::close(fd) != 0) {
        const std::string message = "cannot close " + temporary + ": " + std::strerror(errno);
        ::unlink(temporary.c_str());
        return message;
    }
    if (keepBackup) {
        if (std::string failure = keepBackupOf(path); !failure.empty()) {
            ::unlink(temporary.c_str());
            return failure;
        }
    }
    if (::rename(temporary.c_str(), path.c_str()) != 0) {
        const std::string message = "cannot replace " + path.string() + ": " + std::strerror(errno);
        ::unlink(temporary.c_str());
        return message;
    }
    return {};
}

} // namespace mixplanner::core
