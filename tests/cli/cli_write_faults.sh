#!/usr/bin/env bash
# Every way mixplanner-cli writes a file, against every fault a disk or a
# hostile name can throw at it. Each fault must give exit 1 (or, for a
# symlink, a write through to the file it names), leave the target and its
# .bak byte for byte as they were, and leave no temporary file.
# Faults that need root (a tmpfs for a full disk and a read-only mount, a
# device node, the immutable flag) are skipped, saying so, without it.
set -u
cli=$1
root=$2
failures=0
skipped=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
skip() { echo "SKIP: $*"; skipped=$((skipped + 1)); }
work=$(mktemp -d)
mounts=()
cleanup() {
    for m in "${mounts[@]}"; do umount -l "$m" 2>/dev/null; done
    chattr -R -i "$work" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
sample="$root/resources/samples/spring-launch.mixplan"
newer_plan='{"format": "mixplanner.plan", "version": 99, "title": "From a newer MixPlanner"}'

# The eight write paths: NAME and the command, with OUT standing for the target.
paths=(convert suggest-apply suggest-apply-unbounded export-pdf export-html export-md export-csv export-json)
run_path() {   # PATH_NAME INPUT OUT
    local name=$1 input=$2 out=$3
    case $name in
        convert) "$cli" convert "$input" -o "$out" ;;
        suggest-apply) "$cli" suggest "$input" --apply -o "$out" ;;
        suggest-apply-unbounded) "$cli" suggest "$input" --apply --unbounded -o "$out" ;;
        export-*) "$cli" export "$input" --format "${name#export-}" -o "$out" ;;
    esac
}

# What a failed write must not change: the folder's names, and the bytes of
# the target and its .bak (or, for a non-regular target, its kind).
state_of() {   # TARGET
    local target=$1 folder
    folder=$(dirname "$target")
    ls -A "$folder" | sort
    for f in "$target" "$target.bak"; do
        if [ -f "$f" ] && [ ! -L "$f" ]; then
            echo "$f $(sha256sum < "$f")"
        elif [ -e "$f" ] || [ -L "$f" ]; then
            echo "$f $(stat -c %F "$f")"
        else
            echo "$f absent"
        fi
    done
}

temporaries_in() { find "$1" -maxdepth 1 -name '.*.mixplanner-*' 2>/dev/null | wc -l; }

expect_refused() {   # FAULT PATH_NAME INPUT TARGET MESSAGE_PATTERN
    local fault=$1 name=$2 input=$3 target=$4 pattern=$5 before after status err
    before=$(state_of "$target")
    err=$(run_path "$name" "$input" "$target" 2>&1 >/dev/null); status=$?
    after=$(state_of "$target")
    [ $status -eq 1 ] || fail "$fault / $name: exit $status, expected 1 ($err)"
    [ "$before" = "$after" ] || fail "$fault / $name: the target or its .bak changed"
    [ "$(temporaries_in "$(dirname "$target")")" -eq 0 ] || fail "$fault / $name: a temporary file was left"
    echo "$err" | grep -qE "$pattern" || fail "$fault / $name: message does not say $pattern: $err"
    [ "$(echo "$err" | wc -l)" -le 3 ] || fail "$fault / $name: message longer than three lines: $err"
}

# A plan and its .bak in a fresh folder, as the target of a write.
fresh_target() {   # FOLDER
    mkdir -p "$1"
    cp "$root/tests/data/valid/minimal.mixplan" "$1/out.mixplan"
    echo "the backup as it was" > "$1/out.mixplan.bak"
    echo "$1/out.mixplan"
}

is_root=0
[ "$(id -u)" -eq 0 ] && is_root=1

