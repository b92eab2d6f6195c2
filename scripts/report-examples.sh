#!/usr/bin/env bash
# Renders the demo case's case report and alert poster (English and Simplified Chinese) and saves
# every page as a PNG under docs/screenshots/report/. The demo workspace is built from the
# redistributable sample photos in a temporary database (the hidden "[.examples]" case of
# test_report_workflow, which runs a search, records three decisions and attaches a kinship
# calculation of synthetic STR profiles); nothing from the research face sets is used.
#
#   bash scripts/report-examples.sh        uses build/ (REUNITE_BUILD_DIR to change)
#
# Environment: REUNITE_BUILD_DIR, REUNITE_REPORT_EXAMPLES_OUT (default docs/screenshots/report),
# REUNITE_REPORT_EXAMPLES_PDF (keep the PDFs in this folder; default: a temporary folder).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${REUNITE_BUILD_DIR:-$root/build}"
out="${REUNITE_REPORT_EXAMPLES_OUT:-$root/docs/screenshots/report}"
test_binary="$build/bin/test_report_workflow"
[ -x "$test_binary" ] || { echo "report-examples: $test_binary is missing (build it first)" >&2; exit 1; }
command -v pdftoppm >/dev/null || { echo "report-examples: pdftoppm is missing (apt-get install poppler-utils)" >&2; exit 1; }

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
pdfs="${REUNITE_REPORT_EXAMPLES_PDF:-$scratch}"
mkdir -p "$pdfs" "$out"
REUNITE_REPORT_EXAMPLES_DIR="$pdfs" "$test_binary" "[.examples]" >/dev/null

rm -f "$out"/*.png
for pdf in "$pdfs"/*.pdf; do
  pdftoppm -png -r 60 "$pdf" "$out/$(basename "$pdf" .pdf)"
done
echo "pages saved in $out:"
ls -1 "$out"
