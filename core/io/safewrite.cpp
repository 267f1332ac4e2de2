#include "core/io/safewrite.h"

#include "core/io/filesystem.h"
#include "core/io/planjson.h"
#include "core/text/language.h"

#include "core/io/jsondocument.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <ctime>
#include <fstream>
#include <system_error>

#include <dirent.h>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mixplanner::core {

namespace fs = std::filesystem;

std::string WriteOutcome::failureText() const
{
    return failure.empty() ? std::string() : text::Language::english().render(failure);
}

std::string WriteOutcome::warningText() const
{
    return warning.empty() ? std::string() : text::Language::english().render(warning);
}

namespace {

// Temporary names: ".NAME.mixplanner-PID-XXXXXX". The process id lets a
// later write tell a crashed run's leftovers from a write still under way.
constexpr std::string_view kTemporaryMarker = ".mixplanner-";
// A leftover whose process still exists (or whose id was reused) is removed
// only once it is this old: no write of ours takes a day.
constexpr std::time_t kStaleAfterSeconds = 24 * 60 * 60;

text::Arg fileArg(const fs::path &path) { return text::Arg::plain(path.string()); }

text::Message systemFailure(text::Source what, const fs::path &path, int error)
{
    return text::message(what, {fileArg(path), text::Arg::plain(std::strerror(error))});
}

// The process umask, read without changing it (umask() can only be read by
// setting it, which would briefly give other threads' files the wrong mode).
mode_t currentUmask()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("Umask:", 0) == 0) {
            try {
                return static_cast<mode_t>(std::stoul(line.substr(6), nullptr, 8) & 0777);
            } catch (const std::exception &) {
                break;
            }
        }
    }
    return 022;
}

std::string temporaryPrefix(const fs::path &target)
{
    return "." + target.filename().string() + std::string(kTemporaryMarker);
}

// Stops reading as soon as the top-level "format" and "version" are known, so
// checking a large plan costs almost nothing (MixPlanner writes them first).
class PlanVersionPeek
{
public:
    using number_integer_t = Json::number_integer_t;
    using number_unsigned_t = Json::number_unsigned_t;
    using number_float_t = Json::number_float_t;
    using string_t = Json::string_t;
    using binary_t = Json::binary_t;

    std::optional<std::string> format;
    std::optional<std::int64_t> version;

    bool null() { return value(); }
    bool boolean(bool) { return value(); }
    bool number_integer(number_integer_t v) { return whole(v); }
    bool number_unsigned(number_unsigned_t v)
    {
        return whole(v > static_cast<number_unsigned_t>(INT64_MAX) ? INT64_MAX : static_cast<std::int64_t>(v));
    }
    bool number_float(number_float_t, const string_t &) { return value(); }
    bool binary(binary_t &) { return false; }
    bool string(string_t &s)
    {
        if (m_depth == 1 && m_key == "format")
            format = s;
        return value();
    }
    bool start_object(std::size_t) { return open(); }
    bool end_object() { return close(); }
    bool start_array(std::size_t) { return m_depth > 0 && open(); }
    bool end_array() { return close(); }
    bool key(string_t &k)
    {
        if (m_depth == 1)
            m_key = k;
        return true;
    }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) { return false; }

private:
    bool done() const { return format && version; }
    bool value() { return !done(); }
    bool whole(std::int64_t v)
    {
        if (m_depth == 1 && m_key == "version")
            version = v;
        return value();
    }
    bool open()
    {
        ++m_depth;
        return !done();
    }
    bool close()
    {
        --m_depth;
        return !done();
    }

    int m_depth = 0;
    std::string m_key;
};

