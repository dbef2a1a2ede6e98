//! The translation cache is invisible (DESIGN §3.5): a store that rewrites a PTE changes the
//! very next access's translation, without `sfence.vma`, exactly as if every access walked the
//! page table.

use rivet_interp::Interpreter;
use rivet_machine::map::RAM_START;
use rivet_machine::{Machine, MachineConfig, Privilege};

const V: u64 = 1;
const R: u64 = 2;
const W: u64 = 4;
const X: u64 = 8;
const A: u64 = 64;
const D: u64 = 128;

fn pte(paddr: u64, flags: u64) -> u64 {
    ((paddr >> 12) << 10) | flags
}

const ROOT: u64 = RAM_START + 0x10000;
const L1: u64 = RAM_START + 0x11000;
const L0: u64 = RAM_START + 0x12000;
const PAGE_A: u64 = RAM_START + 0x20000;
const PAGE_B: u64 = RAM_START + 0x21000;

/// S mode, Sv39: RAM identity-mapped by a gigapage; VA 0x1000 mapped to `PAGE_A` by a 4 KiB
/// page through `L1` and `L0`.
fn machine(program: &[u32]) -> Machine {
    let mut m = Machine::new(&MachineConfig {
        ram_length: 1 << 20,
        ..MachineConfig::default()
    })
    .unwrap();
    let image: Vec<u8> = program.iter().flat_map(|w| w.to_le_bytes()).collect();
    m.load_raw_image(&image).unwrap();
    let mut put = |addr: u64, value: u64| m.write_memory(addr, &value.to_le_bytes()).unwrap();
    put(ROOT + 2 * 8, pte(RAM_START, V | R | W | X | A | D));
    put(ROOT, pte(L1, V));
    put(L1, pte(L0, V));
    put(L0 + 8, pte(PAGE_A, V | R | W | A | D));
    put(PAGE_A, 0xaaaa);
    put(PAGE_B, 0xbbbb);
    m.hart.satp = (8 << 60) | (ROOT >> 12);
    m.hart.privilege = Privilege::Supervisor;
    // PMP entry 0: NAPOT over everything, RWX (S mode needs a matching entry).
    m.hart.pmpaddr[0] = (1 << 54) - 1;
    m.hart.pmpcfg[0] = 0x1f;
    m.hart.x[5] = 0x1000; // t0: the virtual address
    m.hart.x[6] = L0 + 8; // t1: the PTE, through the identity gigapage
    m.hart.x[7] = pte(PAGE_B, V | R | W | A | D); // t2: the new PTE
    m
}

#[test]
fn rewritten_pte_takes_effect_at_the_next_access() {
    // ld a0, 0(t0); sd t2, 0(t1); ld a1, 0(t0)
    let mut m = machine(&[0x0002_b503, 0x0073_3023, 0x0002_b583]);
    Interpreter::new().run(&mut m, 3);
    assert_eq!(m.hart.mcycle, 3);
    assert_eq!(m.hart.x[10], 0xaaaa, "before the PTE write");
    assert_eq!(m.hart.x[11], 0xbbbb, "after it, without sfence.vma");
}

#[test]
fn host_pte_write_takes_effect_too() {
    // ld a0, 0(t0); ld a1, 0(t0)
    let mut m = machine(&[0x0002_b503, 0x0002_b583]);
    let mut interp = Interpreter::new();
    interp.run(&mut m, 1);
    assert_eq!(m.hart.x[10], 0xaaaa);
    m.write_memory(L0 + 8, &pte(PAGE_B, V | R | W | A | D).to_le_bytes())
        .unwrap();
    interp.run(&mut m, 2);
    assert_eq!(m.hart.x[11], 0xbbbb);
}

#[test]
fn context_change_by_the_host_is_seen() {
    // ld a0, 0(t0); ld a1, 0(t0): between them the host switches to a root table whose
    // 4 KiB mapping points at PAGE_B.
    let mut m = machine(&[0x0002_b503, 0x0002_b583]);
    let mut interp = Interpreter::new();
    interp.run(&mut m, 1);
    let root2 = RAM_START + 0x13000;
    let l1b = RAM_START + 0x14000;
    let l0b = RAM_START + 0x15000;
    for (addr, value) in [
        (root2 + 16, pte(RAM_START, V | R | W | X | A | D)),
        (root2, pte(l1b, V)),
        (l1b, pte(l0b, V)),
        (l0b + 8, pte(PAGE_B, V | R | W | A | D)),
    ] {
        m.write_memory(addr, &value.to_le_bytes()).unwrap();
    }
    m.hart.satp = (8 << 60) | (root2 >> 12);
    interp.run(&mut m, 2);
    assert_eq!(m.hart.x[10], 0xaaaa);
    assert_eq!(m.hart.x[11], 0xbbbb);
}
