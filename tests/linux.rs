//! Boots Debian's riscv64 kernel with OpenSBI and the example initramfs (built by
//! `scripts/fetch-linux-images.sh` into `images/`, or the directory in `RIVET_LINUX_IMAGES`),
//! runs the example job (`examples/linux/init`) on the sensor data of
//! `examples/linux/sensors.csv`, and checks:
//! - the job's report, read back from the output flash drive and seen on the console, against
//!   statistics computed here from the CSV (and its SHA-256 from the host's `sha256sum`);
//! - that the guest powered off by itself (exit code 0, through the test/syscon device);
//! - that two runs (one split into many `run` calls) end at the same mcycle with the same
//!   root and the same roots every 2^28 cycles, on every engine listed in [`ENGINES`], and
//!   that all engines agree.
//!
//! Skipped, with a message, when the images have not been fetched.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use rivet::machine::flash::{FlashConfig, FlashMode};
use rivet::{BreakReason, Config, Hash, Machine};

/// Where the input drive starts (above the 128 MiB of RAM). Linux's `nd_pmem` maps a region
/// only when its start and size are 2 MiB aligned.
const INPUT_DRIVE: u64 = 0x1_0000_0000;
/// Where the output drive starts.
const OUTPUT_DRIVE: u64 = 0x1_0020_0000;
/// Size of each drive.
const DRIVE_SIZE: usize = 2 << 20;
/// Kernel command line.
const BOOTARGS: &str = "console=ttyS0 panic=-1 quiet";
/// Far more cycles than the job needs (about 2 G): a hang fails instead of running forever.
const MCYCLE_LIMIT: u64 = 8_000_000_000;
/// Roots are compared every 2^28 cycles (as `--periodic-hashes 28` prints them).
const PERIOD: u64 = 1 << 28;

/// The engines the job runs on. Every engine must reach the same mcycle and root.
#[derive(Clone, Copy, Debug)]
enum Engine {
    /// The reference interpreter.
    Interp,
    /// The JIT (default settings).
    Jit,
}

/// Engines checked by [`boots_debian_and_runs_the_job`].
const ENGINES: &[Engine] = &[Engine::Interp, Engine::Jit];

struct Images {
    bios: Vec<u8>,
    kernel: Vec<u8>,
    initrd: Vec<u8>,
}

fn images() -> Option<Images> {
    let dir = std::env::var_os("RIVET_LINUX_IMAGES")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("images"));
    let read = |name: &str| std::fs::read(dir.join(name)).ok();
    match (read("fw_jump.bin"), read("Image"), read("initrd.cpio")) {
        (Some(bios), Some(kernel), Some(initrd)) => Some(Images {
            bios,
            kernel,
            initrd,
        }),
        _ => {
            eprintln!(
                "SKIPPED: Linux images not found in {} (run scripts/fetch-linux-images.sh)",
                dir.display()
            );
            None
        }
    }
}

/// A console sink the test can read.
#[derive(Clone, Default)]
struct Console(Arc<Mutex<Vec<u8>>>);

