#!/usr/bin/env bash
# Side-by-side comparison of the benchmark workloads (issue 9): each workload ELF of
# bench/workloads runs under rivet's interpreter and rivet's JIT (release build), under
# `qemu-system-riscv64 -M spike` (when installed) and as a native x86-64 build of the same C
# kernel, alternating, N times; the table gives the medians.
#
#   mcycle        rivet's clock at the end (instructions retired + traps), from `--json`
#   *_s           median wall time in seconds, startup included (interp = rivet
#                 --engine interp, jit = rivet --engine jit, default settings)
#   *_MIPS        mcycle / (time - that engine's time on the empty workload); for QEMU an
#                 estimate with rivet's instruction count (QEMU does not count)
#   jit/interp    speed-up of the JIT over the interpreter (ratio of the raw median times)
#   interp/qemu, jit/qemu   ratios of the raw median times (below 1: rivet is faster)
#   jit/native    ratio of the raw median times; "-" for traps and smc, whose native build
#                 only computes the checksum (plain calls, no self-modifying code)
#
# usage: bench/compare.sh [--runs N] [workload...]      (default: 3 runs, every workload)
set -eu
cd "$(dirname "$0")/.."
ROOT=$PWD
RUNS=3
WORKLOADS=()
while [ $# -gt 0 ]; do
    case "$1" in
    --runs)
        [ $# -ge 2 ] || { echo "--runs needs a number" >&2; exit 64; }
        RUNS=$2
        shift 2
        ;;
    --runs=*)
        RUNS=${1#--runs=}
        shift
        ;;
    -h | --help)
        sed -n '2,/^set -eu/p' "$0" | sed '$d; s/^# \{0,1\}//'
        exit 0
        ;;
    -*)
        echo "unknown option $1" >&2
        exit 64
        ;;
    *)
        WORKLOADS+=("$1")
        shift
        ;;
    esac
done
case "$RUNS" in '' | *[!0-9]* | 0) echo "--runs takes a positive number" >&2; exit 64 ;; esac
[ ${#WORKLOADS[@]} -gt 0 ] || WORKLOADS=(intmix sort keccak fp traps mmu smc)

RIVET=$ROOT/target/release/rivet
NATIVE_DIR=${NATIVE_DIR:-$ROOT/target/workloads-native}
QEMU=${QEMU:-qemu-system-riscv64}
cargo build --release --quiet --bin rivet
NATIVE_ONLY=1 NATIVE_DIR=$NATIVE_DIR bench/workloads/build.sh empty "${WORKLOADS[@]}" >/dev/null
HAVE_QEMU=0
if command -v "$QEMU" >/dev/null 2>&1; then
    HAVE_QEMU=1
else
    echo "note: $QEMU not found: QEMU columns skipped" >&2
fi
# Engines, in column order: name and the command prefix that runs an ELF (the ELF is appended).
ENGINES=(interp jit)
declare -A ENGINE_CMD=([interp]="$RIVET run --quiet --engine interp" [jit]="$RIVET run --quiet --engine jit")
if [ "$HAVE_QEMU" = 1 ]; then
    ENGINES+=(qemu)
    ENGINE_CMD[qemu]="$QEMU -M spike -nographic -bios none -kernel"
fi

now_ns() { date +%s%N; }

# time_cmd CMD...: run, discard the output, print the elapsed seconds; fail on a non-zero exit.
time_cmd() {
    local t0 t1
    t0=$(now_ns)
    if ! "$@" >/dev/null 2>&1; then
        echo "failed: $*" >&2
        return 1
    fi
    t1=$(now_ns)
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f\n", (b - a) / 1e9 }'
}

median() { tr ' ' '\n' | grep . | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# measure WORKLOAD: sets T[engine] and T[native] to the median seconds.
declare -A T
measure() {
    local w=$1 e r
    local -A all=()
    for ((r = 0; r < RUNS; r++)); do
        for e in "${ENGINES[@]}"; do
            # shellcheck disable=SC2086
            all[$e]+="$(time_cmd ${ENGINE_CMD[$e]} "bench/workloads/$w.elf") "
        done
        all[native]+="$(time_cmd "$NATIVE_DIR/$w") "
    done
    for e in "${ENGINES[@]}" native; do
        T[$e]=$(echo "${all[$e]}" | median)
    done
}

measure empty
declare -A BASE
for e in "${ENGINES[@]}" native; do BASE[$e]=${T[$e]}; done

header="workload mcycle"
for e in "${ENGINES[@]}" native; do header+=" ${e}_s"; done
for e in "${ENGINES[@]}"; do header+=" ${e}_MIPS"; done
header+=" jit/interp"
[ "$HAVE_QEMU" = 1 ] && header+=" interp/qemu jit/qemu"
header+=" jit/native"
rows=("$header")
rows+=("(startup) - $(for e in "${ENGINES[@]}" native; do printf '%s ' "${BASE[$e]}"; done)")

for w in "${WORKLOADS[@]}"; do
    json=$("$RIVET" run --json "bench/workloads/$w.elf" 2>&1 >/dev/null | tail -n 1)
    mcycle=$(printf '%s\n' "$json" | sed -n 's/.*"mcycle":\([0-9]*\).*/\1/p')
    code=$(printf '%s\n' "$json" | sed -n 's/.*"exit_code":\([0-9]*\).*/\1/p')
    if [ -z "$mcycle" ] || [ "$code" != 0 ]; then
        echo "$w: rivet run failed: $json" >&2
        exit 1
    fi
    measure "$w"
    row="$w $mcycle"
    for e in "${ENGINES[@]}" native; do row+=" ${T[$e]}"; done
    for e in "${ENGINES[@]}"; do
        row+=" $(awk -v m="$mcycle" -v t="${T[$e]}" -v b="${BASE[$e]}" \
            'BEGIN { d = t - b; if (d <= 0) print "-"; else printf "%.0f\n", m / d / 1e6 }')"
    done
    ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f\n", a / b }'; }
    row+=" $(awk -v a="${T[interp]}" -v b="${T[jit]}" 'BEGIN { printf "%.1f\n", a / b }')"
    if [ "$HAVE_QEMU" = 1 ]; then
        row+=" $(ratio "${T[interp]}" "${T[qemu]}") $(ratio "${T[jit]}" "${T[qemu]}")"
    fi
    case "$w" in
    traps | smc) row+=" -" ;;
    *) row+=" $(ratio "${T[jit]}" "${T[native]}")" ;;
    esac
    rows+=("$row")
    printf '%s\n' "$row" >&2 # progress
done

echo "runs: $RUNS (medians); $(nproc) CPUs; $(uname -m)"
if command -v column >/dev/null 2>&1; then
    printf '%s\n' "${rows[@]}" | column -t
else
    printf '%s\n' "${rows[@]}"
fi
