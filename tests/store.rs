//! Snapshots through the library facade: store → load keeps the root; a run split by a
//! store/load (or by a snapshot/rollback) ends where the run in one go does; bad stored
//! snapshots are clear errors naming what is wrong.

use std::path::{Path, PathBuf};

use rivet::{BreakReason, Config, Machine};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rivet-store-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    let _ = std::fs::remove_dir_all(&path);
    path
}

const GUESTS: &[&str] = &[
    "riscv-tests/guest/build/rv64ui-alu.elf",
    "riscv-tests/guest/build/rv64ua-amo.elf",
    "examples/hello.elf",
];

fn guest(path: &str) -> Machine {
    let elf = std::fs::read(root().join(path)).unwrap();
    Machine::from_elf(
        &Config {
            ram_length: 2 << 20,
            ..Config::default()
        },
        &elf,
    )
    .unwrap()
}

/// Runs to `end` (resuming yields).
fn run_to(m: &mut Machine, end: u64) -> BreakReason {
    loop {
        match m.run(end) {
            BreakReason::Yielded { .. } => continue,
            r => return r,
        }
    }
}

#[test]
fn store_load_keeps_the_root() {
    for (i, g) in GUESTS.iter().enumerate() {
        let mut m = guest(g);
        run_to(&mut m, 200);
        let dir = scratch(&format!("keep-{i}"));
        let stored = m.store(&dir).unwrap();
        assert_eq!(stored, m.root_hash());
        let mut back = Machine::load(&dir).unwrap();
        assert_eq!(back.root_hash(), stored, "{g}");
        assert_eq!(back.hart(), m.hart(), "{g}");
    }
}

#[test]
fn run_n_store_load_run_m_equals_run_n_plus_m() {
    for g in GUESTS {
        let mut whole = guest(g);
        let end_reason = run_to(&mut whole, 1 << 40);
        assert!(
            matches!(end_reason, BreakReason::Halted(0)),
            "{g}: {end_reason:?}"
        );
        let total = whole.mcycle();
        let final_root = whole.root_hash();
        for n in [0, 1, 37, total / 2, total - 1, total] {
            let mut first = guest(g);
            run_to(&mut first, n);
            let dir = scratch("split");
            first.store(&dir).unwrap();
            let mut second = Machine::load(&dir).unwrap();
            assert_eq!(run_to(&mut second, 1 << 40), end_reason, "{g} split at {n}");
            assert_eq!(second.mcycle(), total);
            assert_eq!(second.root_hash(), final_root, "{g} split at {n}");
        }
    }
}

#[test]
fn rollback_restores_the_root_of_a_running_guest() {
    for g in GUESTS {
        let mut m = guest(g);
        run_to(&mut m, 100);
        let root = m.snapshot();
        run_to(&mut m, 1 << 40);
        let final_root = m.root_hash();
        assert_eq!(m.rollback().unwrap(), root);
        assert_eq!(m.root_hash(), root, "{g}");
        assert_eq!(m.mcycle(), 100);
        // Running again from the rolled-back state ends in the same place.
        run_to(&mut m, 1 << 40);
        assert_eq!(m.root_hash(), final_root, "{g}");
    }
}

/// A stored snapshot to break.
fn stored(name: &str) -> PathBuf {
    let mut m = guest(GUESTS[0]);
    run_to(&mut m, 300);
    let dir = scratch(name);
    m.store(&dir).unwrap();
    dir
}

fn load_err(dir: &Path) -> String {
    match Machine::load(dir) {
        Ok(_) => panic!("{} loaded", dir.display()),
        Err(e) => e.to_string(),
    }
}

fn expect(dir: &Path, words: &[&str]) {
    let e = load_err(dir);
    for w in words {
        assert!(e.contains(w), "`{e}` does not mention `{w}`");
    }
}

#[test]
fn truncated_and_resized_range_files_are_rejected() {
    let dir = stored("trunc");
    let ram = dir.join("ram.bin");
    let f = std::fs::OpenOptions::new().write(true).open(&ram).unwrap();
    f.set_len((2 << 20) - 1).unwrap();
    expect(&dir, &["range RAM", "2097151 bytes", "expected 2097152"]);
    f.set_len((2 << 20) + 4096).unwrap();
    expect(&dir, &["range RAM", "expected 2097152"]);
    let dir = stored("trunc-dtb");
    std::fs::write(dir.join("dtb.bin"), b"short").unwrap();
    expect(&dir, &["range DTB", "5 bytes"]);
}

