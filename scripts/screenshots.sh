#!/usr/bin/env bash
# Saves a PNG of every screen of the workstation into docs/screenshots/: starts `reunite` under
# xvfb-run with the hidden --screenshot-tour option, which builds the demo workspace (sample photos
# only) in a temporary database and visits each screen. The flyer import page reads a synthetic
# English flyer; a second tour in the Chinese interface saves the flyer page reading a synthetic
# Chinese flyer (11-import-flyers-zh.png). The flyers are rendered by reunite-bench-ocr (sample
# photo, invented names). Never touches the user's database or settings.
#
#   bash scripts/screenshots.sh            uses build/ (REUNITE_BUILD_DIR to change)
#
# Environment: REUNITE_BUILD_DIR, REUNITE_MODELS_DIR (default build/models), REUNITE_SAMPLES_DIR
# (default build/samples), REUNITE_SCREENSHOTS_DIR (default docs/screenshots).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${REUNITE_BUILD_DIR:-$root/build}"
out="${REUNITE_SCREENSHOTS_DIR:-$root/docs/screenshots}"
app="$(find "$build" -maxdepth 3 -type f -name reunite -perm -u+x | head -n 1)"
[ -n "$app" ] || { echo "screenshots: no reunite executable under $build (build it first)" >&2; exit 1; }
flyers="$(find "$build" -maxdepth 3 -type f -name reunite-bench-ocr -perm -u+x | head -n 1)"
[ -n "$flyers" ] || { echo "screenshots: no reunite-bench-ocr under $build (build it first)" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "screenshots: xvfb-run is missing (apt-get install xvfb)" >&2; exit 1; }

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$out"

export REUNITE_MODELS_DIR="${REUNITE_MODELS_DIR:-$root/build/models}"
export REUNITE_SAMPLES_DIR="${REUNITE_SAMPLES_DIR:-$root/build/samples}"
export REUNITE_DB="$scratch/reunite.db"
export XDG_CONFIG_HOME="$scratch/config"
export XDG_DATA_HOME="$scratch/data"
export QT_QPA_PLATFORM=xcb

"$flyers" --flyers 1 --first 3 --only en --save "$scratch/flyers" >/dev/null
"$flyers" --flyers 1 --first 2 --only zh --save "$scratch/flyers" >/dev/null

xvfb-run --auto-servernum --server-args="-screen 0 1600x1000x24" \
  "$app" --screenshot-tour "$out" --tour-flyer "$scratch/flyers/en-3.png"
xvfb-run --auto-servernum --server-args="-screen 0 1600x1000x24" \
  "$app" --screenshot-tour "$out" --language zh_CN --tour-only 11-import-flyers --tour-flyer "$scratch/flyers/zh-2.png"
echo "screenshots saved in $out:"
ls -1 "$out"/*.png
