//! Loading a Linux boot set the way QEMU's `-bios/-kernel/-initrd` does: firmware (OpenSBI
//! `fw_jump`) at RAM start, the kernel at RAM start + 2 MiB (where `fw_jump` jumps), the
//! initrd at the top of RAM, and the device tree's `/chosen` updated to point at the initrd.
//!
//! Layout of RAM (start = 0x8000_0000):
//!
//! | range | holds |
//! |---|---|
//! | start .. start + 2 MiB | firmware (at most 2 MiB) |
//! | start + 2 MiB .. + kernel size | kernel (its header's `image_size` when it has a RISC-V Image header, which covers its bss) |
//! | start + 34 MiB .. + 1 MiB | kept free: `fw_jump` copies the device tree there (`FW_JUMP_FDT_OFFSET` of OpenSBI's generic platform) |
//! | end − initrd size (rounded down to 4 KiB) .. end | initrd |
//!
//! The hart starts in M mode at RAM start with `a0` = 0 (hart ID) and `a1` = the DTB address.

#[allow(unused_imports)]
use crate::prelude::*;

use super::Machine;
use crate::error::MachineError;
use crate::map;

/// Offset from RAM start at which the kernel is loaded (OpenSBI `fw_jump`'s jump address).
pub const KERNEL_OFFSET: u64 = 2 << 20;
/// Offset from RAM start where OpenSBI's `fw_jump` (generic platform) copies the device tree.
pub const FDT_COPY_OFFSET: u64 = 0x220_0000;
/// Room kept for that copy.
pub const FDT_COPY_LENGTH: u64 = map::DTB_LENGTH;

/// Offset of the RISC-V Image header's `image_size` field, and of its magic numbers.
const IMAGE_SIZE_FIELD: usize = 16;
const IMAGE_MAGIC: (usize, &[u8]) = (0x30, b"RISCV\0\0\0");
const IMAGE_MAGIC2: (usize, &[u8]) = (0x38, b"RSC\x05");

/// Bytes of RAM the kernel occupies once running: its header's `image_size` (which includes
/// the bss) when it has a RISC-V Image header, else its file size.
pub fn kernel_footprint(kernel: &[u8]) -> u64 {
    let has = |(at, magic): (usize, &[u8])| kernel.get(at..at + magic.len()) == Some(magic);
    let file = kernel.len() as u64;
    if has(IMAGE_MAGIC) && has(IMAGE_MAGIC2) {
        let field = &kernel[IMAGE_SIZE_FIELD..IMAGE_SIZE_FIELD + 8];
        file.max(u64::from_le_bytes(field.try_into().expect("8 bytes")))
    } else {
        file
    }
}