#[test]
fn tampered_range_files_are_rejected_naming_the_range() {
    for (file, offset, range) in [
        ("ram.bin", 0x1234u64, "range RAM"),
        ("ram.bin", (2 << 20) - 1, "range RAM"),
        ("dtb.bin", 0x40, "range DTB"),
        ("shadow.bin", 0x208, "range shadow"),
    ] {
        let dir = stored("tamper");
        let path = dir.join(file);
        let mut bytes = std::fs::read(&path).unwrap();
        bytes[offset as usize] ^= 0x10;
        std::fs::write(&path, &bytes).unwrap();
        expect(&dir, &[range]);
    }
    // A reserved shadow byte cannot be restored.
    let dir = stored("tamper-reserved");
    let path = dir.join("shadow.bin");
    let mut bytes = std::fs::read(&path).unwrap();
    bytes[0xf00] = 1;
    std::fs::write(&path, &bytes).unwrap();
    expect(&dir, &["range shadow", "field `reserved`"]);
}

#[test]
fn config_problems_are_rejected() {
    let dir = stored("version");
    let config = dir.join("config.json");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(&config, text.replace("\"version\": 1", "\"version\": 7")).unwrap();
    expect(&dir, &["version 7", "reads `rivet-snapshot` version 1"]);
    std::fs::write(&config, &text[..text.len() / 2]).unwrap();
    expect(&dir, &["malformed snapshot config"]);
    std::fs::write(
        &config,
        text.replace("\"ram_length\": 2097152", "\"ram_length\": 4194304"),
    )
    .unwrap();
    expect(&dir, &["range list does not match"]);
    let root_field = text.find("\"root_hash\"").unwrap();
    let mut bad_root = text.clone();
    bad_root.replace_range(root_field + 14..root_field + 15, "0");
    bad_root.replace_range(root_field + 15..root_field + 16, "1");
    std::fs::write(&config, bad_root).unwrap();
    expect(&dir, &["root hash mismatch"]);
    std::fs::write(&config, &text).unwrap();
    std::fs::remove_file(dir.join("ram.bin")).unwrap();
    expect(&dir, &["ram.bin"]);
    std::fs::remove_file(&config).unwrap();
    expect(&dir, &["config.json"]);
    expect(&scratch("nowhere"), &["config.json"]);
}

#[test]
fn store_replaces_a_snapshot_but_never_another_directory() {
    let dir = stored("replace");
    let mut m = guest(GUESTS[2]);
    let root = m.store(&dir).unwrap();
    assert_eq!(Machine::load(&dir).unwrap().root_hash(), root);
    let parent = dir.parent().unwrap();
    let leftovers: Vec<_> = std::fs::read_dir(parent)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("replace."))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    let other = scratch("not-a-snapshot");
    std::fs::create_dir_all(&other).unwrap();
    std::fs::write(other.join("precious.txt"), b"keep me").unwrap();
    let e = m.store(&other).unwrap_err().to_string();
    assert!(e.contains("not a rivet snapshot"), "{e}");
    assert_eq!(
        std::fs::read(other.join("precious.txt")).unwrap(),
        b"keep me"
    );
}

#[test]
fn a_config_that_is_not_a_regular_file_is_rejected_at_once() {
    let dir = stored("devzero");
    let config = dir.join("config.json");
    std::fs::remove_file(&config).unwrap();
    std::os::unix::fs::symlink("/dev/zero", &config).unwrap();
    // Reading /dev/zero to its end would never finish.
    expect(&dir, &["config.json", "not a regular file"]);
}

#[test]
fn a_leftover_temporary_directory_is_never_deleted() {
    let mut m = guest(GUESTS[0]);
    run_to(&mut m, 100);
    let dir = scratch("leftover");
    let tmp = dir.with_file_name(format!("leftover.tmp-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).unwrap();
    std::fs::write(tmp.join("precious"), b"user data").unwrap();
    assert!(
        m.store(&dir).is_err(),
        "store must not reuse or delete {}",
        tmp.display()
    );
    assert_eq!(std::fs::read(tmp.join("precious")).unwrap(), b"user data");
    std::fs::remove_dir_all(&tmp).unwrap();
}
