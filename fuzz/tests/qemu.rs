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
