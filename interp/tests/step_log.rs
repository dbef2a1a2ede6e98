//! Step logs on a small hand-written program: the pages logged, verification, tampering (every
//! changed byte is rejected with an error) and malformed input.

use proptest::prelude::*;
use rivet_interp::Interpreter;
use rivet_interp::step::format::{FormatError, HEADER_LEN, MAX_PAGES};
use rivet_interp::step::{StepLog, VerifyError, decode, encode, record, verify_step};
use rivet_machine::map::RAM_START;
use rivet_machine::{Machine, MachineConfig};

/// `auipc x2, 1; loop: addi x1, x1, 1; sd x1, 0(x2); ld x3, 8(x2); j loop`: code in the first
/// RAM page, data in the second.
const PROGRAM: [u32; 5] = [
    0x0000_1117,
    0x0010_8093,
    0x0011_3023,
    0x0081_3183,
    0xff5f_f06f,
];

fn machine() -> Machine {
    let mut m = Machine::new(&MachineConfig {
        ram_length: 1 << 20,
        ..MachineConfig::default()
    })
    .unwrap();
    let code: Vec<u8> = PROGRAM.iter().flat_map(|w| w.to_le_bytes()).collect();
    m.load_raw_image(&code).unwrap();
    m
}

/// A machine run `start` cycles by the interpreter.
fn machine_at(start: u64) -> Machine {
    let mut m = machine();
    Interpreter::new().run(&mut m, start);
    m
}

fn log(start: u64, n: u64) -> StepLog {
    record(&mut machine_at(start), n).unwrap()
}

#[test]
fn a_log_holds_the_shadow_code_and_data_pages_and_verifies() {
    for (start, n) in [(0, 1), (0, 10), (3, 1000), (57, 10)] {
        let mut m = machine_at(start);
        let root_before = m.root_hash();
        let log = record(&mut m, n).unwrap();
        assert_eq!(log.cycles, n);
        assert_eq!(log.root_before, root_before);
        let pages: Vec<u64> = log.pages.iter().map(|p| p.ppn << 12).collect();
        if start == 0 && n == 1 {
            // auipc touches only its own code page.
            assert_eq!(pages, vec![0, RAM_START]);
        } else {
            assert_eq!(pages, vec![0, RAM_START, RAM_START + 0x1000]);
        }
        // The clock moved by n; the log's root after is the machine's.
        assert_eq!(m.hart.mcycle, start + n);
        assert_eq!(log.root_after, m.root_hash());
        // An independent machine run straight to the same cycle has that root too.
        assert_eq!(machine_at(start + n).root_hash(), log.root_after);
        assert_eq!(verify_step(&root_before, &log).unwrap(), log.root_after);
        assert_eq!(decode(&encode(&log)).unwrap(), log);
    }
}

#[test]
fn log_size_for_one_cycle() {
    let bytes = encode(&log(0, 1));
    // Header, 2 page numbers, 2 pages and the siblings: pages 0 and 0x80000 (RAM start) have
    // distinct ancestors at levels 12..30 (one sibling each), are siblings of each other at
    // level 31 (none), and share one ancestor at levels 32..63 (one sibling each).
    let siblings = (bytes.len() - HEADER_LEN - 2 * (8 + 4096)) / 32;
    assert_eq!(siblings, 2 * 19 + 32);
    assert_eq!(bytes.len(), HEADER_LEN + 2 * (8 + 4096) + 70 * 32);
}

#[test]
fn wrong_root_before_is_rejected() {
    let log = log(5, 10);
    let err = verify_step(&log.root_after, &log).unwrap_err();
    assert!(
        matches!(err, VerifyError::RootBeforeMismatch { .. }),
        "{err}"
    );
}

#[test]
fn the_log_must_hold_exactly_the_pages_the_replay_accesses() {
    // A well-formed multiproof of fewer pages: the replay reads the data page anyway.
    let mut short = log(5, 10);
    let data = short.pages.remove(2);
    assert_eq!(data.ppn << 12, RAM_START + 0x1000);
    short.siblings = machine_at(5).multiproof_siblings(&[0, RAM_START >> 12]);
    let err = verify_step(&short.root_before.clone(), &short).unwrap_err();
    assert!(
        matches!(err, VerifyError::PageNotInLog { addr } if addr == RAM_START + 0x1000),
        "{err}"
    );
    // One page more (proven, but never accessed).
    let mut long = log(5, 10);
    let extra = RAM_START + 0x3000;
    long.pages.push(rivet_interp::step::LoggedPage {
        ppn: extra >> 12,
        data: Box::new([0; 4096]),
    });
    long.siblings = machine_at(5).multiproof_siblings(&[
        0,
        RAM_START >> 12,
        (RAM_START >> 12) + 1,
        extra >> 12,
    ]);
    let err = verify_step(&long.root_before.clone(), &long).unwrap_err();
    assert!(
        matches!(err, VerifyError::PageNotAccessed { addr } if addr == extra),
        "{err}"
    );
}

