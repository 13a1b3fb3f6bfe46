#!/usr/bin/env bash
# Whole-process benchmark of the draftlint command line (start-up included), as docs/performance.md reports it:
#   tests/DraftLint.Benchmarks/run-whole-process.sh [work-folder] [--reports]
# Needs hyperfine (Debian: apt-get install hyperfine) and GNU time (/usr/bin/time); with valgrind, also counts
# instructions, the figure to compare builds by on a noisy machine.
# Builds the command twice: as a native executable (Native AOT, what the figures are for) and framework-dependent with
# ReadyToRun (what `dotnet tool install` users are closest to), and checks that both print the same findings.
# Prints a Markdown table: one seed draft cold (both builds), then 100, 1,000 and 10,000 generated drafts (native build:
# throughput, peak memory), and checks that a parallel run prints exactly what a single-threaded run prints.
# Then the report formats (issue 23): text, SARIF and JSON of 1,000 and 10,000 drafts, seed copies and generated, by
# the JIT build and the native build: wall time and peak memory, and each against text. --reports runs only that.
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="${TMPDIR:-/tmp}/draftlint-bench"
reports_only=false
for arg in "$@"; do
  case "$arg" in
    --reports) reports_only=true ;;
    *) work="$arg" ;;
  esac
done
mkdir -p "$work"
$reports_only || command -v hyperfine >/dev/null || { echo "run-whole-process.sh: hyperfine is missing (apt-get install hyperfine)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "run-whole-process.sh: GNU time (/usr/bin/time) is missing (apt-get install time)" >&2; exit 2; }

echo "Building (Release), publishing with ReadyToRun and as a native executable ..." >&2
dotnet build -c Release "$repo/tests/DraftLint.Corpus" -v q -nologo >/dev/null
$reports_only || dotnet publish -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  "$repo/src/DraftLint.Cli" -o "$work/publish" -v q -nologo >/dev/null
dotnet publish -c Release -r linux-x64 -p:PublishAot=true \
  "$repo/src/DraftLint.Cli" -o "$work/native" -v q -nologo >/dev/null
r2r="$work/publish/draftlint"
lint="$work/native/draftlint"

# The native build must say exactly what the JIT build says, in every format. SARIF and JSON are compared indented
# (--pretty): check-native-build.sh compares line by line, leaving out the lines with the run's own paths, and a
# compact log is one line.
pretty() { # name binary... -> a script that runs the binary with --pretty
  printf '#!/bin/sh\nexec %s "$@" --pretty\n' "${*:2}" >"$work/$1" && chmod +x "$work/$1"
}
if ! $reports_only; then
  pretty native-pretty "$lint"
  pretty r2r-pretty "$r2r"
  "$repo/tests/check-native-build.sh" "$work/native-pretty" "$work/r2r-pretty" >&2
fi

for n in 100 1000 10000; do
  if [ ! -f "$work/corpus-$n/expected.json" ]; then
    rm -rf "$work/corpus-$n"
    dotnet "$repo/tests/DraftLint.Corpus/bin/Release/net10.0/DraftLint.Corpus.dll" --count "$n" --seed 1 --out "$work/corpus-$n" >&2
  fi
done

if ! $reports_only; then
seed="$repo/seeds/kazakhstan-2012-motion-draft.en.txt"
hyperfine --warmup 2 --runs 20 -N --ignore-failure --export-json "$work/cold.json" "$lint $seed" "$r2r $seed" >&2

# One whole run per corpus size (best of three for the smaller ones): wall time, CPU time and peak resident memory.
measure() { # corpus jobs -> "wall user sys maxrss_kb"
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$lint" "$1" --jobs "$2" >"$work/out-$(basename "$1")-$2.txt" 2>/dev/null || true
  tail -n 1 "$work/time.txt"  # GNU time first says "Command exited with non-zero status 1" when findings fail the run
}

echo "| run | files | MB | wall (s) | CPU (s) | MB/s | peak memory (MB) |"
echo "|---|---:|---:|---:|---:|---:|---:|"
python3 - "$work/cold.json" <<'PY'
import json, sys
for build, r in zip(["native", "ReadyToRun"], json.load(open(sys.argv[1]))["results"]):
    print(f"| one seed draft, cold, {build} (mean of {len(r['times'])}) | 1 | 0.016 | {r['mean']:.3f} ± {r['stddev']:.3f} | {r['user'] + r['system']:.3f} | | |")
PY
for n in 100 1000 10000; do
  corpus="$work/corpus-$n"
  bytes=$(find "$corpus" -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
  runs=3; [ "$n" = 10000 ] && runs=1
  best=""
  for _ in $(seq $runs); do
    line=$(measure "$corpus" 0)
    if [ -z "$best" ] || awk -v a="${line%% *}" -v b="${best%% *}" 'BEGIN {exit !(a < b)}'; then best="$line"; fi
  done
  read -r wall user sys rss <<<"$best"
  awk -v n="$n" -v b="$bytes" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" \
    'BEGIN { printf "| %d generated drafts, both cores | %d | %.1f | %.2f | %.2f | %.1f | %.0f |\n", n, n, b/1e6, w, u+s, b/1e6/w, r/1024 }'
done

# Instructions executed (valgrind's callgrind): unlike wall time on a shared virtual machine, the same count every
# run, so two builds can be compared by it. Valgrind cannot read the native build's debug file; a copy without the
# link to it is measured, from the same folder (the rules/ beside it).
if command -v valgrind >/dev/null && command -v objcopy >/dev/null; then
  objcopy --remove-section .gnu_debuglink "$lint" "$work/native/draftlint-nodebuglink"
  instructions() { # args -> count
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$work/native/draftlint-nodebuglink" "$@" >/dev/null 2>"$work/callgrind.txt" || true
    grep -o 'Collected : [0-9]*' "$work/callgrind.txt" | awk '{print $3}'
  }
  echo
  echo "| run (native, one thread) | instructions (millions) |"
  echo "|---|---:|"
  echo "| one seed draft, whole process | $(( $(instructions "$seed") / 1000000 )) |"
  echo "| 100 generated drafts, whole process | $(( $(instructions "$work/corpus-100" --jobs 1) / 1000000 )) |"
  rm -f "$work/native/draftlint-nodebuglink"
fi

# The same findings, byte for byte, whatever the number of threads.
measure "$work/corpus-1000" 1 >/dev/null
if cmp -s "$work/out-corpus-1000-0.txt" "$work/out-corpus-1000-1.txt"; then
  echo; echo "Output of 1,000 drafts on both cores is identical to a single-threaded run."
else
  echo; echo "Output of 1,000 drafts on both cores DIFFERS from a single-threaded run." >&2; exit 1
fi
fi

# Report formats (issue 23): text, SARIF and JSON of the same drafts, by the JIT build (dotnet draftlint.dll, as
# `dotnet run` and the tests run it) and the native build. Seed copies are the five seeds copied n/5 times (many
# findings: 15 per draft); the generated corpus has about 2 findings per draft. Best of three runs for 1,000 drafts,
# one run for 10,000; the formats in turns, so that the machine's mood falls on all of them alike.
dotnet build -c Release "$repo/src/DraftLint.Cli" -v q -nologo >/dev/null
jit="dotnet $repo/src/DraftLint.Cli/bin/Release/net10.0/draftlint.dll"
for n in 1000 10000; do
  if [ ! -f "$work/seeds-$n/.complete" ]; then
    rm -rf "$work/seeds-$n" && mkdir -p "$work/seeds-$n"
    for i in $(seq -w 1 $((n / 5))); do
      for f in "$repo"/seeds/*.txt; do cp "$f" "$work/seeds-$n/$i-$(basename "$f")"; done
    done
    touch "$work/seeds-$n/.complete"
  fi
done
run_report() { # binary corpus format -> "wall maxrss_kb output_bytes"
  /usr/bin/time -f "%e %M" -o "$work/time.txt" $1 "$2" --format "$3" >"$work/report.$3" 2>/dev/null || true
  echo "$(tail -n 1 "$work/time.txt") $(stat -c %s "$work/report.$3")"
}
echo
echo "| drafts | build | format | wall (s) | × text | peak memory (MB) | × text | report (MB) |"
echo "|---|---|---|---:|---:|---:|---:|---:|"
: >"$work/reports.txt"
for kind in seeds corpus; do
  for n in 1000 10000; do
    for build in jit native; do
      binary="$jit"; [ "$build" = native ] && binary="$lint"
      runs=3; [ "$n" = 10000 ] && runs=1
      declare -A best=()
      for _ in $(seq $runs); do
        for format in text sarif json; do
          line=$(run_report "$binary" "$work/$kind-$n" "$format")
          if [ -z "${best[$format]:-}" ] || awk -v a="${line%% *}" -v b="${best[$format]%% *}" 'BEGIN {exit !(a < b)}'; then best[$format]="$line"; fi
        done
      done
      read -r text_wall text_rss _ <<<"${best[text]}"
      for format in text sarif json; do
        read -r wall rss bytes <<<"${best[$format]}"
        echo "$kind $n $build $format $wall $rss" >>"$work/reports.txt"
        label="seed copies"; [ "$kind" = corpus ] && label="generated"
        awk -v k="$label" -v n="$n" -v b="$build" -v f="$format" -v w="$wall" -v r="$rss" -v tw="$text_wall" -v tr="$text_rss" -v o="$bytes" \
          'BEGIN { printf "| %d %s | %s | %s | %.2f | %.2f | %.0f | %.2f | %.1f |\n", n, k, b, f, w, w/tw, r/1024, r/tr, o/1e6 }'
      done
      unset best
    done
  done
done

# Growth from 1,000 to 10,000 drafts: ten times the drafts should cost at most ten times the time and the memory
# (the start-up and the fixed part of the memory are paid once, so a linear cost gives a ratio under 10).
echo
echo "| drafts | build | format | wall 10,000 / 1,000 | peak 10,000 / 1,000 |"
echo "|---|---|---|---:|---:|"
awk '{ key = $1 " " $3 " " $4; if ($2 == 1000) { w1[key] = $5; r1[key] = $6 } else { w10[key] = $5; r10[key] = $6 } }
  END { for (key in w10) { split(key, p, " "); printf "| %s | %s | %s | %.1f | %.1f |\n", (p[1] == "seeds" ? "seed copies" : "generated"), p[2], p[3], w10[key] / w1[key], r10[key] / r1[key] } }' \
  "$work/reports.txt" | sort
