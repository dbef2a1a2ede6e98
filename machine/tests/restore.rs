//! The shadow page restores the state it was serialised from, and rejects what a machine
//! cannot hold.

use proptest::prelude::*;
use rivet_machine::{Machine, MachineConfig, Privilege, map, shadow};

fn machine() -> Machine {
    Machine::new(&MachineConfig {
        ram_length: 1 << 20,
        ..MachineConfig::default()
    })
    .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn restore_inverts_serialize(words in prop::collection::vec(any::<u64>(), 80), bytes in any::<[u8; 16]>(), p in 0usize..3, flags in 0u8..4) {
        let mut m = machine();
        let h = &mut m.hart;
        let mut w = words.iter().copied();
        let mut next = || w.next().unwrap();
        for r in 1..32 {
            h.x[r] = next();
        }
        h.pc = next(); h.mcycle = next(); h.minstret = next(); h.mcycle_csr_offset = next();
        h.reservation = next(); h.mstatus = next(); h.mie = next(); h.mip = next();
        h.mtvec = next(); h.mscratch = next(); h.mepc = next(); h.mcause = next();
        h.mtval = next(); h.medeleg = next(); h.mideleg = next(); h.mcounteren = next();
        h.stvec = next(); h.sscratch = next(); h.sepc = next(); h.scause = next();
        h.stval = next(); h.satp = next(); h.scounteren = next();
        h.pmpcfg = bytes;
        for a in h.pmpaddr.iter_mut() {
            *a = next();
        }
        // Keep the fields with rules to values a guest can produce (illegal ones are rejected,
        // see `unreachable_values_are_rejected`).
        h.pc &= !1;
        h.mepc &= !1;
        h.sepc &= !1;
        h.mtvec &= !2;
        h.stvec &= !2;
        h.satp = (h.satp & ((1 << 60) - 1)) | ([0u64, 8, 9, 10][(h.satp >> 60) as usize % 4] << 60);
        if (h.mstatus >> 11) & 3 == 2 {
            h.mstatus ^= 1 << 11;
        }
        h.privilege = [Privilege::User, Privilege::Supervisor, Privilege::Machine][p];
        h.sleeping = flags & 2 != 0;
        m.clint.mtimecmp = next();
        m.clint.msip = next() as u32 & 1;
        m.htif.tohost = next();
        m.htif.fromhost = next();
        if flags & 1 != 0 {
            // Halt through the HTIF device: exit code 3.
            m.htif.tohost = 0;
            m.store::<8>(map::HTIF_START, 7).unwrap();
        }
        let page = shadow::serialize(&m);
        let mut back = machine();
        back.restore_shadow(&page).unwrap();
        prop_assert_eq!(shadow::serialize(&back).to_vec(), page.to_vec());
        prop_assert_eq!(&back.hart, &m.hart);
        prop_assert_eq!(back.halted(), m.halted());
        prop_assert_eq!(back.root_hash(), m.root_hash());
    }
}

#[test]
fn htif_placement_in_ram_is_restored() {
    let mut m = machine();
    m.place_htif(map::RAM_START + 0x1000, map::RAM_START + 0x1008)
        .unwrap();
    let page = shadow::serialize(&m);
    let mut back = machine();
    back.restore_shadow(&page).unwrap();
    assert_eq!(back.htif, m.htif);
    // HTIF in RAM is live: a halt command through it stops the machine.
    back.store::<8>(map::RAM_START + 0x1000, 1).unwrap();
    assert_eq!(back.halted(), Some(0));
}

