//! The interpreter against QEMU on a few fixed user-level sequences (skipped, with a
//! message, when QEMU or the cross compiler is missing).

use rivet_fuzz::qemu::{self, DUMP_LINES, QemuResult};

#[test]
fn interpreter_matches_qemu_on_fixed_sequences() {
    if !qemu::available() {
        eprintln!("{} or {} not installed: skipping", qemu::QEMU, qemu::CC);
        return;
    }
    let dir = std::env::temp_dir().join(format!("rivet-fuzz-qemu-test-{}", std::process::id()));
    for seed in 0..4 {
        let (ours, theirs) = qemu::run_both(seed, 150, &dir).expect("built and ran");
        assert_eq!(ours.lines().count(), DUMP_LINES, "rivet's dump:\n{ours}");
        assert_eq!(theirs.lines().count(), DUMP_LINES, "QEMU's dump:\n{theirs}");
        assert_eq!(
            qemu::diff_dumps(&ours, &theirs),
            QemuResult::Agree,
            "seed {seed}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_changed_dump_line_is_named() {
    let dump: Vec<String> = (0..DUMP_LINES).map(|i| format!("{i:016x}")).collect();
    let mut other = dump.clone();
    other[66] = "ffffffffffffffff".into();
    assert_eq!(
        qemu::diff_dumps(&dump.join("\n"), &other.join("\n")),
        QemuResult::Differ {
            what: "data[1]".into(),
            rivet: format!("{:016x}", 66),
            qemu: "ffffffffffffffff".into(),
        }
    );
    assert_eq!(
        qemu::diff_dumps(&dump.join("\n"), &dump[..10].join("\n")),
        QemuResult::Differ {
            what: "dump length (lines)".into(),
            rivet: DUMP_LINES.to_string(),
            qemu: "10".into(),
        }
    );
}

/// A batch prints, for each case, the FNV-1a hash (offset basis 0xcbf29ce484222325, prime
/// 0x100000001b3, over 64-bit words) of exactly the dump the case prints when run alone: every
/// case starts from its own state, whatever the cases before it left. The batch then agrees
/// with QEMU.
#[test]
fn a_batch_prints_the_hash_of_each_case_dump() {
    if !qemu::available() {
        eprintln!("{} or {} not installed: skipping", qemu::QEMU, qemu::CC);
        return;
    }
    let dir = std::env::temp_dir().join(format!("rivet-fuzz-batch-test-{}", std::process::id()));
    let seeds = [21, 22, 23, 24, 25, 26];
    let elf = qemu::build(&qemu::batch_source(&seeds, 150), &dir, "batch").expect("built");
    let ours = qemu::run_rivet(&elf, 64 << 20, 10_000_000).expect("ran");
    let lines: Vec<&str> = ours.lines().collect();
    assert_eq!(
        lines.len(),
        seeds.len(),
        "rivet's output:\n{}",
        &ours[..ours.len().min(2000)]
    );
    for (k, &seed) in seeds.iter().enumerate() {
        let single = qemu::build(&qemu::source(seed, 150), &dir, "single").expect("built");
        let dump = qemu::run_rivet(&single, 64 << 20, 10_000_000).expect("ran");
        assert_eq!(dump.lines().count(), DUMP_LINES);
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for line in dump.lines() {
            let w = u64::from_str_radix(line, 16).expect("a hex word");
            h = (h ^ w).wrapping_mul(0x0000_0100_0000_01b3);
        }
        assert_eq!(lines[k], format!("{h:016x}"), "case {k} (seed {seed})");
    }
    assert_eq!(
        qemu::compare_batch(&seeds, 150, &dir, "batch").expect("ran"),
        Vec::<usize>::new()
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// A batch of 1000 fixed sequences agrees with QEMU (about two seconds; the campaigns run
/// millions: docs/fuzzing.md).
#[test]
fn a_thousand_sequences_agree_with_qemu() {
    if !qemu::available() {
        eprintln!("{} or {} not installed: skipping", qemu::QEMU, qemu::CC);
        return;
    }
    let dir = std::env::temp_dir().join(format!("rivet-fuzz-qemu-1000-{}", std::process::id()));
    let seeds: Vec<u64> = (0..1000)
        .map(|i| rivet_fuzz::rng::case_seed(0xc1, i))
        .collect();
    let differ = qemu::compare_batch(&seeds, 200, &dir, "batch").expect("ran");
    for &k in &differ {
        eprintln!(
            "case seed {:#x}: {:?}",
            seeds[k],
            qemu::compare(seeds[k], 200, &dir)
        );
    }
    assert!(differ.is_empty(), "{} cases differ", differ.len());
    let _ = std::fs::remove_dir_all(&dir);
}
