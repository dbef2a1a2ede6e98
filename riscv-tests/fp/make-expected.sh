#!/bin/sh
# Run build/fpvec.elf on QEMU's spike board and record its output as the expected data:
#   qemu-system-riscv64 -M spike -nographic -bios none -kernel build/fpvec.elf
# Writes expected.txt (one line per vector + the "done <count>" trailer), checks that the
# guest exited with code 0 and printed every vector, then cross-checks the output against
# the spec model (check_expected.py -> deviations.txt).
# Usage: ./make-expected.sh        (run ./build.sh first if the generator or guest changed)
set -eu
cd "$(dirname "$0")"
QEMU=${QEMU:-qemu-system-riscv64}
PYTHON=${PYTHON:-python3}
export PYTHONDONTWRITEBYTECODE=1  # no __pycache__ next to the committed files
TIMEOUT=${TIMEOUT:-300}
if ! command -v "$QEMU" >/dev/null 2>&1; then
    echo "make-expected.sh: $QEMU not found" >&2
    exit 1
fi
"$QEMU" --version | head -n 1
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT INT TERM
start=$(date +%s)
rc=0
timeout "$TIMEOUT" "$QEMU" -M spike -nographic -bios none -kernel build/fpvec.elf \
    </dev/null >"$tmp" 2>&1 || rc=$?
end=$(date +%s)
if [ "$rc" -ne 0 ]; then
    echo "make-expected.sh: QEMU/guest exited with $rc (want 0); last lines:" >&2
    tail -n 3 "$tmp" >&2
    exit 1
fi
count=$(awk '$1 == "total" { print $2 }' build/counts.txt)
want=$(printf 'done %08x' "$count")
last=$(tail -n 1 "$tmp")
if [ "$last" != "$want" ]; then
    echo "make-expected.sh: output ends with '$last', want '$want'" >&2
    exit 1
fi
bad=$(sed '$d' "$tmp" | grep -cv '^[0-9a-f]\{16\} [0-9a-f]\{2\}$' || true)
if [ "$bad" -ne 0 ]; then
    echo "make-expected.sh: unexpected lines in the output" >&2
    exit 1
fi
mv "$tmp" expected.txt
chmod 644 expected.txt
trap - EXIT INT TERM
echo "expected.txt: $count vectors, $(wc -c < expected.txt) bytes, QEMU ran $((end - start)) s"
"$PYTHON" check_expected.py
