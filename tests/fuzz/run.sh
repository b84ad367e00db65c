#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, address and undefined sanitizers) and fuzzes each for a
# bounded time, one after another:
#   tests/fuzz/run.sh [SECONDS] [TARGET...]      # default 60 seconds, every target
# Each run starts from the seeds in corpus/<target>/ and regression/<target>/, and keeps what it
# learns in build-fuzz/corpus/<target>/ (not in the repository). A finding stops the script with
# the fuzzer's report; its input (build-fuzz/artifacts/<target>/) belongs in regression/<target>/
# once fixed. Environment: EVENTEX_JOBS (build parallelism, default 1), BUILD_DIR (build-fuzz).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
seconds=${1:-60}
shift || true
build=${BUILD_DIR:-build-fuzz}
targets=("$@")
if ((${#targets[@]} == 0)); then
    targets=()
    for source in tests/fuzz/fuzz_*.cpp; do
        name=$(basename "$source" .cpp)
        targets+=("${name#fuzz_}")
    done
fi

cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo -DEVENTEX_FUZZ=ON \
      -DEVENTEX_BUILD_EXAMPLES=OFF -DEVENTEX_INSTALL=OFF >/dev/null
for target in "${targets[@]}"; do
    cmake --build "$build" --target "eventex_fuzz_$target" --parallel "${EVENTEX_JOBS:-1}"
done

for target in "${targets[@]}"; do
    corpus="$build/corpus/$target"
    artifacts="$build/artifacts/$target"
    mkdir -p "$corpus" "$artifacts"
    seeds=(tests/fuzz/corpus/"$target")
    [[ -d tests/fuzz/regression/$target ]] && seeds+=(tests/fuzz/regression/"$target")
    echo "eventex fuzz: $target for ${seconds}s"
    # -timeout: one input taking 60 s is a hang (the machine may be shared); -rss_limit_mb: a leak or a blow-up.
    "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=60 -rss_limit_mb=4096 \
        -max_len=8192 -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" "${seeds[@]}" \
        2>&1 | tee "$build/fuzz_$target.log" | grep -E "^#[0-9]+ +(INITED|DONE)|^stat::|ERROR|SUMMARY|Test unit written" || true
    if ! grep -q "^Done [0-9]* runs" "$build/fuzz_$target.log"; then
        echo "eventex fuzz: $target FOUND SOMETHING, see $build/fuzz_$target.log and $artifacts/" >&2
        exit 1
    fi
done
