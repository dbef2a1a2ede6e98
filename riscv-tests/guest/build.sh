#!/bin/sh
# Rebuild every riscv-tests/guest/*.S into build/<name>.elf.
# Output is deterministic (no build-id, no timestamps, fixed object names):
# the ELFs are committed.
# Usage: ./build.sh [extra gcc flags, e.g. -DSOME_DEFINE]
set -eu
cd "$(dirname "$0")"
CC=${CC:-riscv64-unknown-elf-gcc}
if ! command -v "$CC" >/dev/null 2>&1; then
    echo "build.sh: $CC not found" >&2
    exit 1
fi
mkdir -p build
ASFLAGS="-mabi=lp64 -mcmodel=medany -mno-relax -Ienv"
LDFLAGS="-nostdlib -nostartfiles -static -T env/link.ld -Wl,--build-id=none -Wl,--no-warn-rwx-segments"
for src in *.S; do
    name=${src%.S}
    # the F/D tests (rv64uf-*, rv64ud-*, rv64mf-*) need the FP instructions;
    # the others keep rv64imac so that their ELFs (and ELF attributes) do not change
    case $name in
    rv64uf-*|rv64ud-*|rv64mf-*) MARCH=-march=rv64imafdc_zicsr_zifencei ;;
    *) MARCH=-march=rv64imac_zicsr_zifencei ;;
    esac
    # assemble to a fixed object name first: linking straight from the .S
    # would record a random temporary object name in the symbol table
    # shellcheck disable=SC2086
    "$CC" $MARCH $ASFLAGS "$@" -c -o "build/$name.o" "$src"
    # shellcheck disable=SC2086
    "$CC" $MARCH $ASFLAGS $LDFLAGS -o "build/$name.elf" "build/$name.o"
    rm -f "build/$name.o"
    echo "built build/$name.elf"
done
