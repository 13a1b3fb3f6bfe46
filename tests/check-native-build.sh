#!/usr/bin/env bash
# Checks that two builds of the draftlint command print the same findings on the seeds, in every format:
#   tests/check-native-build.sh NATIVE REFERENCE
# NATIVE is the Native AOT executable, REFERENCE a JIT build (dotnet build or ReadyToRun). The native build trims
# and cannot use reflection freely, so a difference here is a bug in the native build. SARIF logs are compared but
# for the run's own times and id, and the path of the rules folder (which sits beside each binary).
set -euo pipefail
native="$1"
reference="$2"
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for format in text json sarif; do
  for build in native reference; do
    binary="$native"; [ "$build" = reference ] && binary="$reference"
    status=0
    # Indented, so that the logs are compared line by line (a compact log is one line, which the filter below would drop).
    pretty=(); [ "$format" = text ] || pretty=(--pretty)
    (cd "$repo" && "$binary" seeds --format "$format" "${pretty[@]}" >"$work/$build.$format") || status=$?
    if [ "$status" -gt 1 ]; then  # 1 only says there are error-level findings
      echo "check-native-build.sh: $binary --format $format exited with $status" >&2
      exit 1
    fi
    grep -v -E '"(startTimeUtc|endTimeUtc)"|"id": "draftlint/|configurationFiles' "$work/$build.$format" >"$work/$build.$format.cmp" || true
  done
  if ! diff -u "$work/reference.$format.cmp" "$work/native.$format.cmp" >"$work/diff.txt"; then
    echo "check-native-build.sh: the native build's $format output differs from the JIT build's:" >&2
    head -40 "$work/diff.txt" >&2
    exit 1
  fi
done
echo "The native build prints the same text, JSON and SARIF as the JIT build on the seeds."
