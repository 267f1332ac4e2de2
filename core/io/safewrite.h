#pragma once

#include "core/text/message.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace mixplanner::core {

// What a write must keep or leave alone, beyond what every write refuses.
struct WriteRules {
    // Keep the version being replaced as PATH.bak (plans: Save, convert,
    // suggest --apply), made only once the new file is complete and in place.
    bool keepBackup = false;
    // Files the command read (the plan being exported, the plans compared):
    // never written over, whatever name or link reaches them.
    std::vector<std::filesystem::path> inputs;
};

// The outcome of a write. `failure` empty means the new file is complete on
// disk; otherwise the target and its .bak are exactly as they were and no
// temporary file is left. `warning` holds what went wrong after the file was
// safely written (the backup could not be kept), for the caller to show.
struct WriteOutcome {
    text::Message failure;
    text::Message warning;

    bool ok() const { return failure.empty(); }
    // English sentences, for the CLI and tests.
    std::string failureText() const;
    std::string warningText() const;
};

// The one way MixPlanner writes a file. Every caller (the app's Save and
// recovery copies, every export, the comparison, convert, suggest --apply)
// goes through it, so they all keep the same promises:
//   - a symlink is followed: the file it points to is replaced, the link kept;
//   - refused, naming the file: anything but a regular file (device, FIFO,
//     folder), a read-only file (by its permission bits, also for root), an
//     immutable or append-only file, one of `rules.inputs`, a plan written by
//     a newer MixPlanner;
//   - the bytes go to a temporary file in the target's folder; every write,
//     the flush to disk and the close are checked; only then is it renamed
//     over the target; a new file gets the user's umask, a replaced file keeps
//     its permissions (and, for root, its owner);
//   - a file-size limit (ulimit -f) is an error ("File too large"), not a
//     signal that kills the process;
//   - temporaries left by a crashed run of ours are removed on the next write.
WriteOutcome writeFileSafely(const std::filesystem::path &path, std::string_view bytes,
                             const WriteRules &rules = {});

// Makes a write past the file-size limit (ulimit -f) fail with EFBIG instead
// of killing the process with SIGXFSZ, unless the program handles the signal
// itself. writeFileSafely calls it; a program writing elsewhere (standard
// output) calls it once at start.
void ignoreFileSizeSignal();

// Only the refusals above, without writing: lets the app say "no" before it
// spends time rendering a PDF. writeFileSafely checks them again.
WriteOutcome checkWriteTarget(const std::filesystem::path &path, const WriteRules &rules = {});

// The file a write to `path` replaces: `path` with every symlink followed,
// also a dangling one (its target is created). Empty when the links loop.
std::filesystem::path resolveWriteTarget(const std::filesystem::path &path);

// Whether `name` (a file name, no folder) is a temporary file of a write to
// `target` in the same folder. Tests use it to prove none is left behind.
bool isTemporaryOf(const std::string &name, const std::filesystem::path &target);

} // namespace mixplanner::core
