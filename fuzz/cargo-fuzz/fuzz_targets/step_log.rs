//! Step-log decoding and verification: any input decodes and verifies, or fails with a typed
//! error, never a panic, a hang or an unbounded allocation. The first byte picks the mode:
//!
//! - even: the rest is a log file; a log that decodes and verifies must verify to the root
//!   after it names;
//! - odd: the rest is a list of edits (`position: u16 LE` scaled to the log's length,
//!   `xor: u8`) applied to a genuine log of a small program; a log whose bytes changed must be
//!   rejected, by the decoder or by the verifier.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use rivet::interp::step::{decode, encode};
use rivet::{Config, Machine, verify_step};

/// `auipc x2, 1; loop: addi x1, x1, 1; sd x1, 0(x2); ld x3, 8(x2); amoadd.d x4, x1, (x2);
/// j loop`: code in the first RAM page, data in the second.
const PROGRAM: [u32; 6] = [
    0x0000_1117,
    0x0010_8093,
    0x0011_3023,
    0x0081_3183,
    0x0011_322f,
    0xff1f_f06f,
];

/// The encoded log of 300 cycles of [`PROGRAM`] after 50, made once per process.
fn genuine() -> &'static [u8] {
    static LOG: OnceLock<Vec<u8>> = OnceLock::new();
    LOG.get_or_init(|| {
        let code: Vec<u8> = PROGRAM.iter().flat_map(|w| w.to_le_bytes()).collect();
        let mut m = Machine::from_raw_image(
            &Config {
                ram_length: 64 << 10,
                ..Config::default()
            },
            &code,
        )
        .expect("machine");
        m.run(50);
        let log = m.log_step(300).expect("log");
        let bytes = encode(&log);
        let back = decode(&bytes).expect("a genuine log decodes");
        assert_eq!(
            verify_step(&log.root_before, &back).expect("a genuine log verifies"),
            log.root_after
        );
        bytes
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    if mode & 1 == 0 {
        if let Ok(log) = decode(rest) {
            if let Ok(root) = verify_step(&log.root_before, &log) {
                assert_eq!(root, log.root_after);
            }
        }
        return;
    }
    let base = genuine();
    let mut bytes = base.to_vec();
    for edit in rest.chunks_exact(3) {
        let pos = usize::from(u16::from_le_bytes([edit[0], edit[1]])) * bytes.len() / 65536;
        bytes[pos] ^= edit[2];
    }
    if bytes == base {
        return;
    }
    if let Ok(log) = decode(&bytes) {
        let verdict = verify_step(&log.root_before, &log);
        assert!(
            verdict.is_err(),
            "a log with changed bytes verified: {verdict:?}"
        );
    }
});