impl Machine {
    /// Loads firmware, a kernel and optionally an initrd as described in the module
    /// documentation, and resets the hart to start the firmware. Fails, naming the image, if
    /// one is empty, does not fit or would overlap another.
    pub fn load_linux(
        &mut self,
        bios: &[u8],
        kernel: &[u8],
        initrd: Option<&[u8]>,
    ) -> Result<(), MachineError> {
        let bad = |why: String| Err(MachineError::BootImage(why));
        let ram_end = map::RAM_START + self.ram_length;
        if bios.is_empty() || kernel.is_empty() {
            return bad("the firmware and the kernel must not be empty".into());
        }
        if bios.len() as u64 > KERNEL_OFFSET {
            return bad(format!(
                "the firmware ({} bytes) is larger than the 2 MiB before the kernel",
                bios.len()
            ));
        }
        let kernel_start = map::RAM_START + KERNEL_OFFSET;
        let kernel_end = kernel_start.saturating_add(kernel_footprint(kernel));
        let fdt_start = map::RAM_START + FDT_COPY_OFFSET;
        let fdt_end = fdt_start + FDT_COPY_LENGTH;
        if kernel_end > fdt_start {
            return bad(format!(
                "the kernel needs {:#x} bytes at {kernel_start:#x}: it would overlap the device tree copy of fw_jump at {fdt_start:#x}",
                kernel_end - kernel_start
            ));
        }
        let mut low_end = fdt_end;
        if low_end > ram_end {
            return bad(format!(
                "RAM ({} MiB) is too small: firmware, kernel and the device tree copy need {} MiB",
                self.ram_length >> 20,
                (fdt_end - map::RAM_START).div_ceil(1 << 20)
            ));
        }
        let initrd_range = match initrd {
            None => None,
            Some([]) => return bad("the initrd must not be empty".into()),
            Some(data) => {
                let len = data.len() as u64;
                let start = ram_end.saturating_sub(len) & !(map::PAGE_SIZE - 1);
                if start < low_end || ram_end - low_end < len {
                    return bad(format!(
                        "the initrd ({len} bytes) does not fit in RAM above the kernel and the device tree copy (which end at {low_end:#x}); use a larger --ram-length"
                    ));
                }
                low_end = start + len;
                Some((start, low_end))
            }
        };
        self.write_memory(map::RAM_START, bios)
            .expect("checked to fit");
        self.write_memory(kernel_start, kernel)
            .expect("checked to fit");
        if let (Some((start, _)), Some(data)) = (initrd_range, initrd) {
            self.write_memory(start, data).expect("checked to fit");
        }
        self.initrd = initrd_range;
        self.write_dtb()?;
        self.hart.pc = map::RAM_START;
        self.hart.x[10] = 0;
        self.hart.x[11] = map::DTB_START;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::machine::MachineConfig;

    fn image_with_size(file_len: usize, image_size: u64) -> Vec<u8> {
        let mut k = vec![0u8; file_len];
        k[16..24].copy_from_slice(&image_size.to_le_bytes());
        k[0x30..0x38].copy_from_slice(b"RISCV\0\0\0");
        k[0x38..0x3c].copy_from_slice(b"RSC\x05");
        k
    }

    #[test]
    fn footprint_reads_the_image_header() {
        assert_eq!(kernel_footprint(&image_with_size(0x1000, 0x5000)), 0x5000);
        assert_eq!(kernel_footprint(&image_with_size(0x1000, 0x10)), 0x1000);
        assert_eq!(
            kernel_footprint(&[1u8; 100]),
            100,
            "no header: the file size"
        );
    }

    #[test]
    fn places_images_and_describes_the_initrd() {
        let mut m = Machine::new(&MachineConfig::default()).unwrap();
        let initrd = vec![0x5a; 5000];
        m.load_linux(
            &[0x13, 0, 0, 0],
            &image_with_size(0x2000, 0x8000),
            Some(&initrd),
        )
        .unwrap();
        let end = 0x8000_0000 + (128 << 20);
        // 5000 bytes end at RAM's end, starting 4 KiB aligned below: end - 0x2000 + ...
        let start = (end - 5000) & !0xfff;
        let mut buf = [0u8; 4];
        m.read_memory(start, &mut buf).unwrap();
        assert_eq!(buf, [0x5a; 4]);
        m.read_memory(0x8020_0030, &mut buf).unwrap();
        assert_eq!(&buf, b"RISC");
        assert_eq!(
            (m.hart.pc, m.hart.x[10], m.hart.x[11]),
            (0x8000_0000, 0, 0x7ff0_0000)
        );
        let mut dtb = vec![0u8; 0x4000];
        m.read_memory(map::DTB_START, &mut dtb).unwrap();
        let tree = fdt::Fdt::new(&dtb).unwrap();
        let chosen = tree.find_node("/chosen").unwrap();
        let get = |name| {
            let p = chosen.property(name).unwrap();
            u64::from_be_bytes(p.value.try_into().unwrap())
        };
        assert_eq!(get("linux,initrd-start"), start);
        assert_eq!(get("linux,initrd-end"), start + 5000);
    }

    #[test]
    fn rejects_what_does_not_fit() {
        let mut m = Machine::new(&MachineConfig::default()).unwrap();
        let msg = |r: Result<(), MachineError>| r.unwrap_err().to_string();
        assert!(msg(m.load_linux(&[], &[1], None)).contains("empty"));
        assert!(msg(m.load_linux(&vec![1; (2 << 20) + 1], &[1], None)).contains("2 MiB"));
        let big_kernel = image_with_size(0x1000, 0x200_0001);
        assert!(msg(m.load_linux(&[1], &big_kernel, None)).contains("overlap"));
        assert!(msg(m.load_linux(&[1], &[1], Some(&[]))).contains("initrd"));
        let huge = vec![1u8; 100 << 20];
        assert!(msg(m.load_linux(&[1], &[1], Some(&huge))).contains("does not fit"));
        let mut small = Machine::new(&MachineConfig {
            ram_length: 16 << 20,
            ..MachineConfig::default()
        })
        .unwrap();
        assert!(msg(small.load_linux(&[1], &[1], None)).contains("too small"));
    }
}
