//! `rivet-fuzz`: differential fuzzing campaigns (see `docs/fuzzing.md`).

use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, bail};
use clap::{Parser, Subcommand};
use rivet_fuzz::generator::{Case, GenConfig, RAM_LENGTH, generate};
use rivet_fuzz::oracle::{RunPlan, compare, first_divergent_limit};
use rivet_fuzz::{campaign, qemu};

#[derive(Parser)]
#[command(name = "rivet-fuzz", about = "Differential fuzzing of rivet's engines")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Interpreter vs JIT on generated programs.
    Diff {
        /// Campaign seed (cases are derived from it).
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Number of cases.
        #[arg(long, default_value_t = 1000)]
        cases: u64,
        /// Stop after this many seconds, even if cases remain.
        #[arg(long)]
        seconds: Option<u64>,
        /// Largest mcycle limit of a case.
        #[arg(long, default_value_t = GenConfig::default().max_mcycle)]
        max_mcycle: u64,
        /// Directory for reproducers.
        #[arg(long, default_value = "fuzz-divergences")]
        out: PathBuf,
    },
    /// Interpreter vs QEMU (`qemu-system-riscv64 -M spike`) on random user-level sequences.
    Qemu {
        /// Campaign seed.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Number of cases.
        #[arg(long, default_value_t = 100)]
        cases: u64,
        /// Instructions per sequence.
        #[arg(long, default_value_t = 200)]
        len: usize,
        /// Cases per program: 1 dumps every register and data word of a case; more run that
        /// many cases in one program, each printing a hash of its dump, and re-run any
        /// differing case alone to name the first differing register or word.
        #[arg(long, default_value_t = 1)]
        batch: u64,
        /// Programs built and run in parallel.
        #[arg(long, default_value_t = 1)]
        jobs: u64,
        /// Directory for the generated sources and ELFs (kept for divergences only).
        #[arg(long, default_value = "fuzz-qemu")]
        out: PathBuf,
    },
    /// Re-runs one case through the oracle: a generated one (`--case-seed`) or a raw image.
    Replay {
        /// Seed of a generated case (as printed in a reproducer).
        #[arg(long, value_parser = parse_u64, conflicts_with = "image")]
        case_seed: Option<u64>,
        /// Raw image (a reproducer's case.bin).
        #[arg(long, requires = "limits")]
        image: Option<PathBuf>,
        /// mcycle limits, comma separated, the last one being the end.
        #[arg(long, value_delimiter = ',')]
        limits: Vec<u64>,
        /// Also bisect for the smallest single-run limit at which the engines differ.
        #[arg(long)]
        bisect: bool,
        /// Write the case's raw image to FILE (for `rivet run --ram-image FILE`).
        #[arg(long, value_name = "FILE")]
        dump: Option<PathBuf>,
    },
}

fn parse_u64(s: &str) -> Result<u64, String> {
    match s.strip_prefix("0x") {
        Some(h) => u64::from_str_radix(h, 16),
        None => s.parse(),
    }
    .map_err(|e| format!("`{s}`: {e}"))
}

fn main() -> anyhow::Result<()> {
    match Cli::parse().command {
        Command::Diff {
            seed,
            cases,
            seconds,
            max_mcycle,
            out,
        } => {
            let config = GenConfig { max_mcycle };
            let started = std::time::Instant::now();
            let totals = campaign::run(
                seed,
                cases,
                seconds.map(Duration::from_secs),
                &config,
                &out,
                &mut |t, elapsed, div| {
                    if let Some((case, d, dir)) = div {
                        eprintln!(
                            "DIVERGENCE case seed {:#x}: {d}\n  reproducer: {}",
                            case.seed,
                            dir.display()
                        );
                    } else {
                        eprintln!(
                            "[{:.0} s] cases {}, guest cycles {}, divergences {}",
                            elapsed.as_secs_f64(),
                            t.cases,
                            t.cycles,
                            t.divergences
                        );
                    }
                },
            )?;
            println!(
                "seed {seed}: cases {}, guest cycles {} per engine run ({} in JIT-compiled code), instructions retired {} (cases not writing minstret), halted {}, divergences {}, {:.1} s",
                totals.cases,
                totals.cycles,
                totals.jit_cycles,
                totals.instructions,
                totals.halted,
                totals.divergences,
                started.elapsed().as_secs_f64()
            );
            for (name, f) in &totals.features {
                println!("  {name}: {} cases, {} halted", f.cases, f.halted);
            }
            if totals.divergences > 0 {
                bail!(
                    "{} divergences; reproducers in {}",
                    totals.divergences,
                    out.display()
                );
            }
            Ok(())
        }
        Command::Qemu {
            seed,
            cases,
            len,
            batch,
            jobs,
            out,
        } => {
            if !qemu::available() {
                println!(
                    "{} or {} not installed: skipping the QEMU comparison",
                    qemu::QEMU,
                    qemu::CC
                );
                return Ok(());
            }
            let started = std::time::Instant::now();
            let differ = qemu_campaign(seed, cases, len, batch.max(1), jobs.max(1), &out)?;
            println!(
                "qemu seed {seed}: cases {cases}, {len} instructions each, differences {differ}, {:.1} s",
                started.elapsed().as_secs_f64()
            );
            if differ > 0 {
                bail!("{differ} differences from QEMU");
            }
            Ok(())
        }
        Command::Replay {
            case_seed,
            image,
            limits,
            bisect,
            dump,
        } => {
            let case = match (case_seed, image) {
                (Some(s), _) => generate(s, &GenConfig::default()),
                (None, Some(path)) => {
                    let image =
                        std::fs::read(&path).with_context(|| format!("read {}", path.display()))?;
                    if image.len() as u64 > RAM_LENGTH {
                        bail!("{}: larger than the {RAM_LENGTH}-byte RAM", path.display());
                    }
                    let (&end, chunks) = limits.split_last().context("--limits is empty")?;
                    Case {
                        seed: 0,
                        image,
                        plan: RunPlan {
                            chunks: chunks.to_vec(),
                            end,
                        },
                        features: Vec::new(),
                        // Unknown for an image from a file; replay does not use them.
                        gp: 0,
                        sp: 0,
                    }
                }
                (None, None) => bail!("give --case-seed or --image"),
            };
            if let Some(path) = dump {
                std::fs::write(&path, &case.image)
                    .with_context(|| format!("write {}", path.display()))?;
            }
            println!(
                "limits {:?}, features {:?}",
                case.plan.limits(),
                case.features
            );
            let make = || case.machine();
            match compare(&make, &case.plan) {
                Ok(o) => {
                    println!(
                        "engines agree: {:?} at mcycle {}, {} instructions",
                        o.reason, o.mcycle, o.minstret
                    );
                    if let Some(s) = o.jit_stats {
                        println!("JIT (single run): {s:?}");
                    }
                    Ok(())
                }
                Err(d) => {
                    println!("{d}");
                    if bisect
                        && let Some((limit, d)) = first_divergent_limit(&make, 1, case.plan.end)
                    {
                        println!("smallest diverging single-run limit: {limit}: {d}");
                    }
                    bail!("the engines diverge")
                }
            }
        }
    }
}