// The version of the plan `path` holds, when it is a MixPlanner plan.
std::optional<std::int64_t> planVersionOf(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    // Not JSON that starts with an object: not a plan, nothing to read.
    char first = 0;
    while (in.get(first) && (first == ' ' || first == '\n' || first == '\r' || first == '\t')) {
    }
    if (first != '{')
        return std::nullopt;
    in.unget();
    PlanVersionPeek peek;
    try {
        Json::sax_parse(in, &peek);
    } catch (const std::exception &) {
        return std::nullopt;
    }
    if (peek.format && *peek.format == kPlanFormat && peek.version)
        return peek.version;
    return std::nullopt;
}

bool hasProtectedFlags(const fs::path &path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return false;
    int flags = 0;
    const bool known = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    ::close(fd);
    return known && (flags & (FS_IMMUTABLE_FL | FS_APPEND_FL)) != 0;
}

// Read-only by its permission bits: root may write anything, so the bits are
// read here, and a file nobody may write is not replaced, not even by root.
// A read-only mount answers EROFS to everyone.
enum class Writability { Writable, ReadOnlyFile, ReadOnlyMount };

Writability writability(const fs::path &path, const struct stat &status)
{
    if (::faccessat(AT_FDCWD, path.c_str(), W_OK, AT_EACCESS) != 0 && errno == EROFS)
        return Writability::ReadOnlyMount;
    if ((status.st_mode & 0222) == 0)
        return Writability::ReadOnlyFile;
    if (::geteuid() != 0 && ::faccessat(AT_FDCWD, path.c_str(), W_OK, AT_EACCESS) != 0 && errno == EACCES)
        return Writability::ReadOnlyFile;
    return Writability::Writable;
}

bool sameFile(const struct stat &a, const fs::path &other)
{
    struct stat b {};
    return ::stat(other.c_str(), &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

// Removes what crashed writes to `target` left in `folder`: a temporary whose
// process is gone, or one older than a day.
void removeStaleTemporaries(const fs::path &folder, const fs::path &target)
{
    DIR *dir = ::opendir(folder.c_str());
    if (!dir)
        return;
    const std::time_t now = std::time(nullptr);
    while (const dirent *entry = ::readdir(dir)) {
        const std::string name = entry->d_name;
        if (!isTemporaryOf(name, target))
            continue;
        const std::string prefix = temporaryPrefix(target);
        const std::string rest = name.substr(prefix.size());   // PID-XXXXXX
        const auto dash = rest.find('-');
        const long pid = std::strtol(rest.substr(0, dash).c_str(), nullptr, 10);
        const fs::path path = folder / name;
        struct stat status {};
        if (::lstat(path.c_str(), &status) != 0 || !S_ISREG(status.st_mode))
            continue;
        const bool processGone = pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
        const bool old = now - status.st_mtime > kStaleAfterSeconds;
        if (static_cast<pid_t>(pid) != ::getpid() && (processGone || old))
            ::unlink(path.c_str());
    }
    ::closedir(dir);
}

// A new temporary file for `target`, created 0600 by mkstemp.
int createTemporary(const fs::path &folder, const fs::path &target, std::string &name)
{
    std::string pattern =
        (folder / (temporaryPrefix(target) + std::to_string(::getpid()) + "-XXXXXX")).string();
    const int fd = ::mkostemp(pattern.data(), O_CLOEXEC);
    if (fd >= 0)
        name = pattern;
    return fd;
}

// Writes all of `bytes`; false with errno set when the disk refuses any part.
bool writeAll(int fd, std::string_view bytes)
{
    const char *data = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, left);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        if (written == 0) {
            errno = ENOSPC;
            return false;
        }
        data += written;
        left -= static_cast<std::size_t>(written);
    }
    return true;
}

// Makes the new file complete and durable: flushed, closed, both checked.
bool finish(int fd)
{
    if (::fsync(fd) != 0) {
        const int error = errno;
        ::close(fd);
        errno = error;
        return false;
    }
    return ::close(fd) == 0;
}

void syncFolder(const fs::path &folder)
{
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);   // best effort: the rename is done either way
        ::close(fd);
    }
}

