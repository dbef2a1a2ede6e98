//! In-memory snapshots: rollback restores the exact root and state; only written pages are
//! copied.

use proptest::prelude::*;
use rivet_machine::{Machine, MachineConfig, map, shadow};

const RAM: u64 = 256 << 10;

fn machine() -> Machine {
    Machine::new(&MachineConfig {
        ram_length: RAM,
        ..MachineConfig::default()
    })
    .unwrap()
}

fn ram(m: &Machine) -> Vec<u8> {
    let mut buf = vec![0u8; RAM as usize];
    m.read_memory(map::RAM_START, &mut buf).unwrap();
    buf
}

fn dtb(m: &Machine) -> Vec<u8> {
    let mut buf = vec![0u8; map::DTB_LENGTH as usize];
    m.read_memory(map::DTB_START, &mut buf).unwrap();
    buf
}

#[derive(Clone, Debug)]
enum Op {
    Store(u64, u64),
    Host(u64, Vec<u8>),
    Dtb(u64, u8),
    Reg(usize, u64),
    Root,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0..RAM - 8, any::<u64>()).prop_map(|(o, v)| Op::Store(o, v)),
        (0..RAM - 64, prop::collection::vec(any::<u8>(), 1..64)).prop_map(|(o, d)| Op::Host(o, d)),
        (0..map::DTB_LENGTH, any::<u8>()).prop_map(|(o, b)| Op::Dtb(o, b)),
        (1usize..32, any::<u64>()).prop_map(|(r, v)| Op::Reg(r, v)),
        Just(Op::Root),
    ]
}

fn apply(m: &mut Machine, op: &Op) {
    match op {
        Op::Store(o, v) => m.store::<8>(map::RAM_START + o, *v).unwrap(),
        Op::Host(o, d) => m.write_memory(map::RAM_START + o, d).unwrap(),
        Op::Dtb(o, b) => m.write_memory(map::DTB_START + o, &[*b]).unwrap(),
        Op::Reg(r, v) => m.hart.x[*r] = *v,
        Op::Root => {
            m.root_hash();
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn rollback_restores_the_exact_root_and_state(
        before in prop::collection::vec(op(), 0..20),
        after in prop::collection::vec(op(), 0..40),
        again in prop::collection::vec(op(), 0..10),
    ) {
        let mut m = machine();
        for o in &before {
            apply(&mut m, o);
        }
        let root = m.snapshot();
        let (shadow0, ram0, dtb0) = (shadow::serialize(&m), ram(&m), dtb(&m));
        for o in &after {
            apply(&mut m, o);
        }
        let written = after.iter().filter(|o| matches!(o, Op::Store(..) | Op::Host(..) | Op::Dtb(..))).count();
        prop_assert!(m.snapshot_pages() <= 2 * written);
        prop_assert_eq!(m.rollback().unwrap(), root);
        prop_assert_eq!(m.root_hash(), root);
        prop_assert_eq!(shadow::serialize(&m).to_vec(), shadow0.to_vec());
        prop_assert!(ram(&m) == ram0);
        prop_assert!(dtb(&m) == dtb0);
        // The snapshot stays: a second excursion rolls back too.
        for o in &again {
            apply(&mut m, o);
        }
        prop_assert_eq!(m.rollback().unwrap(), root);
        prop_assert_eq!(m.root_hash(), root);
    }
}

#[test]
fn rollback_without_snapshot_is_an_error() {
    let mut m = machine();
    assert!(m.rollback().is_err());
    m.snapshot();
    m.discard_snapshot();
    assert!(!m.has_snapshot());
    assert!(m.rollback().is_err());
}

#[test]
fn snapshot_copies_only_written_pages() {
    let mut m = Machine::new(&MachineConfig {
        ram_length: 1 << 30,
        ..MachineConfig::default()
    })
    .unwrap();
    m.fill_memory(map::RAM_START, 4 << 20, 0x5a).unwrap();
    let root = m.snapshot();
    assert_eq!(m.snapshot_pages(), 0);
    m.store::<8>(map::RAM_START + 0x1000, 1).unwrap();
    m.store::<8>(map::RAM_START + 0x1008, 2).unwrap();
    m.store::<4>(map::RAM_START + 0x3ffe, 3).unwrap(); // spans two pages
    assert_eq!(m.snapshot_pages(), 3);
    assert_eq!(m.rollback().unwrap(), root);
    assert_eq!(m.root_hash(), root);
}
