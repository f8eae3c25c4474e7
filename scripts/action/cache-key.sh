#!/usr/bin/env bash
# The key of the Action's cache of its built package (node_modules, dist): what the build reads.
set -euo pipefail
cd "$(dirname "$0")/../.."
hash="$(cat package-lock.json tsconfig.json tsconfig.build.json scripts/build.mjs scripts/gen-validators.mjs scripts/gen-packs.mjs scripts/bundle-cli.mjs $(find src -type f | LC_ALL=C sort) | sha256sum | cut -c1-32)"
line="key=laiyuan-${RUNNER_OS:-$(uname -s)}-node${LAIYUAN_NODE_VERSION:-22}-$hash"
if [ -n "${GITHUB_OUTPUT:-}" ]; then echo "$line" >> "$GITHUB_OUTPUT"; else echo "$line"; fi
