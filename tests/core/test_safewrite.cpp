// The one writer of every file (core/io/safewrite): each promise of
// docs/reliability.md, against real faults where the machine allows them
// (tmpfs for a full disk and a read-only mount, device nodes and the
// immutable flag need root; CI runs as root, elsewhere they are skipped with
// a warning).
#include "testsupport.h"

#include "core/io/filesystem.h"
#include "core/io/planfile.h"
#include "core/io/safewrite.h"

#include <catch2/catch.hpp>

#include <csignal>
#include <fstream>
#include <optional>
#include <set>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace mixplanner;
namespace fs = std::filesystem;

namespace {

std::optional<std::string> contentOf(const fs::path &path)
{
    std::error_code ec;
    if (!fs::is_regular_file(fs::symlink_status(path, ec)))
        return std::nullopt;
    return test::readText(path);
}

// Everything a failed write must leave as it was: the target's bytes, its
// .bak's bytes, and the names in the folder (so no temporary is left).
struct FolderState {
    std::optional<std::string> target;
    std::optional<std::string> backup;
    std::set<std::string> names;
    bool operator==(const FolderState &) const = default;
};

FolderState stateOf(const fs::path &target)
{
    FolderState state{contentOf(target), contentOf(core::backupPathFor(target)), {}};
    for (const auto &entry : fs::directory_iterator(target.parent_path()))
        state.names.insert(entry.path().filename().string());
    return state;
}

void writeText(const fs::path &path, const std::string &text) { std::ofstream(path, std::ios::binary) << text; }

core::WriteRules withBackup()
{
    core::WriteRules rules;
    rules.keepBackup = true;
    return rules;
}

bool isRoot() { return ::geteuid() == 0; }

// A tmpfs of `kib` KiB mounted on a folder for the life of the object: a real
// full disk, and (remounted) a real read-only file system.
class SmallDisk
{
public:
    explicit SmallDisk(const fs::path &where, int kib) : m_path(where)
    {
        fs::create_directories(m_path);
        const std::string options = "size=" + std::to_string(kib) + "k,mode=0755";
        m_mounted = ::mount("tmpfs", m_path.c_str(), "tmpfs", 0, options.c_str()) == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(m_path.c_str(), MNT_DETACH);
    }
    bool mounted() const { return m_mounted; }
    bool makeReadOnly() { return ::mount(nullptr, m_path.c_str(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) == 0; }
    void fill() const
    {
        std::ofstream filler(m_path / "filler", std::ios::binary);
        const std::string block(4096, 'f');
        for (int i = 0; i < 100000 && filler; ++i)
            filler.write(block.data(), static_cast<std::streamsize>(block.size()));
    }
    const fs::path &path() const { return m_path; }

private:
    fs::path m_path;
    bool m_mounted = false;
};

} // namespace

TEST_CASE("a write creates or replaces the whole file and leaves no temporary", "[safewrite]")
{
    test::TemporaryFolder folder;
    const fs::path target = folder.path() / "plan.mixplan";
    CHECK(core::writeFileSafely(target, "first").ok());
    CHECK(test::readText(target) == "first");
    CHECK(core::writeFileSafely(target, "second, longer content").ok());
    CHECK(test::readText(target) == "second, longer content");
    CHECK(stateOf(target).names == std::set<std::string>{"plan.mixplan"});
}

TEST_CASE("a new file gets the user's umask, a replaced one keeps its mode", "[safewrite]")
{
    test::TemporaryFolder folder;
    const fs::path target = folder.path() / "summary.md";
    const mode_t previous = ::umask(077);
    const bool written = core::writeFileSafely(target, "private").ok();
    ::umask(previous);
    REQUIRE(written);
    // 0666 less the umask 077: only the owner may read and write.
    CHECK((fs::status(target).permissions() & fs::perms::mask) == (fs::perms::owner_read | fs::perms::owner_write));

    ::umask(022);
    const fs::path shared = folder.path() / "shared.md";
    REQUIRE(core::writeFileSafely(shared, "shared").ok());
    CHECK((fs::status(shared).permissions() & fs::perms::others_read) != fs::perms::none);
    ::umask(previous);

    fs::permissions(shared, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    REQUIRE(core::writeFileSafely(shared, "replaced").ok());
    CHECK((fs::status(shared).permissions() & fs::perms::mask)
          == (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
}

TEST_CASE("the previous version is kept as .bak only once the new file is in place", "[safewrite]")
{
    test::TemporaryFolder folder;
    const fs::path target = folder.path() / "plan.mixplan";
    CHECK(core::writeFileSafely(target, "version 1", withBackup()).ok());
    CHECK_FALSE(fs::exists(core::backupPathFor(target)));   // nothing to keep yet
    CHECK(core::writeFileSafely(target, "version 2", withBackup()).ok());
    CHECK(test::readText(target) == "version 2");
    CHECK(test::readText(core::backupPathFor(target)) == "version 1");
    CHECK(core::writeFileSafely(target, "version 3", withBackup()).ok());
    CHECK(test::readText(core::backupPathFor(target)) == "version 2");
    CHECK(stateOf(target).names == std::set<std::string>{"plan.mixplan", "plan.mixplan.bak"});
}

TEST_CASE("a write past the file-size limit is an error that leaves the file and its .bak", "[safewrite]")
{
    test::TemporaryFolder folder;
    const fs::path target = folder.path() / "plan.mixplan";
    writeText(target, "the plan as it was");
    writeText(core::backupPathFor(target), "the backup as it was");
    const FolderState before = stateOf(target);

    // In a child process with the default SIGXFSZ action, as the CLI starts:
    // without the writer's care the signal would kill it mid-write.
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        std::signal(SIGXFSZ, SIG_DFL);
        rlimit limited{100, 100};
        ::setrlimit(RLIMIT_FSIZE, &limited);
        const core::WriteOutcome outcome = core::writeFileSafely(target, std::string(5000, 'x'), withBackup());
        const bool saysTooLarge = outcome.failureText().find("File too large") != std::string::npos;
        ::_exit(outcome.ok() ? 2 : saysTooLarge ? 0 : 3);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    INFO("child status " << status);
    REQUIRE(WIFEXITED(status));   // not killed by SIGXFSZ
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(stateOf(target) == before);
}

TEST_CASE("targets that must never be written over are refused, naming the file", "[safewrite]")
{
    test::TemporaryFolder folder;
    const fs::path target = folder.path() / "plan.mixplan";

    SECTION("a read-only file, also for root")
    {
        writeText(target, "read-only plan");
        fs::permissions(target, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
        const FolderState before = stateOf(target);
        const core::WriteOutcome outcome = core::writeFileSafely(target, "new", withBackup());
        CHECK_FALSE(outcome.ok());
        CHECK(outcome.failureText().find("read-only") != std::string::npos);
        CHECK(outcome.failureText().find(target.string()) != std::string::npos);
        CHECK(stateOf(target) == before);
    }
    SECTION("a plan written by a newer MixPlanner")
    {
        writeText(target, R"({"format": "mixplanner.plan", "version": 99, "title": "From the future"})");
        const FolderState before = stateOf(target);
        const core::WriteOutcome outcome = core::writeFileSafely(target, "new", withBackup());
        CHECK_FALSE(outcome.ok());
        CHECK(outcome.failureText().find("version 99") != std::string::npos);
        CHECK(stateOf(target) == before);
        // The version may come after other members, as a hand-written file has it.
        writeText(target, R"({"title": "x", "activities": [{"version": 1}], "version": 7, "format": "mixplanner.plan"})");
        CHECK_FALSE(core::writeFileSafely(target, "new").ok());
    }
    SECTION("a plan of the current version, or any other file, may be replaced")
    {
        writeText(target, R"({"format": "mixplanner.plan", "version": 1})");
        CHECK(core::writeFileSafely(target, "new").ok());
        writeText(target, R"({"format": "something.else", "version": 99})");
        CHECK(core::writeFileSafely(target, "new").ok());
    }
    SECTION("the command's own input, by any name that reaches it")
    {
        writeText(target, "the input plan");
        core::WriteRules rules = withBackup();
        rules.inputs.push_back(target);
        const fs::path link = folder.path() / "link.mixplan";
        fs::create_symlink("plan.mixplan", link);
        const fs::path hardLink = folder.path() / "other-name.mixplan";
        fs::create_hard_link(target, hardLink);
        const FolderState before = stateOf(target);
        for (const fs::path &name : {target, link, hardLink}) {
            const core::WriteOutcome outcome = core::writeFileSafely(name, "csv, not a plan", rules);
            CHECK_FALSE(outcome.ok());
            CHECK(outcome.failureText().find("being read") != std::string::npos);
        }
        CHECK(stateOf(target) == before);
    }
    SECTION("a FIFO")
    {
        const fs::path fifo = folder.path() / "pipe";
        REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
        const core::WriteOutcome outcome = core::writeFileSafely(fifo, "data");
        CHECK_FALSE(outcome.ok());
        CHECK(outcome.failureText().find("not a regular file") != std::string::npos);
        CHECK(fs::is_fifo(fifo));
        CHECK(stateOf(fifo).names == std::set<std::string>{"pipe"});
    }
    SECTION("a folder")
    {
        const fs::path inside = folder.path() / "a-folder" / "kept";
        fs::create_directories(inside);
        CHECK_FALSE(core::writeFileSafely(folder.path() / "a-folder", "data").ok());
        CHECK(fs::is_directory(inside));
        CHECK(stateOf(folder.path() / "a-folder").names == std::set<std::string>{"a-folder"});
    }
    SECTION("a device node")
    {
        if (!isRoot()) {
            WARN("not root: cannot make a device node; skipped");
            return;
        }
        const fs::path device = folder.path() / "null";
        REQUIRE(::mknod(device.c_str(), S_IFCHR | 0666, makedev(1, 3)) == 0);
        CHECK_FALSE(core::writeFileSafely(device, "data").ok());
        CHECK(fs::is_character_file(device));
    }
    SECTION("an immutable file")
    {
        writeText(target, "immutable plan");
        const int fd = ::open(target.c_str(), O_RDONLY);
        int flags = 0;
        const bool set = isRoot() && ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0
                         && (flags |= FS_IMMUTABLE_FL, ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0);
        if (!set) {
            ::close(fd);
            WARN("cannot mark a file immutable here (needs root and a file system with chattr); skipped");
            return;
        }
        const FolderState before = stateOf(target);
        const core::WriteOutcome outcome = core::writeFileSafely(target, "new", withBackup());
        flags &= ~FS_IMMUTABLE_FL;
        ::ioctl(fd, FS_IOC_SETFLAGS, &flags);
        ::close(fd);
        CHECK_FALSE(outcome.ok());
        CHECK(outcome.failureText().find("immutable") != std::string::npos);
        CHECK(stateOf(target) == before);
    }
}

TEST_CASE("a symlink is written through to the file it points to", "[safewrite]")
{
    test::TemporaryFolder folder;
    fs::create_directory(folder.path() / "real");
    const fs::path real = folder.path() / "real" / "plan.mixplan";
    writeText(real, "old");
    const fs::path link = folder.path() / "link.mixplan";
    fs::create_symlink("real/plan.mixplan", link);
    REQUIRE(core::writeFileSafely(link, "new", withBackup()).ok());
    CHECK(fs::is_symlink(link));
    CHECK(test::readText(real) == "new");
    CHECK(test::readText(core::backupPathFor(real)) == "old");
    CHECK_FALSE(fs::exists(core::backupPathFor(link)));

    // A dangling link: the file it names is created.
    const fs::path dangling = folder.path() / "dangling.md";
    fs::create_symlink("real/created.md", dangling);
    REQUIRE(core::writeFileSafely(dangling, "made").ok());
    CHECK(test::readText(folder.path() / "real" / "created.md") == "made");

    // A loop is refused.
    fs::create_symlink("loop-b", folder.path() / "loop-a");
    fs::create_symlink("loop-a", folder.path() / "loop-b");
    CHECK_FALSE(core::writeFileSafely(folder.path() / "loop-a", "x").ok());
}

TEST_CASE("a missing folder is an error naming it", "[safewrite]")
{
    test::TemporaryFolder folder;
    const core::WriteOutcome outcome = core::writeFileSafely(folder.path() / "missing-folder" / "plan.mixplan", "x");
    CHECK_FALSE(outcome.ok());
    CHECK(outcome.failureText().find("missing-folder") != std::string::npos);
}

TEST_CASE("temporaries left by a crashed write are removed, a live one's are not", "[safewrite]")
{
    test::TemporaryFolder folder;
    const fs::path target = folder.path() / "plan.mixplan";
    // A process id that cannot be running (above the kernel's pid_max).
    const std::string crashed = ".plan.mixplan.mixplanner-99999999-AbC123";
    const std::string live = ".plan.mixplan.mixplanner-" + std::to_string(::getppid()) + "-XyZ789";
    const std::string unrelated = ".plan.mixplan.swp";
    for (const std::string &name : {crashed, live, unrelated})
        writeText(folder.path() / name, "left over");
    CHECK(core::isTemporaryOf(crashed, target));
    CHECK_FALSE(core::isTemporaryOf(unrelated, target));
    REQUIRE(core::writeFileSafely(target, "saved").ok());
    const std::set<std::string> names = stateOf(target).names;
    CHECK_FALSE(names.count(crashed));
    CHECK(names.count(live));
    CHECK(names.count(unrelated));
}

TEST_CASE("a full disk is an error that leaves the file, its .bak and no temporary", "[safewrite]")
{
    if (!isRoot()) {
        WARN("not root: cannot mount a small tmpfs for a real full disk; skipped");
        return;
    }
    test::TemporaryFolder folder;
    SmallDisk disk(folder.path() / "disk", 64);
    if (!disk.mounted()) {
        WARN("mounting a tmpfs failed here; full-disk test skipped");
        return;
    }
    const fs::path target = disk.path() / "plan.mixplan";
    writeText(target, "the plan as it was");
    writeText(core::backupPathFor(target), "the backup as it was");
    disk.fill();
    const FolderState before = stateOf(target);

    // Small and large writes alike: a small one is refused when it is
    // flushed, not when it is handed over.
    for (const std::size_t size : {std::size_t{10}, std::size_t{200'000}}) {
        const core::WriteOutcome outcome = core::writeFileSafely(target, std::string(size, 'n'), withBackup());
        CHECK_FALSE(outcome.ok());
        CHECK(outcome.failureText().find("No space left") != std::string::npos);
        CHECK(stateOf(target) == before);
    }
    // The plan saver says the same.
    CHECK_FALSE(core::savePlanFile(test::samplePlan(), target).ok());
    CHECK(stateOf(target) == before);
}

TEST_CASE("a read-only mount is refused, naming the file", "[safewrite]")
{
    if (!isRoot()) {
        WARN("not root: cannot mount a tmpfs read-only; skipped");
        return;
    }
    test::TemporaryFolder folder;
    SmallDisk disk(folder.path() / "disk", 64);
    if (!disk.mounted()) {
        WARN("mounting a tmpfs failed here; read-only mount test skipped");
        return;
    }
    const fs::path target = disk.path() / "plan.mixplan";
    writeText(target, "on a read-only disk");
    REQUIRE(disk.makeReadOnly());
    const FolderState before = stateOf(target);
    const core::WriteOutcome existing = core::writeFileSafely(target, "new", withBackup());
    CHECK_FALSE(existing.ok());
    CHECK(existing.failureText().find("read-only file system") != std::string::npos);
    const core::WriteOutcome created = core::writeFileSafely(disk.path() / "new.md", "new");
    CHECK_FALSE(created.ok());
    CHECK(created.failureText().find(disk.path().string()) != std::string::npos);
    CHECK(stateOf(target) == before);
}
