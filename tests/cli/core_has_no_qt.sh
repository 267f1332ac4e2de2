#!/usr/bin/env bash
# core must stay free of Qt. The build already fails on a Qt include because
# core does not link Qt; this also catches Qt names used through other paths.
set -u
root=$1
hits=$(grep -rnE '#\s*include\s*[<"](Q[A-Za-z]+|Qt[A-Za-z]*/)' "$root/core" || true)
if [ -n "$hits" ]; then
    echo "core includes Qt headers:"; echo "$hits"; exit 1
fi
echo "core is Qt-free"