impl Write for Console {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

struct Outcome {
    reason: BreakReason,
    /// (mcycle, root) at every multiple of [`PERIOD`].
    periodic: Vec<(u64, Hash)>,
    mcycle: u64,
    root: Hash,
    console: String,
    output: Vec<u8>,
}

fn drive_dir(tag: &str) -> PathBuf {
    std::env::temp_dir().join(format!("rivet-linux-{}-{tag}", std::process::id()))
}

fn drive_files(tag: &str) -> (PathBuf, PathBuf) {
    let dir = drive_dir(tag);
    std::fs::create_dir_all(&dir).unwrap();
    let csv =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/linux/sensors.csv"))
            .unwrap();
    let mut input = csv;
    input.resize(DRIVE_SIZE, 0);
    let (i, o) = (dir.join("input.img"), dir.join("output.img"));
    std::fs::write(&i, &input).unwrap();
    std::fs::write(&o, vec![0u8; DRIVE_SIZE]).unwrap();
    (i, o)
}

/// Runs the job, stopping at every multiple of [`PERIOD`] to take the root and, with
/// `extra_splits`, also every that many cycles (split invariance: the result must not change).
fn run_job(engine: Engine, images: &Images, tag: &str, extra_splits: Option<u64>) -> Outcome {
    let (input, output) = drive_files(tag);
    let config = Config {
        bootargs: BOOTARGS.into(),
        flash_drives: vec![
            FlashConfig {
                file: input,
                start: INPUT_DRIVE,
                mode: FlashMode::ReadOnly,
            },
            FlashConfig {
                file: output,
                start: OUTPUT_DRIVE,
                mode: FlashMode::Private,
            },
        ],
        ..Config::default()
    };
    let mut m =
        Machine::from_linux(&config, &images.bios, &images.kernel, Some(&images.initrd)).unwrap();
    m.set_engine(match engine {
        Engine::Interp => rivet::Engine::Interpreter,
        Engine::Jit => rivet::Engine::default(),
    });
    let console = Console::default();
    m.set_console(Box::new(console.clone()));
    let mut periodic = Vec::new();
    let reason = loop {
        let period_end = (m.mcycle() / PERIOD + 1) * PERIOD;
        let target = extra_splits.map_or(period_end, |n| period_end.min(m.mcycle() + n));
        match m.run(target.min(MCYCLE_LIMIT)) {
            BreakReason::ReachedTarget if m.mcycle() < MCYCLE_LIMIT => {
                if m.mcycle().is_multiple_of(PERIOD) {
                    periodic.push((m.mcycle(), m.root_hash()));
                }
            }
            reason => break reason,
        }
    };
    let mut out = vec![0u8; DRIVE_SIZE];
    m.read_memory(OUTPUT_DRIVE, &mut out).unwrap();
    // The tty layer turns "\n" into "\r\n".
    let text = String::from_utf8_lossy(&console.0.lock().unwrap()).replace("\r\n", "\n");
    let outcome = Outcome {
        reason,
        periodic,
        mcycle: m.mcycle(),
        root: m.root_hash(),
        console: text,
        output: out,
    };
    drop(m);
    let _ = std::fs::remove_dir_all(drive_dir(tag));
    outcome
}

/// The report the job must produce, computed here from the CSV: the row count, the SHA-256
/// of the file (from the host's `sha256sum`, an outside implementation), and per sensor the
/// count, min, max and mean temperature and mean humidity and pressure, sorted by sensor.
fn expected_report() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/linux/sensors.csv");
    let csv = std::fs::read_to_string(&path).unwrap();
    let sha = std::process::Command::new("sha256sum")
        .arg(&path)
        .output()
        .expect("sha256sum (coreutils) must be installed");
    let sha = String::from_utf8(sha.stdout).unwrap();
    let sha = sha.split_whitespace().next().unwrap().to_string();
    #[derive(Default)]
    struct Stats {
        n: u32,
        lo: f64,
        hi: f64,
        temp: f64,
        hum: f64,
        pres: f64,
    }
    let mut by_sensor: BTreeMap<String, Stats> = BTreeMap::new();
    let mut rows = 0;
    for line in csv.lines().skip(1) {
        rows += 1;
        let f: Vec<&str> = line.split(',').collect();
        let (t, h, p): (f64, f64, f64) = (
            f[2].parse().unwrap(),
            f[3].parse().unwrap(),
            f[4].parse().unwrap(),
        );
        let s = by_sensor.entry(f[1].to_string()).or_default();
        if s.n == 0 || t < s.lo {
            s.lo = t;
        }
        if s.n == 0 || t > s.hi {
            s.hi = t;
        }
        s.n += 1;
        s.temp += t;
        s.hum += h;
        s.pres += p;
    }
    let mut report = format!("rows {rows}\nsha256 {sha}\n");
    for (name, s) in &by_sensor {
        let n = f64::from(s.n);
        report += &format!(
            "{name} n={} temp_min={:.1} temp_max={:.1} temp_mean={:.2} hum_mean={:.2} pres_mean={:.2}\n",
            s.n,
            s.lo,
            s.hi,
            s.temp / n,
            s.hum / n,
            s.pres / n
        );
    }
    report
}

#[test]
fn boots_debian_and_runs_the_job() {
    let Some(images) = images() else {
        return;
    };
    let expected = expected_report();
    // (engine, final mcycle, final root, periodic roots)
    type EngineResult = (Engine, u64, Hash, Vec<(u64, Hash)>);
    let mut results: Vec<EngineResult> = Vec::new();
    for &engine in ENGINES {
        // Two runs of the same engine, side by side (CI has 2 cores); the second is also split
        // every 99 999 989 cycles (a prime: the splits fall anywhere, also inside device
        // accesses' interrupt handling).
        let (a, b) = std::thread::scope(|s| {
            let a = s.spawn(|| run_job(engine, &images, &format!("{engine:?}-a"), None));
            let b =
                s.spawn(|| run_job(engine, &images, &format!("{engine:?}-b"), Some(99_999_989)));
            (a.join().unwrap(), b.join().unwrap())
        });
        for run in [&a, &b] {
            assert_eq!(
                run.reason,
                BreakReason::Halted(0),
                "{engine:?}: the job must power off by itself; console:\n{}",
                run.console
            );
            let written: Vec<u8> = run.output.iter().copied().take_while(|&b| b != 0).collect();
            assert_eq!(
                String::from_utf8_lossy(&written),
                expected,
                "{engine:?}: report on the output drive"
            );
            assert!(
                run.output[written.len()..].iter().all(|&b| b == 0),
                "{engine:?}: the rest of the output drive stays zero"
            );
            let console_report = run
                .console
                .split("job: report begin\n")
                .nth(1)
                .and_then(|rest| rest.split("job: report end").next())
                .unwrap_or_else(|| {
                    panic!("{engine:?}: no report on the console:\n{}", run.console)
                });
            assert_eq!(console_report, expected);
            assert!(run.console.contains("OpenSBI v"), "OpenSBI banner");
            assert!(
                run.console.contains("reboot: Power down"),
                "kernel powered off"
            );
        }
        assert_eq!(a.mcycle, b.mcycle, "{engine:?}: two runs end at one mcycle");
        assert_eq!(a.root, b.root, "{engine:?}: two runs end with one root");
        assert!(
            a.periodic.len() >= 4,
            "{engine:?}: the job runs over 4 periods"
        );
        assert_eq!(a.periodic, b.periodic, "{engine:?}: periodic roots");
        results.push((engine, a.mcycle, a.root, a.periodic));
    }
    let first = &results[0];
    for other in &results[1..] {
        assert_eq!(
            (other.1, other.2, &other.3),
            (first.1, first.2, &first.3),
            "{:?} disagrees with {:?} (final mcycle, root, periodic roots)",
            other.0,
            first.0
        );
    }
}
