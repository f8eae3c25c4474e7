#!/usr/bin/env bash
# The Action's last step, run always(): fails the job with laiyuan's own exit code, whatever the
# SARIF upload did. No exit code: the check step did not get to run laiyuan.
set -uo pipefail
code="${LAIYUAN_EXIT_CODE:-}"
case "$code" in
  0) echo "laiyuan check passed"; exit 0 ;;
  1) echo "laiyuan check found problems at or above fail-on (exit code 1)"; exit 1 ;;
  "") echo "laiyuan check did not run (see the steps above)"; exit 2 ;;
  *) echo "laiyuan check exited with $code (2: unreadable input, bad config, or nothing to check)"; exit "$code" ;;
esac
