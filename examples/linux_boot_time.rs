//! Measures a Linux boot: guest instructions and host time from reset to the first
//! instruction executed in U mode (the first instruction of `/init`), then to the halt.
//!
//! ```sh
//! cargo run --release --example linux_boot_time -- images/fw_jump.bin images/Image images/initrd.cpio
//! ```
//!
//! The first U-mode instruction is found to within [`SLICE`] cycles: the run is split into
//! slices (which changes nothing, see the split invariance of `run`) and the privilege is
//! looked at between them.

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
    let mut m = Machine::from_linux(&config, &read(bios), &read(kernel), Some(&read(initrd)))
        .unwrap_or_else(|e| panic!("cannot build the machine: {e}"));
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
            "first U-mode instruction: minstret {minstret}, mcycle {mcycle} (within {SLICE}), {s:.2} s, {:.0} MIPS",
            minstret as f64 / s / 1e6
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
