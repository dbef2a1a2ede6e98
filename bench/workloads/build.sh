#!/bin/sh
# Build the benchmark workloads (issue 9):
#   bench/workloads/<name>.elf  the bare-metal RV64GC guests (committed; deterministic: no
#                               build-id, no timestamps, fixed object names)
#   $NATIVE_DIR/<name>          the same kernels built for the host (not committed; default
#                               target/workloads-native), used by bench/compare.sh
# Each native binary prints its checksum and must agree with the WORKLOAD(name, expected)
# constant baked into the source, which the guest compares against. With UPDATE_EXPECTED=1 the
# constants are rewritten from the native results instead (after changing a kernel).
# If target/release/rivet exists, every ELF is then run on it and must exit 0 (self-check).
#
# With NATIVE_ONLY=1 only the native binaries are built (what bench/compare.sh does).
#
# usage: bench/workloads/build.sh [workload...]
set -eu
cd "$(dirname "$0")"
ROOT=$(cd ../.. && pwd)
CC=${CC:-riscv64-unknown-elf-gcc}
HOSTCC=${HOSTCC:-gcc}
NATIVE_DIR=${NATIVE_DIR:-$ROOT/target/workloads-native}
UPDATE_EXPECTED=${UPDATE_EXPECTED:-0}
NATIVE_ONLY=${NATIVE_ONLY:-0}
RIVET=${RIVET:-$ROOT/target/release/rivet}
ALL="empty intmix sort keccak fp traps mmu smc"
WORKLOADS=${*:-$ALL}

COMMON_FLAGS="-O2 -ffp-contract=off -fno-math-errno -fno-tree-loop-distribute-patterns -Icommon"
GUEST_FLAGS="-march=rv64imafdc_zicsr_zifencei -mabi=lp64d -mcmodel=medany -ffreestanding \
-fno-builtin -fno-pic $COMMON_FLAGS"
mkdir -p "$NATIVE_DIR"

for w in $WORKLOADS; do
    [ -f "$w.c" ] || { echo "no such workload: $w" >&2; exit 2; }
    # Native build and its checksum.
    # shellcheck disable=SC2086
    "$HOSTCC" $COMMON_FLAGS -DNATIVE -o "$NATIVE_DIR/$w" "$w.c" common/native.c
    out=$("$NATIVE_DIR/$w" || true)
    sum=$(printf '%s\n' "$out" | sed -n 's/^.*: checksum \(0x[0-9a-f]*\).*$/\1/p' | tail -n 1)
    [ -n "$sum" ] || { echo "$w: native build printed no checksum: $out" >&2; exit 1; }
    if ! printf '%s\n' "$out" | tail -n 1 | grep -q ' ok$'; then
        if [ "$UPDATE_EXPECTED" = 1 ]; then
            sed -i "s/^WORKLOAD(\"$w\", 0x[0-9a-f]*ull)/WORKLOAD(\"$w\", ${sum}ull)/" "$w.c"
            echo "$w: expected checksum set to $sum"
            # shellcheck disable=SC2086
            "$HOSTCC" $COMMON_FLAGS -DNATIVE -o "$NATIVE_DIR/$w" "$w.c" common/native.c
        else
            echo "$w: native checksum $sum differs from the one in $w.c" \
                "(rerun with UPDATE_EXPECTED=1 if the kernel changed)" >&2
            exit 1
        fi
    fi
    [ "$NATIVE_ONLY" = 1 ] && continue
    # Guest build.
    # shellcheck disable=SC2086
    "$CC" $GUEST_FLAGS -c -o start.o common/start.S
    # shellcheck disable=SC2086
    "$CC" $GUEST_FLAGS -c -o guest.o common/guest.c
    # shellcheck disable=SC2086
    "$CC" $GUEST_FLAGS -c -o workload.o "$w.c"
    # shellcheck disable=SC2086
    "$CC" $GUEST_FLAGS -nostdlib -nostartfiles -static -T common/link.ld \
        -Wl,--build-id=none -Wl,--no-warn-rwx-segments -o "$w.elf" start.o guest.o workload.o
    rm -f start.o guest.o workload.o
    # Self-check on rivet, when built.
    if [ -x "$RIVET" ]; then
        if "$RIVET" run --quiet "$w.elf"; then
            echo "built bench/workloads/$w.elf (checksum $sum, checked on rivet)"
        else
            echo "$w.elf failed on rivet" >&2
            exit 1
        fi
    else
        echo "built bench/workloads/$w.elf (checksum $sum; $RIVET not built: not run)"
    fi
done
