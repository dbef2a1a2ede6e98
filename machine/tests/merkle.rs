//! The Merkle root and proofs against an independent, naive implementation written here:
//! a full rebuild from the raw bytes of every range over the whole 2^64-byte space, with its
//! own Keccak-256 calls and its own pristine table.

use proptest::prelude::*;
use rivet_machine::merkle::{Hash, Proof, verify_proof};
use rivet_machine::{Machine, MachineConfig, map, shadow};
use sha3::{Digest, Keccak256};

fn keccak(data: &[u8]) -> [u8; 32] {
    Keccak256::digest(data).into()
}

/// The naive tree: the raw bytes of each committed range, and its own pristine hashes.
struct Naive {
    regions: Vec<(u64, Vec<u8>)>,
    pristine: Vec<[u8; 32]>,
}

impl Naive {
    fn of(m: &Machine) -> Self {
        let mut dtb = vec![0u8; map::DTB_LENGTH as usize];
        m.read_memory(map::DTB_START, &mut dtb).unwrap();
        let mut ram = vec![0u8; m.ram_length() as usize];
        m.read_memory(map::RAM_START, &mut ram).unwrap();
        let mut pristine = vec![[0u8; 32]; 65];
        pristine[5] = keccak(&[0u8; 32]);
        for k in 6..=64 {
            pristine[k] = keccak(&[pristine[k - 1], pristine[k - 1]].concat());
        }
        Naive {
            regions: vec![
                (map::SHADOW_START, shadow::serialize(m).to_vec()),
                (map::DTB_START, dtb),
                (map::RAM_START, ram),
            ],
            pristine,
        }
    }

    /// The bytes of [addr, addr + 2^log2) that some region holds, or None if none does.
    fn bytes(&self, addr: u64, log2: u32) -> Option<Vec<u8>> {
        let end = addr as u128 + (1u128 << log2);
        let mut touched = false;
        let mut out = Vec::new();
        for (start, data) in &self.regions {
            let r_end = *start as u128 + data.len() as u128;
            if (*start as u128) < end && (addr as u128) < r_end {
                touched = true;
                if log2 <= 20 {
                    out.resize(1 << log2, 0);
                    for i in 0..(1u64 << log2) {
                        let a = addr + i;
                        if a >= *start && ((a - start) as usize) < data.len() {
                            out[i as usize] = data[(a - start) as usize];
                        }
                    }
                }
            }
        }
        touched.then_some(out)
    }

    fn hash(&self, addr: u64, log2: u32) -> [u8; 32] {
        let Some(bytes) = self.bytes(addr, log2) else {
            return self.pristine[log2 as usize];
        };
        if !bytes.is_empty() && bytes.iter().all(|&b| b == 0) {
            return self.pristine[log2 as usize];
        }
        if log2 == 5 {
            return keccak(&bytes);
        }
        let half = 1u64 << (log2 - 1);
        let left = self.hash(addr, log2 - 1);
        let right = self.hash(addr + half, log2 - 1);
        keccak(&[left, right].concat())
    }
}

fn machine(ram: u64) -> Machine {
    Machine::new(&MachineConfig {
        ram_length: ram,
        ..MachineConfig::default()
    })
    .unwrap()
}

const RAM: u64 = 64 << 10;

#[test]
fn fresh_machine_root_equals_naive() {
    let mut m = machine(RAM);
    let naive = Naive::of(&m);
    assert_eq!(m.root_hash().0, naive.hash(0, 64));
}

#[test]
fn known_answers_through_the_machine() {
    let mut m = machine(RAM);
    // A proof of an untouched RAM page has the pristine page hash as its target.
    let p = m.proof(map::RAM_START + 0x2000, 12).unwrap();
    assert_eq!(
        p.target_hash.to_hex(),
        "292c23a9aa1d8bea7e2435e555a4a60e379a5a35f3f452bae60121073fb6eead"
    );
    let p = m.proof(map::RAM_START + 0x40, 5).unwrap();
    assert_eq!(
        p.target_hash.to_hex(),
        "290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563"
    );
    // A proof of the whole space is the root itself, with no siblings.
    let p = m.proof(0, 64).unwrap();
    assert!(p.sibling_hashes.is_empty());
    assert_eq!(p.target_hash, p.root_hash);
    verify_proof(&p).unwrap();
}

#[test]
fn fresh_large_machine_reads_no_ram() {
    // 1 GiB: only the DTB pages (host-written) are dirty; RAM is never read.
    let mut m = machine(1 << 30);
    assert!(m.dirty_pages() <= 256 + 1, "{} dirty", m.dirty_pages());
    let t = std::time::Instant::now();
    let root = m.root_hash();
    assert!(t.elapsed().as_secs_f64() < 1.0, "{:?}", t.elapsed());
    assert_eq!(m.dirty_pages(), 0);
    // The same state with a small RAM differs only in the shadow (ram_length) and the DTB.
    assert_ne!(root, Hash::default());
}

/// One random change to the machine.
#[derive(Clone, Debug)]
enum Change {
    Reg(usize, u64),
    Pc(u64),
    Csr(u8, u64),
    Store(u64, u8, u64),
    Host(u64, Vec<u8>),
    Dtb(u64, Vec<u8>),
    Root,
}

fn change() -> impl Strategy<Value = Change> {
    prop_oneof![
        (1usize..32, any::<u64>()).prop_map(|(r, v)| Change::Reg(r, v)),
        any::<u64>().prop_map(Change::Pc),
        (0u8..6, any::<u64>()).prop_map(|(c, v)| Change::Csr(c, v)),
        (0..RAM, 0u8..4, any::<u64>()).prop_map(|(o, s, v)| Change::Store(o, s, v)),
        (0..RAM, prop::collection::vec(any::<u8>(), 1..300)).prop_map(|(o, d)| Change::Host(o, d)),
        (
            0..map::DTB_LENGTH,
            prop::collection::vec(any::<u8>(), 1..64)
        )
            .prop_map(|(o, d)| Change::Dtb(o, d)),
        Just(Change::Root),
    ]
}