// A second name for the version being replaced, under a temporary name: a hard
// link (instant) or, where links are not possible, a copy. It becomes PATH.bak
// only after the new file is in place, so a failed save leaves the old .bak.
std::string prepareBackup(const fs::path &folder, const fs::path &target, text::Message &failure)
{
    std::string name;
    const int fd = createTemporary(folder, target, name);
    if (fd < 0) {
        failure = systemFailure(MP_TR("files", "cannot keep a backup of %1: %2"), target, errno);
        return {};
    }
    ::close(fd);
    ::unlink(name.c_str());
    if (::link(target.c_str(), name.c_str()) == 0)
        return name;
    std::error_code ec;
    fs::copy_file(target, name, fs::copy_options::overwrite_existing, ec);
    if (ec) {
        ::unlink(name.c_str());
        failure = text::message(MP_TR("files", "cannot keep a backup of %1: %2"),
                                {fileArg(target), text::Arg::plain(ec.message())});
        return {};
    }
    return name;
}

} // namespace

// Without this, a write past `ulimit -f` raises SIGXFSZ and the default action
// kills the process with a half-written temporary file. Ignored, the write
// fails with EFBIG and is reported like a full disk. Only the default action
// is replaced: a program that set its own handler keeps it.
void ignoreFileSizeSignal()
{
    // Checked on every write (one system call), not once: a program may
    // restore the default action in between.
    struct sigaction current {};
    if (::sigaction(SIGXFSZ, nullptr, &current) == 0 && current.sa_handler == SIG_DFL) {
        struct sigaction ignore {};
        ignore.sa_handler = SIG_IGN;
        sigemptyset(&ignore.sa_mask);
        ::sigaction(SIGXFSZ, &ignore, nullptr);
    }
}

bool isTemporaryOf(const std::string &name, const fs::path &target)
{
    const std::string prefix = temporaryPrefix(target);
    if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0)
        return false;
    const std::string rest = name.substr(prefix.size());
    const auto dash = rest.find('-');
    if (dash == std::string::npos || dash == 0 || rest.size() - dash - 1 != 6)
        return false;
    return rest.find_first_not_of("0123456789") == dash;
}

fs::path resolveWriteTarget(const fs::path &path)
{
    fs::path current = path;
    for (int hops = 0; hops < 40; ++hops) {
        std::error_code ec;
        if (!fs::is_symlink(fs::symlink_status(current, ec)))
            return current;
        const fs::path next = fs::read_symlink(current, ec);
        if (ec)
            return current;
        current = next.is_absolute() ? next : current.parent_path() / next;
    }
    return {};
}

namespace {

// The refusals, for `target`, the file `path` resolves to.
WriteOutcome checkResolvedTarget(const fs::path &path, const fs::path &target, const WriteRules &rules)
{
    WriteOutcome outcome;
    if (target.empty()) {
        outcome.failure = systemFailure(MP_TR("files", "cannot write %1: %2"), path, ELOOP);
        return outcome;
    }
    struct stat status {};
    if (::stat(target.c_str(), &status) != 0)
        return outcome;   // a new file: the folder decides, when it is made
    if (!S_ISREG(status.st_mode)) {
        outcome.failure = S_ISDIR(status.st_mode)
            ? text::message(MP_TR("files", "%1 is a folder; give the name of a file to write"), {fileArg(path)})
            : text::message(MP_TR("files", "%1 is not a regular file (a device, pipe or socket); it is not "
                                           "written over. Give the name of a file, or - for standard output"),
                            {fileArg(path)});
        return outcome;
    }
    for (const fs::path &input : rules.inputs) {
        if (sameFile(status, input)) {
            outcome.failure = text::message(MP_TR("files", "%1 is the plan being read; it is not written over. "
                                                           "Give another output file"),
                                            {fileArg(path)});
            return outcome;
        }
    }
    switch (writability(target, status)) {
    case Writability::ReadOnlyFile:
        outcome.failure = text::message(MP_TR("files", "%1 is read-only; it is not written over"), {fileArg(path)});
        return outcome;
    case Writability::ReadOnlyMount:
        outcome.failure = text::message(MP_TR("files", "%1 is on a read-only file system; it is not written over"),
                                        {fileArg(path)});
        return outcome;
    case Writability::Writable:
        break;
    }
    if (hasProtectedFlags(target)) {
        outcome.failure = text::message(MP_TR("files", "%1 is marked immutable or append-only; it is not "
                                                       "written over"),
                                        {fileArg(path)});
        return outcome;
    }
    if (const auto version = planVersionOf(target); version && *version > kPlanFormatVersion) {
        outcome.failure = text::message(MP_TR("files", "%1 is a plan of format version %2, written by a newer "
                                                       "MixPlanner; this version reads up to %3 and does not "
                                                       "replace it"),
                                        {fileArg(path), text::Arg::plain(std::to_string(*version)),
                                         text::Arg::plain(std::to_string(kPlanFormatVersion))});
        return outcome;
    }
    return outcome;
}

} // namespace

