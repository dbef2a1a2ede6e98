//! Measures a Linux boot: guest instructions and host time from reset to the first
//! instruction executed in U mode (the first instruction of `/init`), then to the halt.
//!
//! ```sh
//! cargo run --release --example linux_boot_time -- images/fw_jump.bin images/Image images/initrd.cpio
//! ```
//!
//! The first U-mode instruction is found to within [`SLICE`] cycles while timing: the run is
//! split into slices (which changes nothing, see the split invariance of `run`) and the
//! privilege is looked at between them. A second, untimed run then steps through that slice
//! to find the exact instruction.

use std::time::Instant;

use rivet::machine::Privilege;
use rivet::{BreakReason, Config, Machine};

/// Cycles per slice.
const SLICE: u64 = 10_000;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [bios, kernel, initrd] = args.as_slice() else {
        eprintln!("usage: linux_boot_time FW_JUMP.BIN IMAGE INITRD [bootargs from RIVET_BOOTARGS]");
        std::process::exit(64);
    };
    let read = |p: &String| std::fs::read(p).unwrap_or_else(|e| panic!("cannot read {p}: {e}"));
    let config = Config {
        bootargs: std::env::var("RIVET_BOOTARGS")
            .unwrap_or_else(|_| "console=ttyS0 panic=-1 quiet".into()),
        ..Config::default()
    };
    let images = (read(bios), read(kernel), read(initrd));
    let boot = || {
        Machine::from_linux(&config, &images.0, &images.1, Some(&images.2))
            .unwrap_or_else(|e| panic!("cannot build the machine: {e}"))
    };
    let mut m = boot();
    let start = Instant::now();
    let mut user = None;
    let reason = loop {
        let reason = m.run(m.mcycle() + SLICE);
        if user.is_none() && m.hart().privilege == Privilege::User {
            user = Some((m.hart().minstret, m.mcycle(), start.elapsed()));
        }
        if reason != BreakReason::ReachedTarget {
            break reason;
        }
    };
    let total = start.elapsed();
    if let Some((minstret, mcycle, t)) = user {
        let s = t.as_secs_f64();
        println!(
            "first U-mode instruction: by mcycle {mcycle} (minstret {minstret}), {s:.2} s, {:.0} MIPS",
            minstret as f64 / s / 1e6
        );
        // Exact point: replay to the slice before and step.
        let mut exact = boot();
        exact.run(mcycle - SLICE);
        while exact.hart().privilege != Privilege::User {
            exact.step();
        }
        println!(
            "first U-mode instruction exactly: pc {:#x}, minstret {}, mcycle {} (instructions retired before it)",
            exact.hart().pc,
            exact.hart().minstret,
            exact.mcycle()
        );
    }
    let s = total.as_secs_f64();
    println!(
        "end: {reason:?}, minstret {}, mcycle {}, {s:.2} s, {:.0} MIPS",
        m.hart().minstret,
        m.mcycle(),
        m.hart().minstret as f64 / s / 1e6
    );
}