fn apply(m: &mut Machine, c: &Change) {
    match *c {
        Change::Reg(r, v) => m.hart.x[r] = v,
        Change::Pc(v) => m.hart.pc = v,
        Change::Csr(c, v) => match c {
            0 => m.hart.mscratch = v,
            1 => m.hart.mtvec = v,
            2 => m.hart.satp = v,
            3 => m.hart.mepc = v,
            4 => m.hart.sscratch = v,
            _ => m.clint.mtimecmp = v,
        },
        Change::Store(off, size, v) => {
            let len = 1u64 << size;
            let a = map::RAM_START + off.min(RAM - len);
            match size {
                0 => m.store::<1>(a, v),
                1 => m.store::<2>(a, v),
                2 => m.store::<4>(a, v),
                _ => m.store::<8>(a, v),
            }
            .unwrap();
        }
        Change::Host(off, ref d) => {
            let off = off.min(RAM - d.len() as u64);
            m.write_memory(map::RAM_START + off, d).unwrap();
        }
        Change::Dtb(off, ref d) => {
            let off = off.min(map::DTB_LENGTH - d.len() as u64);
            m.write_memory(map::DTB_START + off, d).unwrap();
        }
        Change::Root => {
            m.root_hash();
        }
    }
}

/// Flips bit `bit` of the proof's serialised fields (address, sizes, hashes).
fn flip(p: &Proof, which: usize, bit: usize) -> Proof {
    let mut q = p.clone();
    let hashes = 2 + q.sibling_hashes.len();
    match which % (3 + hashes) {
        0 => q.target_address ^= 1 << (bit % 64),
        1 => q.log2_target_size ^= 1 << (bit % 7),
        2 => q.log2_root_size ^= 1 << (bit % 7),
        3 => q.target_hash.0[(bit / 8) % 32] ^= 1 << (bit % 8),
        4 => q.root_hash.0[(bit / 8) % 32] ^= 1 << (bit % 8),
        i => q.sibling_hashes[i - 5].0[(bit / 8) % 32] ^= 1 << (bit % 8),
    }
    q
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn incremental_root_equals_full_rebuild(changes in prop::collection::vec(change(), 1..40)) {
        let mut m = machine(RAM);
        for c in &changes {
            apply(&mut m, c);
        }
        let root = m.root_hash();
        prop_assert_eq!(root.0, Naive::of(&m).hash(0, 64));
        prop_assert_eq!(m.dirty_pages(), 0);
    }

    #[test]
    fn proofs_verify_match_the_naive_tree_and_break_on_any_bit(
        changes in prop::collection::vec(change(), 0..20),
        where_ in prop_oneof![
            (0..RAM).prop_map(|o| map::RAM_START + o),
            (0..map::DTB_LENGTH).prop_map(|o| map::DTB_START + o),
            (0..4096u64),
            any::<u64>(),
        ],
        log2 in 5u32..=64,
        which in any::<usize>(),
        bit in any::<usize>(),
    ) {
        let mut m = machine(RAM);
        for c in &changes {
            apply(&mut m, c);
        }
        let addr = if log2 == 64 { 0 } else { where_ & !((1u64 << log2) - 1) };
        let p = m.proof(addr, log2).unwrap();
        prop_assert!(verify_proof(&p).is_ok());
        let naive = Naive::of(&m);
        prop_assert_eq!(p.root_hash.0, naive.hash(0, 64));
        prop_assert_eq!(p.target_hash.0, naive.hash(addr, log2));
        prop_assert_eq!(p.sibling_hashes.len(), 64 - log2 as usize);
        let q = flip(&p, which, bit);
        if verify_proof(&q).is_ok() {
            // A proof that still verifies must state something true. Flipping an address bit
            // can name another range with the same contents and the same sibling path (two
            // pristine neighbours hash alike, so their order does not show); any other flip
            // must be rejected.
            let aligned = log2 == 64 || q.target_address & ((1u64 << log2) - 1) == 0;
            prop_assert!(
                q.target_address != p.target_address
                    && aligned
                    && naive.hash(q.target_address, log2) == q.target_hash.0,
                "flipped proof verified but is false: {:?}",
                q
            );
        }
    }
}

#[test]
fn proof_json_round_trips_and_rejects_corruption() {
    let mut m = machine(RAM);
    m.write_memory(map::RAM_START + 0x100, b"hello").unwrap();
    let p = m.proof(map::RAM_START + 0x100, 5).unwrap();
    let json = serde_json::to_string(&p).unwrap();
    assert!(json.contains("\"target_address\":\"0x80000100\""), "{json}");
    let back: Proof = serde_json::from_str(&json).unwrap();
    assert_eq!(back, p);
    for bad in [
        json.replace("0x80000100", "80000100"),
        json.replace("\"log2_target_size\":5", "\"log2_target_size\":\"5\""),
        json[..json.len() / 2].to_string(),
        json.replacen(&p.root_hash.to_hex(), "zz", 1),
    ] {
        assert!(serde_json::from_str::<Proof>(&bad).is_err(), "{bad}");
    }
}

#[test]
fn bad_proof_requests_are_errors() {
    let mut m = machine(RAM);
    assert!(m.proof(0x1001, 12).is_err());
    assert!(m.proof(0, 4).is_err());
    assert!(m.proof(0, 65).is_err());
}
