#!/usr/bin/env bash
# The lint step of action.yml: writes the SARIF log, then (unless INPUT_ANNOTATIONS is 'false') workflow annotations
# and a job summary, and gives draftlint's exit code as the step output exit-code. It always exits 0 itself, so that
# the upload step runs after findings too; the action's last step fails the job with that exit code.
#
# INPUT_PATHS, INPUT_BASELINE, INPUT_ARGS, INPUT_SARIF_FILE, INPUT_ANNOTATIONS: the action's inputs.
# DRAFTLINT: the command to run (default draftlint, the tool the action installed).
set -uo pipefail

read -r -a draftlint <<< "${DRAFTLINT:-draftlint}"
read -r -a paths <<< "${INPUT_PATHS:-.}"
read -r -a extra <<< "${INPUT_ARGS:-}"
baseline=()
if [ -n "${INPUT_BASELINE:-}" ]; then
  baseline=(--baseline "$INPUT_BASELINE")
fi

status=0
"${draftlint[@]}" "${paths[@]}" "${baseline[@]}" "${extra[@]}" --format sarif --output "${INPUT_SARIF_FILE:-draftlint.sarif}" || status=$?

# A second run for the annotations: one run writes one format, and linting is a small part of a job.
if [ "${INPUT_ANNOTATIONS:-true}" != "false" ]; then
  "${draftlint[@]}" "${paths[@]}" "${baseline[@]}" "${extra[@]}" --format github || true
fi

echo "exit-code=$status" >> "${GITHUB_OUTPUT:-/dev/null}"
