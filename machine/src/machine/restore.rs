//! Restoring the hart and device state from a shadow state page (the inverse of
//! [`crate::shadow::serialize`]), for loading stored snapshots.

#[allow(unused_imports)]
use crate::prelude::*;

use super::Machine;
use crate::hart::Privilege;
use crate::htif::HtifPlacement;
use crate::shadow::{self, *};

/// Why a shadow page cannot be restored.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RestoreError {
    /// The page is not 4 KiB.
    #[error("the shadow page has {0} bytes, not 4096")]
    Size(usize),
    /// A field holds a value the machine cannot take.
    #[error("shadow field `{field}` (offset {offset:#x}) is invalid: {why}")]
    Field {
        /// Field name.
        field: &'static str,
        /// Byte offset.
        offset: usize,
        /// What is wrong.
        why: String,
    },
    /// After restoring, the page does not serialise back to the same bytes: a constant,
    /// reserved area or field this version of rivet does not restore holds other bytes.
    #[error(
        "shadow field `{field}` (offset {offset:#x}) holds a value this machine cannot have (reserved, constant or inconsistent)"
    )]
    NotRoundTrip {
        /// Name of the layout entry holding the first differing byte.
        field: &'static str,
        /// Offset of the first differing byte.
        offset: usize,
    },
}

/// Name of the layout entry covering byte `offset`.
fn field_name(offset: usize) -> &'static str {
    shadow::FIELDS
        .iter()
        .find(|f| f.offset <= offset && offset < f.offset + 8 * f.words)
        .map_or("unassigned", |f| f.name)
}

