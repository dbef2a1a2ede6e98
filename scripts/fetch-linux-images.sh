#!/usr/bin/env bash
# fetch-linux-images.sh — build the Linux boot images of the example job from Debian's
# package registry only.
#
#   images/Image         Debian stable's linux-image-*-riscv64 kernel (flat Image; Debian ships
#                        it as /boot/vmlinux-*)
#   images/fw_jump.bin   OpenSBI fw_jump, generic platform (package "opensbi"); jumps to
#                        RAM start + 2 MiB, where rivet loads the kernel
#   images/initrd.cpio   initramfs (newc): examples/linux/init as /init, busybox-static
#                        (riscv64), the pmem modules of the kernel package (of_pmem, nd_pmem
#                        and their dependencies, decompressed) and /lib/modules/load-order
#   images/PACKAGES.txt  the Debian packages used (name, version, architecture)
#   images/SHA256SUMS
#
# Usage:  scripts/fetch-linux-images.sh [OUTDIR]        (default: images/ in the repository)
# Environment: SUITE (default trixie), KPKG (kernel package, default: what the
# linux-image-riscv64 meta package depends on), MIRROR (default: the host's own Debian mirror,
# read from its apt sources).
#
# The riscv64 packages are fetched with a private apt configuration (own sources list, lists,
# cache and status under OUTDIR/.work): the host's apt state is not modified and no foreign
# architecture is added. Host tools (cpio, xz-utils) are installed with the host's apt-get
# when missing. Needs root for the device nodes of the initramfs (/dev/console, /dev/null).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$(realpath -m "${1:-$ROOT/images}")
WORK="$OUT/.work"
SUITE="${SUITE:-trixie}"
MODULES=(of_pmem nd_pmem)

host_mirror() {
    # deb822 sources first, then one-line sources.
    local m
    m=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
    if [ -z "$m" ]; then
        m=$(awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^(https?|ftp):/) { print $i; exit } }' \
            /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null || true)
    fi
    printf '%s' "$m"
}
MIRROR="${MIRROR:-$(host_mirror)}"
[ -n "$MIRROR" ] || { echo "fetch-linux-images: no Debian mirror in the host's apt sources; set MIRROR" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "fetch-linux-images: must run as root (apt-get, device nodes)" >&2; exit 1; }

log() { printf '== %s\n' "$*"; }