#[test]
fn a_claimed_root_after_must_match_the_replay() {
    let mut log = log(5, 10);
    log.root_after.0[0] ^= 1;
    let err = verify_step(&log.root_before.clone(), &log).unwrap_err();
    assert!(
        matches!(err, VerifyError::RootAfterMismatch { .. }),
        "{err}"
    );
}

#[test]
fn more_cycles_than_logged_is_rejected() {
    let mut log = log(5, 10);
    log.cycles = 11;
    let err = verify_step(&log.root_before.clone(), &log).unwrap_err();
    assert!(
        matches!(err, VerifyError::RootAfterMismatch { .. }),
        "{err}"
    );
    log.cycles = 1 << 40;
    let err = verify_step(&log.root_before.clone(), &log).unwrap_err();
    assert!(matches!(err, VerifyError::Cycles(_)), "{err}");
}

#[test]
fn malformed_logs_are_rejected_with_clear_errors() {
    let good = encode(&log(5, 10));
    // Truncated anywhere.
    for len in [
        0,
        7,
        8,
        HEADER_LEN - 1,
        HEADER_LEN,
        HEADER_LEN + 8,
        good.len() - 1,
    ] {
        let err = decode(&good[..len]).unwrap_err();
        assert!(matches!(err, FormatError::Truncated { .. }), "{len}: {err}");
        assert!(err.to_string().contains("truncated"), "{err}");
    }
    // Trailing bytes.
    let mut long = good.clone();
    long.push(0);
    assert_eq!(
        decode(&long).unwrap_err(),
        FormatError::TrailingBytes { extra: 1 }
    );
    // Magic, version, reserved word.
    let mut bad = good.clone();
    bad[0] = b'X';
    assert_eq!(decode(&bad).unwrap_err(), FormatError::BadMagic);
    let mut bad = good.clone();
    bad[8] = 2;
    let err = decode(&bad).unwrap_err();
    assert_eq!(err, FormatError::UnsupportedVersion { found: 2 });
    assert!(err.to_string().contains("version 2"), "{err}");
    let mut bad = good.clone();
    bad[12] = 1;
    assert_eq!(decode(&bad).unwrap_err(), FormatError::Reserved(1));
    // Absurd counts are refused before anything is allocated.
    let mut bad = good.clone();
    bad[88..92].copy_from_slice(&u32::MAX.to_le_bytes());
    assert_eq!(
        decode(&bad).unwrap_err(),
        FormatError::PageCount { count: u32::MAX }
    );
    let mut bad = good.clone();
    bad[88..92].copy_from_slice(&0u32.to_le_bytes());
    assert_eq!(
        decode(&bad).unwrap_err(),
        FormatError::PageCount { count: 0 }
    );
    let mut bad = good.clone();
    bad[88..92].copy_from_slice(&MAX_PAGES.to_le_bytes());
    assert!(matches!(
        decode(&bad).unwrap_err(),
        FormatError::Truncated { .. }
    ));
    let mut bad = good.clone();
    bad[92..96].copy_from_slice(&u32::MAX.to_le_bytes());
    assert!(matches!(
        decode(&bad).unwrap_err(),
        FormatError::SiblingCount { .. }
    ));
    // Pages out of order, and no shadow page first.
    let mut bad = good.clone();
    bad[HEADER_LEN + 8..HEADER_LEN + 16].copy_from_slice(&0u64.to_le_bytes());
    assert!(matches!(decode(&bad).unwrap_err(), FormatError::Pages(_)));
    let mut bad = good.clone();
    bad[HEADER_LEN..HEADER_LEN + 8].copy_from_slice(&1u64.to_le_bytes());
    assert!(matches!(
        decode(&bad).unwrap_err(),
        FormatError::NoShadowPage(1)
    ));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Any changed byte (a value, a page number, a sibling, n, a root, a count) makes the
    /// log malformed or rejected.
    #[test]
    fn every_tampered_byte_is_rejected(pos in any::<prop::sample::Index>(), flip in 1u8..=255) {
        let log = log(7, 20);
        let mut bytes = encode(&log);
        let at = pos.index(bytes.len());
        bytes[at] ^= flip;
        let verdict = decode(&bytes).map_err(|e| e.to_string()).and_then(|tampered| {
            verify_step(&log.root_before, &tampered).map_err(|e| e.to_string())
        });
        let err = verdict.expect_err("a tampered log verified");
        prop_assert!(!err.is_empty());
    }

    /// Changed bytes in the header fields (where most structure lives) in particular.
    #[test]
    fn tampered_headers_are_rejected(at in 0usize..HEADER_LEN + 24, flip in 1u8..=255) {
        let log = log(7, 20);
        let mut bytes = encode(&log);
        bytes[at] ^= flip;
        let verdict = decode(&bytes).map_err(|e| e.to_string()).and_then(|tampered| {
            verify_step(&log.root_before, &tampered).map_err(|e| e.to_string())
        });
        prop_assert!(verdict.is_err());
    }
}