impl Machine {
    /// Sets the hart and device state from a shadow page (as made by
    /// [`crate::shadow::serialize`]): registers, CSRs, counters, privilege, run state, CLINT
    /// and HTIF (moving HTIF, and so rewriting the device tree, if its placement differs).
    /// Memory is not touched otherwise. Fails, naming the field, if a value is invalid or the
    /// page does not serialise back to the same bytes (e.g. a different RAM length or
    /// semantics version, or non-zero reserved bytes).
    pub fn restore_shadow(&mut self, page: &[u8]) -> Result<(), RestoreError> {
        if page.len() != shadow::SIZE {
            return Err(RestoreError::Size(page.len()));
        }
        let get = |off: usize| u64::from_le_bytes(page[off..off + 8].try_into().expect("8 bytes"));
        let invalid = |field: &'static str, offset: usize, why: String| RestoreError::Field {
            field,
            offset,
            why,
        };
        let privilege = Privilege::from_bits(get(PRIVILEGE)).ok_or_else(|| {
            invalid(
                "privilege",
                PRIVILEGE,
                format!("{} is not 0, 1 or 3", get(PRIVILEGE)),
            )
        })?;
        if get(X) != 0 {
            return Err(invalid("x0..x31", X, "x0 must be zero".into()));
        }
        // Values no instruction can produce (the CSR rules of docs/semantics.md) are rejected:
        // a loaded machine must be one the guest could have reached.
        let legal: [(&'static str, usize, bool, &str); 8] = [
            ("pc", PC, get(PC) % 2 == 0, "is odd"),
            ("mepc", MEPC, get(MEPC) % 2 == 0, "is odd"),
            ("sepc", SEPC, get(SEPC) % 2 == 0, "is odd"),
            ("mtvec", MTVEC, get(MTVEC) & 3 < 2, "has a reserved MODE"),
            ("stvec", STVEC, get(STVEC) & 3 < 2, "has a reserved MODE"),
            (
                "satp",
                SATP,
                matches!(get(SATP) >> 60, 0 | 8 | 9 | 10),
                "has an unsupported MODE",
            ),
            (
                "mstatus",
                MSTATUS,
                (get(MSTATUS) >> 11) & 3 != 2,
                "has the reserved MPP value 2",
            ),
            ("fcsr", FCSR, get(FCSR) <= 0xff, "has bits above 7"),
        ];
        for (field, offset, ok, why) in legal {
            if !ok {
                return Err(invalid(field, offset, format!("{:#x} {why}", get(offset))));
            }
        }
        let iflags = get(IFLAGS);
        if iflags > 3 {
            return Err(invalid(
                "iflags",
                IFLAGS,
                format!("unknown bits {iflags:#x}"),
            ));
        }
        // HTIF placement first: moving it resets its registers and rewrites the DTB.
        let (tohost, fromhost) = (get(HTIF_TOHOST_ADDR), get(HTIF_FROMHOST_ADDR));
        let in_ram = match get(HTIF_PLACEMENT) {
            0 => false,
            1 => true,
            other => {
                return Err(invalid(
                    "htif.placement",
                    HTIF_PLACEMENT,
                    format!("{other} is not 0 or 1"),
                ));
            }
        };
        if self.htif.placement.tohost() != tohost || self.htif.placement.fromhost() != fromhost {
            self.place_htif(tohost, fromhost)
                .map_err(|e| invalid("htif.tohost_addr", HTIF_TOHOST_ADDR, e.to_string()))?;
        }
        if matches!(self.htif.placement, HtifPlacement::Ram { .. }) != in_ram {
            return Err(invalid(
                "htif.placement",
                HTIF_PLACEMENT,
                "does not match where its addresses lie".into(),
            ));
        }
        self.htif.tohost = get(HTIF_TOHOST);
        self.htif.fromhost = get(HTIF_FROMHOST);
        let h = &mut self.hart;
        for (i, x) in h.x.iter_mut().enumerate() {
            *x = get(X + 8 * i);
        }
        for (i, f) in h.f.iter_mut().enumerate() {
            *f = get(F + 8 * i);
        }
        h.fcsr = get(FCSR);
        h.pc = get(PC);
        h.mcycle = get(MCYCLE);
        h.minstret = get(MINSTRET);
        h.mcycle_csr_offset = get(MCYCLE_CSR_OFFSET);
        h.privilege = privilege;
        h.reservation = get(RESERVATION);
        h.sleeping = iflags & 2 != 0;
        h.mstatus = get(MSTATUS);
        h.mie = get(MIE);
        h.mip = get(MIP);
        h.mtvec = get(MTVEC);
        h.mscratch = get(MSCRATCH);
        h.mepc = get(MEPC);
        h.mcause = get(MCAUSE);
        h.mtval = get(MTVAL);
        h.medeleg = get(MEDELEG);
        h.mideleg = get(MIDELEG);
        h.mcounteren = get(MCOUNTEREN);
        h.stvec = get(STVEC);
        h.sscratch = get(SSCRATCH);
        h.sepc = get(SEPC);
        h.scause = get(SCAUSE);
        h.stval = get(STVAL);
        h.satp = get(SATP);
        h.scounteren = get(SCOUNTEREN);
        h.pmpcfg.copy_from_slice(&page[PMPCFG..PMPCFG + 16]);
        for (i, a) in h.pmpaddr.iter_mut().enumerate() {
            *a = get(PMPADDR + 8 * i);
        }
        self.clint.msip = u32::try_from(get(CLINT_MSIP))
            .map_err(|_| invalid("clint.msip", CLINT_MSIP, "does not fit 32 bits".to_string()))?;
        self.clint.mtimecmp = get(CLINT_MTIMECMP);
        // Device registers: each within the bits the device keeps.
        let bounded = |field: &'static str, offset: usize, max: u64| {
            let v = get(offset);
            if v <= max {
                Ok(v)
            } else {
                Err(invalid(field, offset, format!("{v:#x} is above {max:#x}")))
            }
        };
        let uart_fields: [(&str, u64); 8] = [
            ("uart.ier", 0x0f),
            ("uart.lcr", 0xff),
            ("uart.mcr", 0x1f),
            ("uart.scr", 0xff),
            ("uart.fcr", 1),
            ("uart.dll", 0xff),
            ("uart.dlm", 0xff),
            ("uart.thre", 1),
        ];
        let mut uart = [0u8; 8];
        for (i, (name, max)) in uart_fields.into_iter().enumerate() {
            uart[i] = bounded(name, UART + 8 * i, max)? as u8;
        }
        let [ier, lcr, mcr, scr, fcr, dll, dlm, thre] = uart;
        self.uart = crate::uart::Uart {
            ier,
            lcr,
            mcr,
            scr,
            fcr,
            dll,
            dlm,
            thre_pending: thre != 0,
        };
        let max_prio = u64::from(crate::plic::MAX_PRIORITY);
        for i in 0..crate::plic::SOURCES {
            let max = if i == 0 { 0 } else { max_prio };
            self.plic.priority[i] =
                bounded("plic.priority[0..31]", PLIC_PRIORITY + 8 * i, max)? as u32;
        }
        // Bit sets of sources 1..31: bit 0 (no source) and bits above 31 are never set.
        let sources = |field: &'static str, offset: usize| {
            let v = get(offset);
            if v & !u64::from(u32::MAX - 1) == 0 {
                Ok(v as u32)
            } else {
                Err(invalid(field, offset, format!("{v:#x} names no source")))
            }
        };
        self.plic.pending = sources("plic.pending", PLIC_PENDING)?;
        self.plic.claimed = sources("plic.claimed", PLIC_CLAIMED)?;
        for c in 0..crate::plic::CONTEXTS {
            self.plic.enable[c] = sources("plic.enable[0..1]", PLIC_ENABLE + 8 * c)?;
            self.plic.threshold[c] =
                bounded("plic.threshold[0..1]", PLIC_THRESHOLD + 8 * c, max_prio)? as u32;
        }
        // Pending bits follow the devices' levels; anything else no guest could reach.
        let mut synced = self.plic.clone();
        synced.set_levels(u32::from(self.uart.irq()) << crate::uart::PLIC_SOURCE);
        if synced.pending != self.plic.pending {
            return Err(invalid(
                "plic.pending",
                PLIC_PENDING,
                "does not match the devices' interrupt levels".into(),
            ));
        }
        self.halted = (iflags & 1 != 0).then(|| get(EXIT_CODE));
        self.pending_stop = None;
        self.attention = true;
        self.tlb.flush();
        let back = shadow::serialize(self);
        if let Some(offset) = (0..shadow::SIZE).find(|&i| back[i] != page[i]) {
            return Err(RestoreError::NotRoundTrip {
                field: field_name(offset),
                offset,
            });
        }
        Ok(())
    }
}
