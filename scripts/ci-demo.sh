#!/usr/bin/env bash
# The example workflow's command (docs/ci.md, README) on the bundled demo: it must exit with 1
# (the demo has violations) and print one GitHub annotation per finding that
# fixtures/demo/expected.json lists (::error or ::warning by severity, file, line, rule), and no
# others. Without expected.json, at least one ::error annotation. Run from anywhere; needs the
# package installed (npm ci), and never downloads laiyuan.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! npx --no-install laiyuan --version >/dev/null 2>&1; then
  echo "ci-demo: npx cannot find the local laiyuan; run npm ci first" >&2
  exit 1
fi

out="$(mktemp)"
trap 'rm -f "$out"' EXIT

echo "\$ npx laiyuan check fixtures/demo --format github"
set +e
npx laiyuan check fixtures/demo --format github >"$out"
code=$?
set -e
echo "exit code $code (expected 1)"
if [ "$code" -ne 1 ]; then
  echo "ci-demo: expected exit code 1 from the demo, got $code" >&2
  cat "$out" >&2
  exit 1
fi

node - "$out" fixtures/demo/expected.json <<'JS'
const { existsSync, readFileSync } = require('node:fs');
const [output, expectedFile] = process.argv.slice(2);
const annotations = readFileSync(output, 'utf8').split('\n').filter((l) => /^::(error|warning|notice) /.test(l));
const fail = (message) => {
  console.error(`ci-demo: ${message}`);
  process.exit(1);
};
if (!existsSync(expectedFile)) {
  const errors = annotations.filter((l) => l.startsWith('::error '));
  if (errors.length === 0) fail('no ::error annotation in the output');
  console.log(`ok  ${errors.length} ::error annotation(s) (no ${expectedFile} to compare with)`);
  process.exit(0);
}
const command = { error: 'error', warning: 'warning', info: 'notice' };
const expected = JSON.parse(readFileSync(expectedFile, 'utf8'));
const unmatched = new Set(annotations);
for (const e of expected) {
  const head = `::${command[e.severity]} file=fixtures/demo/${e.file},line=${e.line},`;
  const found = annotations.find((l) => unmatched.has(l) && l.startsWith(head) && l.includes(`,title=laiyuan ${e.ruleId} `));
  if (!found) fail(`missing annotation: ${head}… ${e.ruleId}`);
  unmatched.delete(found);
  console.log(`ok  ::${command[e.severity]} ${e.file}:${e.line} ${e.ruleId}`);
}
if (unmatched.size > 0) fail(`annotations not in ${expectedFile}:\n${[...unmatched].map((l) => l.slice(0, 160)).join('\n')}`);
console.log(`ci-demo: all ${expected.length} annotations of ${expectedFile} and no others`);
JS
