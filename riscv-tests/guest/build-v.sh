#!/bin/sh
# Build the user-level tests (rv64ui-*, rv64um-*, rv64ua-*, rv64uc-*,
# rv64uf-*, rv64ud-*) against
# the "v" environment (env/v: Sv39 translation on, test body in U mode) into
# build-v/<name>-v.elf. Same flags and deterministic output as build.sh; the
# v environment's test.h and link.ld shadow env/test.h and env/link.ld
# (test_macros.h still comes from env/).
# Usage: ./build-v.sh [extra gcc flags]
set -eu
cd "$(dirname "$0")"
CC=${CC:-riscv64-unknown-elf-gcc}
if ! command -v "$CC" >/dev/null 2>&1; then
    echo "build-v.sh: $CC not found" >&2
    exit 1
fi
mkdir -p build-v
ASFLAGS="-mabi=lp64 -mcmodel=medany -mno-relax -Ienv/v -Ienv"
LDFLAGS="-nostdlib -nostartfiles -static -T env/v/link.ld -Wl,--build-id=none -Wl,--no-warn-rwx-segments"
for src in rv64ui-*.S rv64um-*.S rv64ua-*.S rv64uc-*.S rv64uf-*.S rv64ud-*.S; do
    [ -f "$src" ] || continue
    name=${src%.S}-v
    # as in build.sh: rv64imafdc only for the F/D tests
    case $src in
    rv64uf-*|rv64ud-*) MARCH=-march=rv64imafdc_zicsr_zifencei ;;
    *) MARCH=-march=rv64imac_zicsr_zifencei ;;
    esac
    # shellcheck disable=SC2086
    "$CC" $MARCH $ASFLAGS "$@" -c -o "build-v/$name.o" "$src"
    # shellcheck disable=SC2086
    "$CC" $MARCH $ASFLAGS $LDFLAGS -o "build-v/$name.elf" "build-v/$name.o"
    rm -f "build-v/$name.o"
    echo "built build-v/$name.elf"
done
