//! The device tree the machine describes itself with, written into the DTB range at reset
//! (DESIGN §2: `a1` holds its address). It lists exactly what is implemented: one RV64IMAFDC
//! hart with Zicntr, Zicsr, Zifencei and MMU modes up to Sv57, RAM, the CLINT, the PLIC, the
//! 16550A UART (the console: `/chosen/stdout-path`), the test/syscon device with its
//! `syscon-poweroff` (0x5555) and `syscon-reboot` (0x7777) nodes, HTIF, the flash drives
//! (`pmem-region` nodes) and, when one is loaded, the initrd (`/chosen/linux,initrd-*`).

#[allow(unused_imports)]
use crate::prelude::*;

use vm_fdt::{FdtWriter, FdtWriterResult};

use crate::clint::TIMEBASE_FREQUENCY;
use crate::{map, plic, uart};

/// The ISA string of the hart (`riscv,isa`).
pub const ISA: &str = "rv64imafdc_zicntr_zicsr_zifencei";
/// The base ISA and extensions (`riscv,isa-base`, `riscv,isa-extensions`).
pub const ISA_EXTENSIONS: &[&str] = &["i", "m", "a", "f", "d", "c", "zicntr", "zicsr", "zifencei"];
/// The largest translation mode (`mmu-type`).
pub const MMU_TYPE: &str = "riscv,sv57";

/// Phandle of the hart's interrupt controller.
const INTC_PHANDLE: u32 = 1;
/// Phandle of the PLIC.
const PLIC_PHANDLE: u32 = 2;
/// Phandle of the test/syscon device.
const SYSCON_PHANDLE: u32 = 3;

/// What the device tree describes beyond the fixed devices.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Layout {
    /// RAM length in bytes.
    pub ram_length: u64,
    /// The kernel command line (`/chosen/bootargs`).
    pub bootargs: String,
    /// Address of the HTIF window, when HTIF is a device window.
    pub htif_window: Option<u64>,
    /// The initrd's physical range `[start, end)`, when one is loaded.
    pub initrd: Option<(u64, u64)>,
    /// The flash drives: (start, length), in address order.
    pub flash: Vec<(u64, u64)>,
}

/// Writes the device tree of a machine with `ram_length` bytes of RAM, the kernel command
/// line `bootargs` and HTIF at `htif_window` (when HTIF is a device window).
pub fn generate(
    ram_length: u64,
    bootargs: &str,
    htif_window: Option<u64>,
) -> FdtWriterResult<Vec<u8>> {
    generate_layout(&Layout {
        ram_length,
        bootargs: bootargs.to_string(),
        htif_window,
        ..Layout::default()
    })
}

