#!/bin/sh
# Build examples/hello.elf and examples/intloop.elf (deterministic: no build-id, no timestamps, fixed
# object names).
set -eu
cd "$(dirname "$0")"
CC=${CC:-riscv64-unknown-elf-gcc}
CFLAGS="-march=rv64imac_zicsr -mabi=lp64 -mcmodel=medany -O2 -ffreestanding -fno-builtin -fno-pic"
# shellcheck disable=SC2086
"$CC" $CFLAGS -c -o start.o start.S
# shellcheck disable=SC2086
"$CC" $CFLAGS -c -o hello.o hello.c
# shellcheck disable=SC2086
"$CC" $CFLAGS -nostdlib -nostartfiles -static -T link.ld \
    -Wl,--build-id=none -Wl,--no-warn-rwx-segments -o hello.elf start.o hello.o
rm -f start.o hello.o
echo "built examples/hello.elf"
# shellcheck disable=SC2086
"$CC" $CFLAGS -c -o intloop.o intloop.S
# shellcheck disable=SC2086
"$CC" $CFLAGS -nostdlib -nostartfiles -static -T link.ld \
    -Wl,--build-id=none -Wl,--no-warn-rwx-segments -o intloop.elf intloop.o
rm -f intloop.o
echo "built examples/intloop.elf"