#[test]
fn bad_shadow_pages_are_rejected() {
    let m = machine();
    let good = shadow::serialize(&m);
    let put = |off: usize, v: u64| {
        let mut p = good;
        p[off..off + 8].copy_from_slice(&v.to_le_bytes());
        p
    };
    let cases = [
        (put(shadow::PRIVILEGE, 2), "privilege"),
        (put(shadow::IFLAGS, 4), "iflags"),
        (put(shadow::X, 1), "x0"),
        (put(shadow::RAM_LENGTH, 2 << 20), "ram_length"),
        (put(shadow::SEMANTICS_VERSION, 999), "semantics_version"),
        (put(shadow::MISA, 0), "misa"),
        (put(shadow::HTIF_PLACEMENT, 2), "htif.placement"),
        (put(shadow::HTIF_TOHOST_ADDR, 0x1001), "htif.tohost_addr"),
        (put(0xf00, 1), "field `reserved`"),
        (put(shadow::UART, 0x10), "uart.ier"),
        (put(shadow::UART + 8 * 7, 2), "uart.thre"),
        (put(shadow::PLIC_PRIORITY, 1), "plic.priority"),
        (put(shadow::PLIC_PRIORITY + 8 * 10, 8), "plic.priority"),
        (put(shadow::PLIC_PENDING, 1), "plic.pending"),
        // Source 10 (the UART) pending while the UART's line is low.
        (put(shadow::PLIC_PENDING, 1 << 10), "plic.pending"),
        (put(shadow::PLIC_ENABLE, 1 << 32), "plic.enable"),
        (put(shadow::PLIC_THRESHOLD + 8, 9), "plic.threshold"),
    ];
    for (page, field) in cases {
        let e = machine().restore_shadow(&page).unwrap_err().to_string();
        assert!(e.contains(field), "{field}: {e}");
    }
    assert!(machine().restore_shadow(&good[..100]).is_err());
}

#[test]
fn unreachable_values_are_rejected() {
    let good = shadow::serialize(&machine());
    for (offset, value, field) in [
        (shadow::PC, 0x8000_0001u64, "pc"),
        (shadow::MEPC, 3, "mepc"),
        (shadow::MTVEC, 2, "mtvec"),
        (shadow::SATP, 15 << 60, "satp"),
        (shadow::MSTATUS, 2 << 11, "mstatus"),
        (shadow::FCSR, 0x100, "fcsr"),
    ] {
        let mut page = good;
        page[offset..offset + 8].copy_from_slice(&value.to_le_bytes());
        let err = machine().restore_shadow(&page).unwrap_err().to_string();
        assert!(err.contains(field), "{field}: {err}");
    }
}

#[test]
fn device_registers_restore() {
    // Drive the UART and PLIC through the bus as a guest would, then restore into a fresh
    // machine: the devices come back equal.
    let mut m = machine();
    let plic = map::PLIC_START;
    let uart = map::UART_START;
    m.store::<4>(plic + 4 * 10, 5).unwrap(); // priority of source 10
    m.store::<4>(plic + 0x2080, 1 << 10).unwrap(); // enable for context 1 (S)
    m.store::<4>(plic + 0x20_1000, 2).unwrap(); // threshold of context 1
    m.store::<1>(uart + 3, 0x83).unwrap(); // LCR: DLAB
    m.store::<1>(uart, 0x0c).unwrap(); // DLL
    m.store::<1>(uart + 3, 0x03).unwrap(); // LCR: 8N1
    m.store::<1>(uart + 2, 0x07).unwrap(); // FCR
    m.store::<1>(uart + 1, 0x02).unwrap(); // IER: ETBEI -> interrupt
    assert_eq!(m.external_interrupts(), 1 << 9, "SEIP from context 1");
    assert_eq!(m.load::<4>(plic + 0x20_1004), Ok(10), "claim");
    assert_eq!(m.external_interrupts(), 0, "claimed");
    m.store::<1>(uart + 7, 0xa5).unwrap(); // SCR
    let page = shadow::serialize(&m);
    let mut back = machine();
    back.restore_shadow(&page).unwrap();
    assert_eq!(back.uart, m.uart);
    assert_eq!(back.plic, m.plic);
    assert_eq!(back.plic.claimed, 1 << 10);
    assert_eq!(back.uart.dll, 0x0c);
    assert_eq!(shadow::serialize(&back), page);
}
