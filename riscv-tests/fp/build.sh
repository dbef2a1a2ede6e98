#!/bin/sh
# Build the FP conformance guest:
#   gen_vectors.py -> build/table.bin, build/stubs.S, build/stubs.txt, build/counts.txt
#   fpvec.S (+ build/stubs.S, .incbin build/table.bin) -> build/fpvec.elf
# Output is deterministic (fixed seed, no build-id, fixed object name): the outputs are
# committed. Usage: ./build.sh
set -eu
cd "$(dirname "$0")"
CC=${CC:-riscv64-unknown-elf-gcc}
PYTHON=${PYTHON:-python3}
export PYTHONDONTWRITEBYTECODE=1  # no __pycache__ next to the committed files
if ! command -v "$CC" >/dev/null 2>&1; then
    echo "build.sh: $CC not found" >&2
    exit 1
fi
mkdir -p build
"$PYTHON" gen_vectors.py --out build
ASFLAGS="-march=rv64imafd_zicsr -mabi=lp64d -mcmodel=medany -mno-relax -Ibuild"
LDFLAGS="-nostdlib -nostartfiles -static -T link.ld -Wl,--build-id=none -Wl,--no-warn-rwx-segments"
# assemble to a fixed object name first (linking straight from the .S would record a
# random temporary object name in the symbol table)
# shellcheck disable=SC2086
"$CC" $ASFLAGS -c -o build/fpvec.o fpvec.S
# shellcheck disable=SC2086
"$CC" $ASFLAGS $LDFLAGS -o build/fpvec.elf build/fpvec.o
rm -f build/fpvec.o
echo "built build/fpvec.elf ($(wc -c < build/fpvec.elf) bytes)"