need=()
command -v cpio >/dev/null || need+=(cpio)
command -v xz >/dev/null || need+=(xz-utils)
[ -f /usr/share/keyrings/debian-archive-keyring.gpg ] || need+=(debian-archive-keyring)
if [ ${#need[@]} -gt 0 ]; then
    log "host tools: ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

log "private apt configuration for $SUITE riscv64 ($MIRROR)"
A="$WORK/apt"
mkdir -p "$A"/{lists/partial,cache/archives/partial,etc/sources.list.d,etc/preferences.d}
echo "deb [arch=riscv64 signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $MIRROR $SUITE main" \
    > "$A/etc/sources.list"
: > "$A/status"
cat > "$A/apt.conf" <<CONF
Dir::Etc::SourceList "$A/etc/sources.list";
Dir::Etc::SourceParts "$A/etc/sources.list.d";
Dir::Etc::Preferences "$A/etc/preferences";
Dir::Etc::PreferencesParts "$A/etc/preferences.d";
Dir::State::Lists "$A/lists";
Dir::State::status "$A/status";
Dir::Cache "$A/cache";
Dir::Cache::archives "$A/cache/archives";
APT::Architecture "riscv64";
APT::Architectures { "riscv64"; };
APT::Sandbox::User "root";
Acquire::Languages "none";
Debug::NoLocking "true";
CONF
export APT_CONFIG="$A/apt.conf"
apt-get -qq update
if [ -z "${KPKG:-}" ]; then
    KPKG=$(apt-cache depends linux-image-riscv64 | awk '/Depends: linux-image-[0-9]/ {print $2; exit}')
fi
[ -n "$KPKG" ] || { echo "fetch-linux-images: cannot find the kernel package of $SUITE" >&2; exit 1; }
log "downloading $KPKG opensbi busybox-static"
rm -rf "$WORK/debs" && mkdir -p "$WORK/debs"
(cd "$WORK/debs" && apt-get -qq download "$KPKG" opensbi busybox-static)
unset APT_CONFIG

log "extracting"
X="$WORK/x"
rm -rf "$X" && mkdir -p "$X"/{kernel,opensbi,busybox}
dpkg-deb -x "$WORK"/debs/linux-image-*.deb "$X/kernel"
dpkg-deb -x "$WORK"/debs/opensbi_*.deb "$X/opensbi"
dpkg-deb -x "$WORK"/debs/busybox-static_*.deb "$X/busybox"
KVER=${KPKG#linux-image-}
KMOD=
for d in "$X/kernel/usr/lib/modules/$KVER" "$X/kernel/lib/modules/$KVER"; do
    [ -d "$d" ] && KMOD=$d && break
done
[ -n "$KMOD" ] || { echo "fetch-linux-images: no modules directory for $KVER in $KPKG" >&2; exit 1; }

# ---- modules: the named ones and their dependencies, dependencies first
declare -A MODPATH=()
while IFS= read -r f; do
    n=$(basename "$f"); n=${n%%.ko*}
    MODPATH[$n]=$f
done < <(find "$KMOD/kernel" -name '*.ko*')
modinfo_depends() {  # the `depends=` field of a module's .modinfo, comma-separated
    local f=${MODPATH[$1]}
    case "$f" in
        *.xz) xz -dc "$f" ;;
        *.ko) cat "$f" ;;
        *) echo "fetch-linux-images: unsupported module compression: $f" >&2; exit 1 ;;
    esac | tr '\0' '\n' | sed -n 's/^depends=//p' | head -n1
}
declare -A VISITED=()
ORDER=()
visit() {
    local m=$1 d
    [ -n "${VISITED[$m]:-}" ] && return
    VISITED[$m]=1
    [ -n "${MODPATH[$m]:-}" ] || { echo "fetch-linux-images: module $m not in $KPKG" >&2; exit 1; }
    for d in $(modinfo_depends "$m" | tr ',' ' '); do visit "$d"; done
    ORDER+=("$m")
}
for m in "${MODULES[@]}"; do visit "$m"; done
log "modules (load order): ${ORDER[*]}"

# ---- initramfs
log "initramfs"
R="$WORK/root"
rm -rf "$R" && mkdir -p "$R"/{bin,sbin,dev,proc,sys,tmp,lib/modules}
chmod 1777 "$R/tmp"
install -m 0755 "$ROOT/examples/linux/init" "$R/init"
install -m 0755 "$X/busybox/usr/bin/busybox" "$R/bin/busybox"
for a in sh mount insmod tr wc sha256sum cut awk sort dd cat echo poweroff reboot ls dmesg \
         head tail grep sleep uname; do
    ln -s busybox "$R/bin/$a"
done
for m in "${ORDER[@]}"; do
    case "${MODPATH[$m]}" in
        *.xz) xz -dc "${MODPATH[$m]}" > "$R/lib/modules/$m.ko" ;;
        *) cp "${MODPATH[$m]}" "$R/lib/modules/$m.ko" ;;
    esac
done
printf '%s\n' "${ORDER[@]}" > "$R/lib/modules/load-order"
mknod -m 0600 "$R/dev/console" c 5 1
mknod -m 0666 "$R/dev/null" c 1 3
find "$R" -exec touch -h -d @0 {} +
(cd "$R" && find . -mindepth 1 | LC_ALL=C sort | cpio --quiet --reproducible -o -H newc -R 0:0) \
    > "$OUT/initrd.cpio"

cp "$X/kernel/boot/vmlinux-$KVER" "$OUT/Image"
cp "$X/opensbi/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_jump.bin" "$OUT/fw_jump.bin"
for d in "$WORK"/debs/*.deb; do dpkg-deb -f "$d" Package Version Architecture | paste -sd' '; done \
    > "$OUT/PACKAGES.txt"
(cd "$OUT" && sha256sum Image fw_jump.bin initrd.cpio > SHA256SUMS)
rm -rf "$X" "$R"
log "done: $OUT"
cat "$OUT/PACKAGES.txt"
ls -l "$OUT"
