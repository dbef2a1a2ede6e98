//! Flash drives are committed to the root like RAM: their contents, guest writes (dirty
//! tracking), snapshots and proofs.

use std::path::PathBuf;

use rivet_machine::flash::{FlashConfig, FlashMode};
use rivet_machine::{Machine, MachineConfig, verify_proof};

const START: u64 = 0x1_0000_0000;

fn file(tag: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rivet-flash-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(tag);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn machine(path: PathBuf, mode: FlashMode) -> Machine {
    Machine::new(&MachineConfig {
        ram_length: 1 << 20,
        flash_drives: vec![FlashConfig {
            file: path,
            start: START,
            mode,
        }],
        ..MachineConfig::default()
    })
    .unwrap()
}

#[test]
fn contents_and_writes_reach_the_root() {
    let zeros = machine(file("zeros", &[0; 8192]), FlashMode::Private).root_hash();
    let mut data = vec![0u8; 8192];
    data[4096 + 100] = 0x42;
    let mut m = machine(file("data", &data), FlashMode::Private);
    let root = m.root_hash();
    assert_ne!(root, zeros, "the drive's bytes are committed");
    // A guest store dirties exactly one page and changes the root; undoing it restores it.
    m.store::<1>(START + 4096 + 100, 0).unwrap();
    assert_eq!(m.dirty_pages(), 1);
    assert_eq!(m.root_hash(), zeros);
    m.store::<1>(START + 4096 + 100, 0x42).unwrap();
    assert_eq!(m.root_hash(), root);
    // Misaligned accesses inside the drive work; across its end they fault.
    m.store::<8>(START + 3, 0x1122_3344_5566_7788).unwrap();
    assert_eq!(m.load::<8>(START + 3), Ok(0x1122_3344_5566_7788));
    assert!(m.load::<8>(START + 8192 - 4).is_err());
    // A proof of the written page verifies and carries its hash.
    let proof = m.proof(START, 12).unwrap();
    verify_proof(&proof).unwrap();
    assert_eq!(proof.root_hash, m.root_hash());
}

#[test]
fn snapshot_rollback_restores_drive_contents() {
    let mut m = machine(file("snap", &[5; 4096]), FlashMode::Private);
    let root = m.snapshot();
    m.store::<4>(START + 16, 0xdead_beef).unwrap();
    assert_ne!(m.root_hash(), root);
    assert_eq!(m.rollback().unwrap(), root);
    assert_eq!(m.load::<4>(START + 16), Ok(0x0505_0505));
    assert_eq!(m.root_hash(), root);
}

#[test]
fn read_only_drives_fault_guest_stores_and_the_layout_is_in_the_shadow() {
    let mut m = machine(file("ro", &[9; 4096]), FlashMode::ReadOnly);
    assert!(m.store::<1>(START, 0).is_err());
    assert_eq!(m.load::<1>(START), Ok(9));
    let page = rivet_machine::shadow::serialize(&m);
    let word = |off: usize| u64::from_le_bytes(page[off..off + 8].try_into().unwrap());
    let f = rivet_machine::shadow::FLASH;
    assert_eq!((word(f), word(f + 8), word(f + 16)), (START, 4096, 1));
    // A machine without the drive cannot take that shadow page.
    let mut other = Machine::new(&MachineConfig {
        ram_length: 1 << 20,
        ..MachineConfig::default()
    })
    .unwrap();
    let e = other.restore_shadow(&page).unwrap_err().to_string();
    assert!(e.contains("flash"), "{e}");
}

#[test]
fn htif_cannot_be_placed_in_a_flash_drive() {
    let mut m = machine(file("htif", &[0; 8192]), FlashMode::Private);
    assert!(m.place_htif(START + 0x1000, START + 0x1008).is_err());
    assert!(
        m.place_htif(START + 0x2000, START + 0x2008).is_ok(),
        "just past the drive"
    );
}

#[test]
fn private_and_shared_drives_are_the_same_machine_state() {
    let private = machine(file("p", &[3; 4096]), FlashMode::Private).root_hash();
    let shared = machine(file("s", &[3; 4096]), FlashMode::Shared).root_hash();
    let read_only = machine(file("r", &[3; 4096]), FlashMode::ReadOnly).root_hash();
    assert_eq!(
        private, shared,
        "where writes go on the host is not machine state"
    );
    assert_ne!(private, read_only, "read-only changes what the guest sees");
}