for name in "${paths[@]}"; do
    # A read-only file, refused by its mode bits also for root.
    target=$(fresh_target "$work/$name/readonly")
    chmod 0444 "$target"
    expect_refused "read-only file" "$name" "$sample" "$target" "read-only"

    # A plan written by a newer MixPlanner.
    target=$(fresh_target "$work/$name/newer")
    echo "$newer_plan" > "$target"
    expect_refused "newer plan" "$name" "$sample" "$target" "version 99"

    # The command's own input.
    target=$(fresh_target "$work/$name/own-input")
    cp "$sample" "$target"
    expect_refused "own input" "$name" "$target" "$target" "being read"
    ln -s out.mixplan "$work/$name/own-input/link.mixplan"
    expect_refused "own input through a link" "$name" "$work/$name/own-input/link.mixplan" "$target" "being read"

    # A FIFO: nothing may block on it or replace it.
    mkdir -p "$work/$name/fifo"
    mkfifo "$work/$name/fifo/out.mixplan"
    expect_refused "FIFO" "$name" "$sample" "$work/$name/fifo/out.mixplan" "not a regular file"

    # A folder of that name.
    mkdir -p "$work/$name/folder/out.mixplan/inside"
    expect_refused "folder" "$name" "$sample" "$work/$name/folder/out.mixplan" "folder"

    # A file-size limit: "file too large", exit 1, not death by SIGXFSZ.
    target=$(fresh_target "$work/$name/ulimit")
    before=$(state_of "$target")
    err=$( (ulimit -f 1; run_path "$name" "$sample" "$target") 2>&1 >/dev/null); status=$?
    [ $status -eq 1 ] || fail "ulimit -f / $name: exit $status, expected 1 ($err)"
    [ "$before" = "$(state_of "$target")" ] || fail "ulimit -f / $name: the target or its .bak changed"
    [ "$(temporaries_in "$work/$name/ulimit")" -eq 0 ] || fail "ulimit -f / $name: a temporary file was left"
    echo "$err" | grep -qi "file too large" || fail "ulimit -f / $name: message does not say file too large: $err"

    # A symlink is written through: the link stays, the file it names changes.
    mkdir -p "$work/$name/symlink/real"
    cp "$root/tests/data/valid/minimal.mixplan" "$work/$name/symlink/real/plan.out"
    ln -s real/plan.out "$work/$name/symlink/out.mixplan"
    if run_path "$name" "$sample" "$work/$name/symlink/out.mixplan" >/dev/null 2>&1; then
        [ -L "$work/$name/symlink/out.mixplan" ] || fail "symlink / $name: the link was replaced by a file"
        cmp -s "$work/$name/symlink/real/plan.out" "$root/tests/data/valid/minimal.mixplan" \
            && fail "symlink / $name: the file the link names was not written"
    else
        fail "symlink / $name: writing through a symlink failed"
    fi

    if [ $is_root -eq 1 ]; then
        # A device node in the target's place (never /dev/null itself).
        mkdir -p "$work/$name/device"
        mknod "$work/$name/device/out.mixplan" c 1 3
        expect_refused "device" "$name" "$sample" "$work/$name/device/out.mixplan" "not a regular file"

        # An immutable file, where the file system has the flag.
        target=$(fresh_target "$work/$name/immutable")
        if chattr +i "$target" 2>/dev/null; then
            expect_refused "immutable file" "$name" "$sample" "$target" "immutable"
            chattr -i "$target"
        else
            skip "immutable file / $name: chattr +i is not supported here"
        fi

        # A real full disk: a 512 KiB tmpfs, filled.
        disk="$work/$name/full-disk"
        mkdir -p "$disk"
        if mount -t tmpfs -o size=512k tmpfs "$disk" 2>/dev/null; then
            mounts+=("$disk")
            target=$(fresh_target "$disk")
            dd if=/dev/zero of="$disk/filler" bs=4k 2>/dev/null
            expect_refused "full disk" "$name" "$sample" "$target" "No space left"
            # A read-only mount.
            rm -f "$disk/filler"
            mount -o remount,ro "$disk"
            expect_refused "read-only mount" "$name" "$sample" "$target" "read-only file system"
        else
            skip "full disk and read-only mount / $name: cannot mount a tmpfs here"
        fi
    else
        skip "device, immutable file, full disk and read-only mount / $name: need root"
    fi
done

# Standard output behind a full disk or a size limit is an error too.
err=$( (ulimit -f 1; "$cli" export "$sample" --format md -o - > "$work/stdout.md") 2>&1); status=$?
[ $status -eq 1 ] || fail "export -o - under ulimit -f: exit $status, expected 1 ($err)"
echo "$err" | grep -qi "standard output" || fail "export -o - under ulimit -f: message does not name standard output: $err"

# "-o -" still writes to standard output, and /dev/stdout-like devices are not replaced.
"$cli" export "$sample" --format md -o - | grep -q "Kumo" || fail "export -o - should write Markdown to standard output"

echo "cli_write_faults: ${#paths[@]} write paths, $failures failures, $skipped skipped"
[ $failures -eq 0 ]