WriteOutcome checkWriteTarget(const fs::path &path, const WriteRules &rules)
{
    return checkResolvedTarget(path, resolveWriteTarget(path), rules);
}

WriteOutcome writeFileSafely(const fs::path &path, std::string_view bytes, const WriteRules &rules)
{
    ignoreFileSizeSignal();
    const fs::path target = resolveWriteTarget(path);
    WriteOutcome outcome = checkResolvedTarget(path, target, rules);
    if (!outcome.ok())
        return outcome;
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    removeStaleTemporaries(folder, target);

    std::string temporary;
    const int fd = createTemporary(folder, target, temporary);
    if (fd < 0) {
        // Named by the file the user asked for; the folder is where it failed.
        outcome.failure = systemFailure(MP_TR("files", "cannot write %1, because no file can be created in its folder: %2"),
                                        path, errno);
        return outcome;
    }
    const auto fail = [&](text::Source what, int error) {
        ::unlink(temporary.c_str());
        outcome.failure = systemFailure(what, path, error);
        return outcome;
    };

    // A replaced file keeps its mode (and for root its owner, so a shared
    // plan does not become root's); a new one gets what the umask allows.
    struct stat existing {};
    const bool replacing = ::stat(target.c_str(), &existing) == 0;
    const mode_t mode = replacing ? (existing.st_mode & 07777) : (0666 & ~currentUmask());
    if (!writeAll(fd, bytes)) {
        const int error = errno;
        ::close(fd);
        return fail(MP_TR("files", "cannot write %1: %2"), error);
    }
    if (replacing && ::geteuid() == 0)
        (void)::fchown(fd, existing.st_uid, existing.st_gid);   // best effort
    if (::fchmod(fd, mode) != 0) {
        const int error = errno;
        ::close(fd);
        return fail(MP_TR("files", "cannot write %1: %2"), error);
    }
    if (!finish(fd))
        return fail(MP_TR("files", "cannot write %1: %2"), errno);

    std::string backup;
    if (rules.keepBackup && replacing) {
        backup = prepareBackup(folder, target, outcome.failure);
        if (!outcome.ok()) {
            ::unlink(temporary.c_str());
            return outcome;
        }
    }
    if (::rename(temporary.c_str(), target.c_str()) != 0) {
        const int error = errno;
        if (!backup.empty())
            ::unlink(backup.c_str());
        return fail(MP_TR("files", "cannot replace %1: %2"), error);
    }
    if (!backup.empty() && ::rename(backup.c_str(), backupPathFor(target).c_str()) != 0) {
        outcome.warning = systemFailure(MP_TR("files", "saved, but the previous version could not be kept as "
                                                       "%1: %2"),
                                        backupPathFor(target), errno);
        ::unlink(backup.c_str());
    }
    syncFolder(folder);
    return outcome;
}

} // namespace mixplanner::core
