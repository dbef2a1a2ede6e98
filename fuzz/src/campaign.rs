//! Campaigns: many generated cases through the oracle, with reproducers for divergences.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::generator::{Case, GenConfig, RAM_LENGTH, generate};
use crate::oracle::{Divergence, Outcome, compare};
use crate::rng::case_seed;

/// Errors writing a reproducer.
#[derive(Debug, thiserror::Error)]
pub enum CampaignError {
    /// The reproducer directory or a file in it could not be written.
    #[error("writing reproducer {path}: {source}")]
    Write {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

/// Totals of a campaign.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    /// Cases run.
    pub cases: u64,
    /// Guest cycles (machine clock: retired instructions plus traps taken) of the reference
    /// runs; every case is run three times (interpreter, JIT chunked, JIT single run).
    pub cycles: u64,
    /// Guest instructions retired (`minstret`) of the reference runs, where the guest did not
    /// write `minstret` itself (the clock is counted above regardless).
    pub instructions: u64,
    /// Cycles the JIT ran in compiled code (single runs).
    pub jit_cycles: u64,
    /// Cases whose engines diverged.
    pub divergences: u64,
    /// Cases that halted before their limit.
    pub halted: u64,
    /// Per feature of the generator (`timer`, `U mode`, `Sv48`…): the cases that have it and
    /// how many of those halted (reached their HTIF exit) within their limit.
    pub features: std::collections::BTreeMap<&'static str, FeatureTotals>,
}

/// Cases with one feature.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FeatureTotals {
    /// Cases with the feature.
    pub cases: u64,
    /// Of those, the ones that halted.
    pub halted: u64,
}

/// One case's result.
#[derive(Debug)]
pub enum CaseResult {
    /// Both engines agree.
    Agree(Outcome),
    /// They differ.
    Diverge(Box<Divergence>),
}

/// Generates and checks case `index` of campaign `seed`.
pub fn run_case(seed: u64, index: u64, config: &GenConfig) -> (Case, CaseResult) {
    let case = generate(case_seed(seed, index), config);
    let result = match compare(&|| case.machine(), &case.plan) {
        Ok(o) => CaseResult::Agree(o),
        Err(d) => CaseResult::Diverge(d),
    };
    (case, result)
}

/// A campaign's progress callback: totals so far, time elapsed, and the divergence just
/// found (with its case and reproducer directory), if any.
pub type Progress<'a> = dyn FnMut(&Totals, Duration, Option<(&Case, &Divergence, &Path)>) + 'a;

/// Runs cases `0..cases` of campaign `seed` (or until `time_limit`), writing a reproducer
/// for each divergence under `out`; `progress` gets a line now and then.
pub fn run(
    seed: u64,
    cases: u64,
    time_limit: Option<Duration>,
    config: &GenConfig,
    out: &Path,
    progress: &mut Progress<'_>,
) -> Result<Totals, CampaignError> {
    let start = Instant::now();
    let mut t = Totals::default();
    let mut last_report = Instant::now();
    for index in 0..cases {
        if time_limit.is_some_and(|l| start.elapsed() >= l) {
            break;
        }
        let (case, result) = run_case(seed, index, config);
        t.cases += 1;
        match result {
            CaseResult::Agree(o) => {
                if o.minstret <= o.mcycle {
                    t.instructions += o.minstret;
                }
                t.cycles += o.mcycle;
                t.jit_cycles += o.jit_cycles;
                let halted = matches!(o.reason, rivet::BreakReason::Halted(_));
                t.halted += u64::from(halted);
                for f in &case.features {
                    let e = t.features.entry(f).or_default();
                    e.cases += 1;
                    e.halted += u64::from(halted);
                }
            }
            CaseResult::Diverge(d) => {
                t.divergences += 1;
                let dir = out.join(format!("case-{:016x}", case.seed));
                write_reproducer(&dir, &case, &d)?;
                progress(&t, start.elapsed(), Some((&case, &d, &dir)));
            }
        }
        if last_report.elapsed() >= Duration::from_secs(10) {
            last_report = Instant::now();
            progress(&t, start.elapsed(), None);
        }
    }
    Ok(t)
}

/// Writes `case.bin` (the raw image: it sets up its own initial state) and `README.txt`
/// (the divergence, the run plan and the commands that replay it) into `dir`.
pub fn write_reproducer(dir: &Path, case: &Case, d: &Divergence) -> Result<(), CampaignError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| CampaignError::Write { path, source }
    };
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let bin = dir.join("case.bin");
    std::fs::write(&bin, &case.image).map_err(io(&bin))?;
    let limits: Vec<String> = case.plan.limits().iter().map(u64::to_string).collect();
    let at = d.interp_at.0.max(1);
    let text = format!(
        "rivet-fuzz divergence\n\
         case seed: {seed:#018x}\n\
         {d}\n\
         run limits (mcycle): {limits}\n\n\
         Replay with the oracle (chunked and single runs, as found):\n\
         \x20 cargo run --release -p rivet-fuzz -- replay --image case.bin --limits {limits}\n\
         or regenerate it from its seed:\n\
         \x20 cargo run --release -p rivet-fuzz -- replay --case-seed {seed:#x}\n\n\
         Single runs with the CLI (compare the final hashes):\n\
         \x20 rivet run --ram-image case.bin --ram-length {ram} --max-mcycle {at} --engine interp --final-hash\n\
         \x20 rivet run --ram-image case.bin --ram-length {ram} --max-mcycle {at} --engine jit --jit-threshold 0 --final-hash\n",
        seed = case.seed,
        limits = limits.join(","),
        ram = RAM_LENGTH,
    );
    let readme = dir.join("README.txt");
    let mut f = std::fs::File::create(&readme).map_err(io(&readme))?;
    f.write_all(text.as_bytes()).map_err(io(&readme))?;
    Ok(())
}
