#!/usr/bin/env bash
# Builds the libFuzzer harnesses (tests/fuzz) with clang, AddressSanitizer and UBSan in
# build-fuzz/, then runs each for a bounded time on a copy of its seed corpus
# (tests/fuzz/corpus/<name>). Prints executions per harness; stops with exit 1 at the first
# crash, sanitizer report, leak, time-out or out-of-memory, leaving the input in build-fuzz/findings.
#
#   bash scripts/fuzz.sh [SECONDS]      default 60 seconds per harness
#
# Needs clang and libclang-rt-14-dev (scripts/setup.sh installs them).
set -euo pipefail

seconds="${1:-60}"
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "usage: bash scripts/fuzz.sh [SECONDS]" >&2; exit 2; }
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build-fuzz"
harnesses=(image_decoder csv_manifest flyer_text str_readers)
declare -A max_len=([image_decoder]=65536 [csv_manifest]=16384 [flyer_text]=8192 [str_readers]=16384)
command -v clang++ >/dev/null || { echo "fuzz: clang++ is missing (apt-get install clang libclang-rt-14-dev)" >&2; exit 1; }

echo "==> building the fuzz harnesses (clang, ASan, UBSan) in $build"
CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DREUNITE_BUILD_FUZZ=ON \
  -DREUNITE_BUILD_GUI=OFF -DREUNITE_BUILD_TESTS=OFF -DREUNITE_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" --target "${harnesses[@]/#/fuzz_}"

mkdir -p "$build/findings"
export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
for name in "${harnesses[@]}"; do
  corpus="$build/corpus/$name"
  mkdir -p "$corpus"
  cp -n "$root/tests/fuzz/corpus/$name/"* "$corpus/" 2>/dev/null || true
  log="$build/findings/$name.log"
  echo "==> fuzz_$name for ${seconds} s"
  if ! "$build/bin/fuzz_$name" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 -max_len="${max_len[$name]}" \
      -artifact_prefix="$build/findings/$name-" -print_final_stats=1 "$corpus" >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "fuzz: fuzz_$name found a problem; the input is in $build/findings/" >&2
    exit 1
  fi
  runs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$')"
  echo "    ${runs:-?} executions, corpus $(ls "$corpus" | wc -l) inputs, no finding"
done