/// Writes the device tree of a machine laid out as `layout` says.
pub fn generate_layout(layout: &Layout) -> FdtWriterResult<Vec<u8>> {
    let (ram_length, bootargs, htif_window) = (
        layout.ram_length,
        layout.bootargs.as_str(),
        layout.htif_window,
    );
    let mut fdt = FdtWriter::new()?;
    let root = fdt.begin_node("")?;
    fdt.property_u32("#address-cells", 2)?;
    fdt.property_u32("#size-cells", 2)?;
    fdt.property_string("compatible", "rivet")?;
    fdt.property_string("model", "rivet RV64 machine")?;

    let chosen = fdt.begin_node("chosen")?;
    fdt.property_string("bootargs", bootargs)?;
    fdt.property_string("stdout-path", &format!("/soc/serial@{:x}", map::UART_START))?;
    if let Some((start, end)) = layout.initrd {
        fdt.property_u64("linux,initrd-start", start)?;
        fdt.property_u64("linux,initrd-end", end)?;
    }
    fdt.end_node(chosen)?;

    let memory = fdt.begin_node(&format!("memory@{:x}", map::RAM_START))?;
    fdt.property_string("device_type", "memory")?;
    fdt.property_array_u64("reg", &[map::RAM_START, ram_length])?;
    fdt.end_node(memory)?;

    let cpus = fdt.begin_node("cpus")?;
    fdt.property_u32("#address-cells", 1)?;
    fdt.property_u32("#size-cells", 0)?;
    fdt.property_u32("timebase-frequency", TIMEBASE_FREQUENCY as u32)?;
    let cpu = fdt.begin_node("cpu@0")?;
    fdt.property_string("device_type", "cpu")?;
    fdt.property_u32("reg", 0)?;
    fdt.property_string("status", "okay")?;
    fdt.property_string("compatible", "riscv")?;
    fdt.property_string("riscv,isa", ISA)?;
    fdt.property_string("riscv,isa-base", "rv64i")?;
    fdt.property_string_list(
        "riscv,isa-extensions",
        ISA_EXTENSIONS.iter().map(|s| s.to_string()).collect(),
    )?;
    fdt.property_string("mmu-type", MMU_TYPE)?;
    let intc = fdt.begin_node("interrupt-controller")?;
    fdt.property_u32("#interrupt-cells", 1)?;
    fdt.property_null("interrupt-controller")?;
    fdt.property_string("compatible", "riscv,cpu-intc")?;
    fdt.property_phandle(INTC_PHANDLE)?;
    fdt.end_node(intc)?;
    fdt.end_node(cpu)?;
    fdt.end_node(cpus)?;

    let soc = fdt.begin_node("soc")?;
    fdt.property_u32("#address-cells", 2)?;
    fdt.property_u32("#size-cells", 2)?;
    fdt.property_string("compatible", "simple-bus")?;
    fdt.property_null("ranges")?;
    let clint = fdt.begin_node(&format!("clint@{:x}", map::CLINT_START))?;
    fdt.property_string_list(
        "compatible",
        vec!["sifive,clint0".into(), "riscv,clint0".into()],
    )?;
    fdt.property_array_u64("reg", &[map::CLINT_START, map::CLINT_LENGTH])?;
    // Machine software (3) and machine timer (7) interrupts of hart 0.
    fdt.property_array_u32("interrupts-extended", &[INTC_PHANDLE, 3, INTC_PHANDLE, 7])?;
    fdt.end_node(clint)?;

    let plic = fdt.begin_node(&format!("plic@{:x}", map::PLIC_START))?;
    fdt.property_string_list(
        "compatible",
        vec!["sifive,plic-1.0.0".into(), "riscv,plic0".into()],
    )?;
    fdt.property_array_u64("reg", &[map::PLIC_START, map::PLIC_LENGTH])?;
    // Context 0: machine external (11), context 1: supervisor external (9) of hart 0.
    fdt.property_array_u32("interrupts-extended", &[INTC_PHANDLE, 11, INTC_PHANDLE, 9])?;
    fdt.property_null("interrupt-controller")?;
    fdt.property_u32("#interrupt-cells", 1)?;
    fdt.property_u32("#address-cells", 0)?;
    fdt.property_u32("riscv,ndev", plic::SOURCES as u32 - 1)?;
    fdt.property_phandle(PLIC_PHANDLE)?;
    fdt.end_node(plic)?;

    let serial = fdt.begin_node(&format!("serial@{:x}", map::UART_START))?;
    fdt.property_string("compatible", "ns16550a")?;
    fdt.property_array_u64("reg", &[map::UART_START, map::UART_LENGTH])?;
    fdt.property_u32("clock-frequency", uart::CLOCK_FREQUENCY)?;
    fdt.property_u32("interrupt-parent", PLIC_PHANDLE)?;
    fdt.property_u32("interrupts", uart::PLIC_SOURCE)?;
    fdt.end_node(serial)?;

    let test = fdt.begin_node(&format!("test@{:x}", map::SYSCON_START))?;
    fdt.property_string_list(
        "compatible",
        vec![
            "sifive,test1".into(),
            "sifive,test0".into(),
            "syscon".into(),
        ],
    )?;
    fdt.property_array_u64("reg", &[map::SYSCON_START, map::SYSCON_LENGTH])?;
    fdt.property_phandle(SYSCON_PHANDLE)?;
    fdt.end_node(test)?;

    if let Some(window) = htif_window {
        let htif = fdt.begin_node(&format!("htif@{window:x}"))?;
        fdt.property_string("compatible", "ucb,htif0")?;
        fdt.property_array_u64("reg", &[window, map::HTIF_LENGTH])?;
        fdt.end_node(htif)?;
    } else {
        let htif = fdt.begin_node("htif")?;
        fdt.property_string("compatible", "ucb,htif0")?;
        fdt.end_node(htif)?;
    }
    fdt.end_node(soc)?;

    for (name, compatible, value) in [
        ("poweroff", "syscon-poweroff", crate::syscon::POWER_OFF),
        ("reboot", "syscon-reboot", crate::syscon::RESET),
    ] {
        let node = fdt.begin_node(name)?;
        fdt.property_string("compatible", compatible)?;
        fdt.property_u32("regmap", SYSCON_PHANDLE)?;
        fdt.property_u32("offset", 0)?;
        fdt.property_u32("value", value)?;
        fdt.end_node(node)?;
    }

    for &(start, length) in &layout.flash {
        let node = fdt.begin_node(&format!("pmem@{start:x}"))?;
        fdt.property_string("compatible", "pmem-region")?;
        fdt.property_array_u64("reg", &[start, length])?;
        fdt.end_node(node)?;
    }

    fdt.end_node(root)?;
    fdt.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describes_the_machine() {
        let blob = generate(64 << 20, "console=hvc0 quiet", Some(map::HTIF_START)).unwrap();
        let tree = fdt::Fdt::new(&blob).expect("a valid flattened device tree");
        assert_eq!(tree.chosen().bootargs(), Some("console=hvc0 quiet"));
        let memory = tree.memory().regions().next().expect("a memory region");
        assert_eq!(memory.starting_address as u64, 0x8000_0000);
        assert_eq!(memory.size, Some(64 << 20));
        let cpu = tree.cpus().next().expect("a cpu");
        assert_eq!(cpu.ids().first(), 0);
        assert_eq!(cpu.timebase_frequency(), 10_000_000);
        assert_eq!(
            cpu.property("riscv,isa").and_then(|p| p.as_str()),
            Some("rv64imafdc_zicntr_zicsr_zifencei")
        );
        assert_eq!(
            cpu.property("mmu-type").and_then(|p| p.as_str()),
            Some("riscv,sv57")
        );
        let clint = tree.find_node("/soc/clint@2000000").expect("a CLINT");
        let reg = clint.reg().unwrap().next().unwrap();
        assert_eq!(reg.starting_address as u64, 0x200_0000);
        assert_eq!(reg.size, Some(0x1_0000));
        assert!(tree.find_node("/soc/htif@40008000").is_some());
    }

    #[test]
    fn describes_devices_initrd_and_flash() {
        let blob = generate_layout(&Layout {
            ram_length: 128 << 20,
            bootargs: "console=ttyS0".into(),
            htif_window: None,
            initrd: Some((0x87c0_0000, 0x87f0_1234)),
            flash: vec![(0x1_0000_0000, 2 << 20), (0x1_0020_0000, 4096)],
        })
        .unwrap();
        let tree = fdt::Fdt::new(&blob).expect("a valid flattened device tree");
        let u32_of = |node: &str, prop: &str| {
            let p = tree.find_node(node).unwrap().property(prop).unwrap();
            p.value
                .chunks(4)
                .map(|c| u32::from_be_bytes(c.try_into().unwrap()))
                .collect::<Vec<_>>()
        };
        let str_of = |node: &str, prop: &str| {
            let p = tree.find_node(node).unwrap().property(prop).unwrap();
            String::from_utf8(p.value.to_vec()).unwrap()
        };
        // /chosen (Linux's Documentation/devicetree/bindings/chosen.txt).
        assert_eq!(str_of("/chosen", "stdout-path"), "/soc/serial@10000000\0");
        assert_eq!(u32_of("/chosen", "linux,initrd-start"), [0, 0x87c0_0000]);
        assert_eq!(u32_of("/chosen", "linux,initrd-end"), [0, 0x87f0_1234]);
        // The PLIC: contexts M external (11) and S external (9) of the hart's controller.
        let intc = u32_of("/cpus/cpu@0/interrupt-controller", "phandle")[0];
        assert_eq!(
            u32_of("/soc/plic@c000000", "interrupts-extended"),
            [intc, 11, intc, 9]
        );
        assert_eq!(u32_of("/soc/plic@c000000", "riscv,ndev"), [31]);
        let plic = u32_of("/soc/plic@c000000", "phandle")[0];
        // The UART on PLIC source 10, as on QEMU's virt board.
        assert_eq!(str_of("/soc/serial@10000000", "compatible"), "ns16550a\0");
        assert_eq!(u32_of("/soc/serial@10000000", "interrupt-parent"), [plic]);
        assert_eq!(u32_of("/soc/serial@10000000", "interrupts"), [10]);
        // Power off and reboot through the test device.
        let test = u32_of("/soc/test@100000", "phandle")[0];
        assert_eq!(u32_of("/poweroff", "regmap"), [test]);
        assert_eq!(u32_of("/poweroff", "value"), [0x5555]);
        assert_eq!(u32_of("/reboot", "value"), [0x7777]);
        // Flash drives.
        assert_eq!(str_of("/pmem@100000000", "compatible"), "pmem-region\0");
        assert_eq!(u32_of("/pmem@100000000", "reg"), [1, 0, 0, 2 << 20]);
        assert_eq!(u32_of("/pmem@100200000", "reg"), [1, 0x20_0000, 0, 4096]);
    }
}
