//! The differential oracle: runs one machine on the interpreter and on the JIT (every block
//! compiled the first time it is reached) and compares the whole architectural state.
//!
//! What is compared, at every chunk boundary of a [`RunPlan`] and at its end:
//! - the break reason of the run;
//! - every word of the shadow state page (x and f registers, pc, mcycle, minstret, privilege,
//!   LR reservation, halt/sleep flags, exit code, fcsr, every CSR, CLINT/PLIC/UART/HTIF
//!   registers; see `docs/shadow-state.md`), named field by field;
//! - the hart fields not (yet) in the shadow page (`mcountinhibit`, `menvcfg`, `senvcfg`);
//! - memory, through the Merkle root (and, when the roots differ, the first differing RAM
//!   byte).
//!
//! The plan is run three ways: the interpreter in chunks (the reference states), the JIT in
//! the same chunks (every boundary compared: the JIT's budget handling is exercised at odd
//! limits), and the JIT in one run to the end (compared with the reference's last state).

use std::fmt;

use rivet::machine::map::RAM_START;
use rivet::machine::shadow;
use rivet::{BreakReason, Engine, Hash, JitConfig, Machine};

/// The JIT configuration of the oracle: threshold 0, so generated code is compiled at once.
pub fn jit_eager() -> Engine {
    Engine::Jit(JitConfig {
        threshold: 0,
        ..JitConfig::default()
    })
}

/// Where runs stop: intermediate mcycle limits (ascending) and the final limit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunPlan {
    /// Intermediate limits, ascending, each below `end`.
    pub chunks: Vec<u64>,
    /// The last limit.
    pub end: u64,
}

impl RunPlan {
    /// Every limit in order, ending with `end` (limits not ascending are dropped).
    pub fn limits(&self) -> Vec<u64> {
        let mut out: Vec<u64> = Vec::with_capacity(self.chunks.len() + 1);
        for &c in self.chunks.iter().chain(std::iter::once(&self.end)) {
            if out.last().is_none_or(|&l| c > l) && c <= self.end {
                out.push(c);
            }
        }
        out
    }
}

/// The observable state of a machine after a run.
#[derive(Clone, Debug)]
pub struct State {
    /// How the run ended.
    pub reason: BreakReason,
    /// The shadow page.
    pub shadow: Box<[u8; shadow::SIZE]>,
    /// Hart fields not in the shadow page: (name, value).
    pub extra: Vec<(&'static str, u64)>,
    /// The Merkle root of the whole machine.
    pub root: Hash,
    /// A copy of RAM (only when RAM is at most [`RAM_COPY_LIMIT`]), to name a differing byte.
    pub ram: Option<Vec<u8>>,
}

/// RAM up to this size is copied into each [`State`].
pub const RAM_COPY_LIMIT: u64 = 4 << 20;

impl State {
    /// Captures the state of `m` after a run that ended with `reason`.
    pub fn capture(m: &mut Machine, reason: BreakReason) -> Self {
        let h = m.hart();
        let extra = vec![
            ("mcountinhibit", h.mcountinhibit),
            ("menvcfg", h.menvcfg),
            ("senvcfg", h.senvcfg),
        ];
        let len = m.state().ram_length();
        let ram = (len <= RAM_COPY_LIMIT).then(|| {
            let mut buf = vec![0u8; len as usize];
            m.read_memory(RAM_START, &mut buf).expect("RAM is mapped");
            buf
        });
        State {
            reason,
            shadow: Box::new(m.shadow_page()),
            extra,
            root: m.root_hash(),
            ram,
        }
    }

    /// A shadow page word.
    pub fn word(&self, offset: usize) -> u64 {
        u64::from_le_bytes(self.shadow[offset..offset + 8].try_into().expect("8 bytes"))
    }

    /// The program counter.
    pub fn pc(&self) -> u64 {
        self.word(shadow::PC)
    }

    /// The machine clock.
    pub fn mcycle(&self) -> u64 {
        self.word(shadow::MCYCLE)
    }

    /// Instructions retired.
    pub fn minstret(&self) -> u64 {
        self.word(shadow::MINSTRET)
    }
}

/// The name of word `i` of shadow field `f`.
fn word_name(f: &shadow::Field, i: usize) -> String {
    match f.name {
        "x0..x31" => format!("x{i}"),
        "f0..f31" => format!("f{i}"),
        "pmpaddr0..15" => format!("pmpaddr{i}"),
        name if f.words == 1 => name.to_string(),
        name => format!("{name} word {i}"),
    }
}

/// One differing piece of state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldDiff {
    /// Which field (`x5`, `mstatus`, `break reason`, `memory 0x80020010`, `root`…).
    pub field: String,
    /// Its value on the interpreter.
    pub interp: String,
    /// Its value on the JIT.
    pub jit: String,
}

