#!/usr/bin/env bash
# DraftLint as users install it, beside the native build and beside textlint (issue 23), on the same drafts:
#   tests/DraftLint.Benchmarks/compare-tools.sh [work-folder]
# Packs the .NET tool as README.md says (the pointer package, the native linux-x64 package, the framework-dependent
# "any" package), installs it with `dotnet tool install --tool-path`, installs textlint with textlint-rule-prh and
# textlint-rule-date-weekday-mismatch from the npm registry, then prints a Markdown table: one seed draft, cold (the
# median of 11 runs, each a new process), and 1,000 seed copies (text and SARIF for DraftLint; textlint's own
# output), best of three: wall time, CPU time, peak memory.
# The two tools do not check the same things: textlint here checks a list of spellings and weekdays; DraftLint runs
# its 50 rules. The comparison is of what a user waits for, not of equal work.
# Needs GNU time (/usr/bin/time), npm, and the C toolchain Native AOT links with.
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="${1:-${TMPDIR:-/tmp}/draftlint-compare}"
mkdir -p "$work"
[ -x /usr/bin/time ] || { echo "compare-tools.sh: GNU time (/usr/bin/time) is missing (apt-get install time)" >&2; exit 2; }

echo "Packing and installing the .NET tool, publishing the native build, installing textlint ..." >&2
rm -rf "$work/packages" "$work/tool"
dotnet pack "$repo/src/DraftLint.Cli" -c Release -o "$work/packages" -v q -nologo >/dev/null
dotnet pack "$repo/src/DraftLint.Cli" -c Release -r linux-x64 -o "$work/packages" -v q -nologo >/dev/null
dotnet pack "$repo/src/DraftLint.Cli" -c Release -r any -o "$work/packages" -v q -nologo >/dev/null
dotnet tool install draftlint --tool-path "$work/tool" --add-source "$work/packages" >/dev/null
dotnet publish "$repo/src/DraftLint.Cli" -c Release -r linux-x64 -o "$work/native" -v q -nologo >/dev/null
tool="$work/tool/draftlint"
native="$work/native/draftlint"

if [ ! -x "$work/textlint/node_modules/.bin/textlint" ]; then
  npm install --no-audit --no-fund --prefix "$work/textlint" textlint textlint-rule-prh textlint-rule-date-weekday-mismatch >/dev/null
fi
# prh: the spellings of the seed drafts' names that DraftLint's DR2001 reports, as a prh dictionary.
cat >"$work/textlint/prh.yml" <<'YAML'
version: 1
rules:
  - expected: Vinyavski
    pattern: Vinyavskiy
  - expected: Zhanaozen
    pattern: Zhanaozhen
YAML
printf '{ "rules": { "prh": { "rulePaths": ["%s/textlint/prh.yml"] }, "date-weekday-mismatch": true } }\n' "$work" >"$work/textlint/textlintrc.json"
textlint="$work/textlint/node_modules/.bin/textlint --config $work/textlint/textlintrc.json"

if [ ! -f "$work/seeds-1000/.complete" ]; then
  rm -rf "$work/seeds-1000" && mkdir -p "$work/seeds-1000"
  for i in $(seq -w 1 200); do
    for f in "$repo"/seeds/*.txt; do cp "$f" "$work/seeds-1000/$i-$(basename "$f")"; done
  done
  touch "$work/seeds-1000/.complete"
fi
seed="$repo/seeds/kazakhstan-2012-motion-draft.en.txt"

# Each build must lint (exit 0 or 1): a tool that stops on a configuration problem would be timed doing nothing.
for build in "$tool" "$native"; do
  status=0; "$build" "$work/seeds-1000" >/dev/null 2>"$work/err.txt" || status=$?
  if [ "$status" -gt 1 ]; then echo "compare-tools.sh: $build exited with $status:" >&2; cat "$work/err.txt" >&2; exit 1; fi
done

run() { # command... -> "wall cpu maxrss_kb"
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >"$work/out.txt" 2>/dev/null || true
  tail -n 1 "$work/time.txt" | awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }'
}
median() { # runs command... -> the run of median wall time
  local n=$1; shift
  for _ in $(seq "$n"); do run "$@"; done | sort -n | awk -v n="$n" 'NR == int((n + 1) / 2)'
}
best() { # runs command... -> the run of least wall time
  local n=$1; shift
  for _ in $(seq "$n"); do run "$@"; done | sort -n | head -n 1
}
row() { # label "wall cpu rss"
  read -r wall cpu rss <<<"$2"
  printf '| %s | %.3f | %.2f | %.0f |\n' "$1" "$wall" "$cpu" "$((rss / 1024))"
}

echo "| run | wall (s) | CPU (s) | peak memory (MB) |"
echo "|---|---:|---:|---:|"
row "one seed draft, cold: .NET tool (\`dotnet tool install\`, native linux-x64 package)" "$(median 11 "$tool" "$seed")"
row "one seed draft, cold: native build (\`dotnet publish -r linux-x64\`)" "$(median 11 "$native" "$seed")"
row "one seed draft, cold: textlint (prh + date-weekday-mismatch)" "$(median 11 $textlint "$seed")"
row "1,000 seed copies: .NET tool, text" "$(best 3 "$tool" "$work/seeds-1000")"
row "1,000 seed copies: .NET tool, SARIF" "$(best 3 "$tool" "$work/seeds-1000" --format sarif)"
row "1,000 seed copies: native build, SARIF" "$(best 3 "$native" "$work/seeds-1000" --format sarif)"
row "1,000 seed copies: textlint (prh + date-weekday-mismatch)" "$(best 3 $textlint "$work/seeds-1000")"