/// Reads the read-only input drive and adds it into a word of the writable output drive, then
/// stores into the input drive (a store access fault; `mtvec` is the loop, so it repeats):
/// `auipc t0, 0x100; auipc t1, 0x200; addi t1, t1, -4; auipc t3, 0; addi t3, t3, 12;
/// csrw mtvec, t3; loop: ld t4, 0(t0); ld t2, 0(t1); add t2, t2, t4; sd t2, 0(t1);
/// sd t2, 8(t0); j loop` (words from riscv64-unknown-elf-as).
const FLASH_PROGRAM: [u32; 12] = [
    0x0010_0297,
    0x0020_0317,
    0xffc3_0313,
    0x0000_0e17,
    0x00ce_0e13,
    0x305e_1073,
    0x0002_be83,
    0x0003_3383,
    0x01d3_83b3,
    0x0073_3023,
    0x0072_b423,
    0xfedf_f06f,
];

/// Machines with flash drives are logged, and the verifier rebuilds their drives from the
/// shadow page (anonymous memory at the same places, read-only where the machine's is): the
/// logs verify to the machine's own roots. The faulting stores into the read-only drive show
/// the flag is honoured (a writable rebuilt drive would take them and end at another root).
#[test]
fn logs_of_machines_with_flash_drives_verify() {
    use rivet_machine::flash::{FlashConfig, FlashMode};
    let dir = std::env::temp_dir().join(format!("rivet-step-flash-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join("input.img");
    let output = dir.join("output.img");
    let mut bytes = vec![0u8; 4096];
    bytes[..8].copy_from_slice(&7u64.to_le_bytes());
    std::fs::write(&input, &bytes).unwrap();
    std::fs::write(&output, vec![0u8; 8192]).unwrap();
    let config = MachineConfig {
        ram_length: 1 << 20,
        flash_drives: vec![
            FlashConfig {
                file: input.clone(),
                start: RAM_START + 0x10_0000,
                mode: FlashMode::ReadOnly,
            },
            FlashConfig {
                file: output.clone(),
                start: RAM_START + 0x20_0000,
                mode: FlashMode::Private,
            },
        ],
        ..MachineConfig::default()
    };
    let code: Vec<u8> = FLASH_PROGRAM.iter().flat_map(|w| w.to_le_bytes()).collect();
    for (start, n) in [(0, 1), (0, 12), (6, 1000), (100, 10)] {
        let mut m = Machine::new(&config).unwrap();
        m.load_raw_image(&code).unwrap();
        Interpreter::new().run(&mut m, start);
        let root_before = m.root_hash();
        let log = record(&mut m, n).unwrap();
        let pages: Vec<u64> = log.pages.iter().map(|p| p.ppn << 12).collect();
        if n >= 12 {
            // Both drives' first pages are read (and the output one written).
            assert!(pages.contains(&(RAM_START + 0x10_0000)), "{pages:x?}");
            assert!(pages.contains(&(RAM_START + 0x20_0000)), "{pages:x?}");
        }
        assert_eq!(log.root_after, m.root_hash());
        assert_eq!(verify_step(&root_before, &log).unwrap(), log.root_after);
        assert_eq!(decode(&encode(&log)).unwrap(), log);
    }
    // The output word after 20 iterations: 6 setup cycles, then 5 per iteration (4 retired
    // instructions and the trap of the faulting store, which does not retire), each adding 7.
    let mut m = Machine::new(&config).unwrap();
    m.load_raw_image(&code).unwrap();
    Interpreter::new().run(&mut m, 6 + 5 * 20);
    let mut word = [0u8; 8];
    m.read_memory(RAM_START + 0x20_0000, &mut word).unwrap();
    assert_eq!(u64::from_le_bytes(word), 7 * 20);
    let _ = std::fs::remove_dir_all(&dir);
}