/// The first difference between two states (break reason, then shadow fields in layout
/// order, then the extra hart fields, then memory), or `None` when they are identical.
pub fn first_difference(a: &State, b: &State) -> Option<FieldDiff> {
    if a.reason != b.reason {
        return Some(FieldDiff {
            field: "break reason".into(),
            interp: format!("{:?}", a.reason),
            jit: format!("{:?}", b.reason),
        });
    }
    for f in shadow::FIELDS {
        for i in 0..f.words {
            let off = f.offset + 8 * i;
            let (x, y) = (a.word(off), b.word(off));
            if x != y {
                return Some(FieldDiff {
                    field: word_name(f, i),
                    interp: format!("{x:#018x}"),
                    jit: format!("{y:#018x}"),
                });
            }
        }
    }
    for ((name, x), (_, y)) in a.extra.iter().zip(&b.extra) {
        if x != y {
            return Some(FieldDiff {
                field: (*name).into(),
                interp: format!("{x:#018x}"),
                jit: format!("{y:#018x}"),
            });
        }
    }
    if a.root != b.root {
        if let (Some(ra), Some(rb)) = (&a.ram, &b.ram)
            && let Some(i) = ra.iter().zip(rb.iter()).position(|(x, y)| x != y)
        {
            let at = i & !7;
            let word = |r: &[u8]| u64::from_le_bytes(r[at..at + 8].try_into().expect("8 bytes"));
            return Some(FieldDiff {
                field: format!("memory {:#x} (8-byte word)", RAM_START + at as u64),
                interp: format!("{:#018x}", word(ra)),
                jit: format!("{:#018x}", word(rb)),
            });
        }
        return Some(FieldDiff {
            field: "root".into(),
            interp: a.root.to_string(),
            jit: b.root.to_string(),
        });
    }
    None
}

/// A difference between the engines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Divergence {
    /// Which run and limit: e.g. `chunked run, limit 3 of 4 (mcycle 1234)`.
    pub stage: String,
    /// The first differing field.
    pub diff: FieldDiff,
    /// Interpreter's mcycle and pc at that point.
    pub interp_at: (u64, u64),
    /// JIT's mcycle and pc at that point.
    pub jit_at: (u64, u64),
}

impl fmt::Display for Divergence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} differs: interpreter {}, JIT {} (interpreter at mcycle {} pc {:#x}; JIT at mcycle {} pc {:#x})",
            self.stage,
            self.diff.field,
            self.diff.interp,
            self.diff.jit,
            self.interp_at.0,
            self.interp_at.1,
            self.jit_at.0,
            self.jit_at.1
        )
    }
}

impl std::error::Error for Divergence {}

/// What a case did when both engines agreed.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// How the run ended.
    pub reason: BreakReason,
    /// Final clock.
    pub mcycle: u64,
    /// Final instructions retired.
    pub minstret: u64,
    /// Cycles the JIT's single run spent in compiled code.
    pub jit_cycles: u64,
    /// What the JIT did in its single run.
    pub jit_stats: Option<rivet::JitStats>,
}

/// Runs `plan` on the machine `make` builds, on both engines, and compares (see the module
/// documentation).
pub fn compare(make: &dyn Fn() -> Machine, plan: &RunPlan) -> Result<Outcome, Box<Divergence>> {
    compare_with(make, make, plan)
}

/// [`compare`] with separately built machines for the interpreter and the JIT (tests use
/// this to check that an injected difference is found).
pub fn compare_with(
    make_interp: &dyn Fn() -> Machine,
    make_jit: &dyn Fn() -> Machine,
    plan: &RunPlan,
) -> Result<Outcome, Box<Divergence>> {
    let limits = plan.limits();
    let reference = run_chunks(make_interp(), Engine::Interpreter, &limits);
    let n = reference.len();
    let mut jit = make_jit();
    jit.set_engine(jit_eager());
    for (k, (&limit, want)) in limits.iter().zip(&reference).enumerate() {
        let reason = jit.run(limit);
        let got = State::capture(&mut jit, reason);
        check(want, &got, || {
            format!(
                "chunked run, limit {} of {} (mcycle {limit})",
                k + 1,
                limits.len()
            )
        })?;
    }
    let last = &reference[n - 1];
    let mut jit = make_jit();
    jit.set_engine(jit_eager());
    let reason = jit.run(plan.end);
    let got = State::capture(&mut jit, reason);
    check(last, &got, || format!("single run to mcycle {}", plan.end))?;
    Ok(Outcome {
        reason: last.reason,
        mcycle: last.mcycle(),
        minstret: last.minstret(),
        jit_cycles: jit.jit_stats().map_or(0, |s| s.jit_cycles),
        jit_stats: jit.jit_stats(),
    })
}

/// Runs a fresh machine on `engine` to each limit in turn, capturing the state after each;
/// stops early when a run ends otherwise than at its limit.
pub fn run_chunks(mut m: Machine, engine: Engine, limits: &[u64]) -> Vec<State> {
    m.set_engine(engine);
    let mut states = Vec::with_capacity(limits.len());
    for &limit in limits {
        let reason = m.run(limit);
        states.push(State::capture(&mut m, reason));
    }
    states
}

fn check(want: &State, got: &State, stage: impl FnOnce() -> String) -> Result<(), Box<Divergence>> {
    match first_difference(want, got) {
        None => Ok(()),
        Some(diff) => Err(Box::new(Divergence {
            stage: stage(),
            diff,
            interp_at: (want.mcycle(), want.pc()),
            jit_at: (got.mcycle(), got.pc()),
        })),
    }
}

/// Narrows a divergence down: the smallest limit in `lo..=hi` at which a fresh interpreter
/// run and a fresh JIT run (one run each, no chunks) end in different states, by bisection
/// (assuming that once the engines differ they keep differing). Returns that limit and the
/// difference, or `None` if they agree at `hi`.
pub fn first_divergent_limit(
    make: &dyn Fn() -> Machine,
    mut lo: u64,
    mut hi: u64,
) -> Option<(u64, Box<Divergence>)> {
    let differs = |limit: u64| -> Option<Box<Divergence>> {
        let a = run_chunks(make(), Engine::Interpreter, &[limit]);
        let b = run_chunks(make(), jit_eager(), &[limit]);
        check(&a[0], &b[0], || format!("single run to mcycle {limit}")).err()
    };
    let mut found = differs(hi)?;
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        match differs(mid) {
            Some(d) => {
                hi = mid;
                found = d;
            }
            None => lo = mid + 1,
        }
    }
    Some((hi, found))
}