/// The QEMU campaign: `cases` cases of `seed`, `batch` per program, `jobs` programs at a time.
/// Prints each difference (named by re-running the case alone) and progress every 10 s; the
/// number of differing cases.
fn qemu_campaign(
    seed: u64,
    cases: u64,
    len: usize,
    batch: u64,
    jobs: u64,
    out: &std::path::Path,
) -> anyhow::Result<u64> {
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicU64, Ordering};

    let programs = cases.div_ceil(batch);
    let next = AtomicU64::new(0);
    let done = AtomicU64::new(0);
    let differ = AtomicU64::new(0);
    let failure: Mutex<Option<anyhow::Error>> = Mutex::new(None);
    let started = std::time::Instant::now();
    let last_report = Mutex::new(started);
    let report_difference = |s: u64| -> anyhow::Result<()> {
        differ.fetch_add(1, Ordering::Relaxed);
        match qemu::compare(s, len, out)? {
            qemu::QemuResult::Differ { what, rivet, qemu } => eprintln!(
                "DIFFERENCE case seed {s:#x}: {what}: rivet {rivet}, QEMU {qemu} (source: {})",
                out.join(format!("q-{s:016x}.S")).display()
            ),
            qemu::QemuResult::Agree => eprintln!(
                "DIFFERENCE case seed {s:#x}: its hash differs in a batch but not alone (source: {})",
                out.join(format!("q-{s:016x}.S")).display()
            ),
        }
        Ok(())
    };
    let worker = || -> anyhow::Result<()> {
        loop {
            let p = next.fetch_add(1, Ordering::Relaxed);
            if p >= programs || failure.lock().expect("failure").is_some() {
                return Ok(());
            }
            let seeds: Vec<u64> = (p * batch..((p + 1) * batch).min(cases))
                .map(|i| rivet_fuzz::rng::case_seed(seed, i))
                .collect();
            if batch == 1 {
                match qemu::compare(seeds[0], len, out)? {
                    qemu::QemuResult::Agree => {
                        let base = out.join(format!("q-{:016x}", seeds[0]));
                        let _ = std::fs::remove_file(base.with_extension("S"));
                        let _ = std::fs::remove_file(base.with_extension("elf"));
                    }
                    qemu::QemuResult::Differ { .. } => report_difference(seeds[0])?,
                }
            } else {
                let name = format!("batch-{seed:x}-{p}");
                for k in qemu::compare_batch(&seeds, len, out, &name)? {
                    report_difference(seeds[k])?;
                }
            }
            let d = done.fetch_add(seeds.len() as u64, Ordering::Relaxed) + seeds.len() as u64;
            let mut last = last_report.lock().expect("report");
            if last.elapsed().as_secs() >= 10 {
                *last = std::time::Instant::now();
                eprintln!(
                    "[{:.0} s] cases {d}, differences {}",
                    started.elapsed().as_secs_f64(),
                    differ.load(Ordering::Relaxed)
                );
            }
        }
    };
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            scope.spawn(|| {
                if let Err(e) = worker() {
                    failure.lock().expect("failure").get_or_insert(e);
                }
            });
        }
    });
    if let Some(e) = failure.into_inner().expect("failure") {
        return Err(e);
    }
    Ok(differ.into_inner())
}
