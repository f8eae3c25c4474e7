#!/usr/bin/env bash
# The Action's Node: a Node of the major version asked for (LAIYUAN_NODE_VERSION, default 22)
# from the runner's tool cache or PATH, used by absolute path so that the caller's Node (PATH)
# is left as it was. None found: the output `node` is empty and action.yml runs
# actions/setup-node, which does put that Node on PATH for the job's later steps.
set -euo pipefail
want="${LAIYUAN_NODE_VERSION:-22}"
found=""
if [[ "$want" =~ ^[0-9]+$ ]]; then
  candidates=()
  if [ -n "${RUNNER_TOOL_CACHE:-}" ] && [ -d "$RUNNER_TOOL_CACHE/node" ]; then
    while IFS= read -r c; do candidates+=("$c"); done < <(ls -d "$RUNNER_TOOL_CACHE"/node/"$want".*/*/bin/node 2>/dev/null | sort -V -r)
  fi
  if command -v node >/dev/null; then candidates+=("$(command -v node)"); fi
  for c in "${candidates[@]}"; do
    if [ -x "$c" ] && [ "$("$c" -p 'process.versions.node.split(".")[0]')" = "$want" ]; then found="$c"; break; fi
  done
fi
if [ -n "${GITHUB_OUTPUT:-}" ]; then echo "node=$found" >> "$GITHUB_OUTPUT"; else echo "node=$found"; fi
if [ -n "$found" ]; then echo "laiyuan runs with $found ($("$found" --version)); PATH is unchanged"; else echo "no Node $want on this runner: actions/setup-node installs it (and puts it on PATH for later steps)"; fi
