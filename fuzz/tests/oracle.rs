//! The oracle on generated cases (fixed seeds, a few seconds), and proof that it can fail:
//! differences injected into one side are found and named.

use rivet::machine::map::{HTIF_START, RAM_START};
use rivet::{BreakReason, Config, Machine};
use rivet_fuzz::asm::{self, reg};
use rivet_fuzz::generator::{GenConfig, generate};
use rivet_fuzz::oracle::{RunPlan, compare, compare_with};
use rivet_fuzz::rng::case_seed;

/// A machine running `words` from RAM start.
fn machine(words: &[u32]) -> Machine {
    let image: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
    Machine::from_raw_image(
        &Config {
            ram_length: 64 << 10,
            ..Config::default()
        },
        &image,
    )
    .expect("image fits")
}

/// `t0 += 1` forever: after n cycles, t0 = n (one instruction per cycle, two per iteration).
fn counter_loop() -> Vec<u32> {
    vec![asm::addi(reg::T0, reg::T0, 1), asm::jal(0, -4)]
}

fn plan(chunks: &[u64], end: u64) -> RunPlan {
    RunPlan {
        chunks: chunks.to_vec(),
        end,
    }
}

#[test]
fn identical_machines_agree_and_the_counter_is_exact() {
    let make = || machine(&counter_loop());
    let o = compare(&make, &plan(&[3, 10, 11], 1000)).expect("no divergence");
    assert_eq!(o.reason, BreakReason::ReachedTarget);
    assert_eq!(o.mcycle, 1000);
    assert_eq!(o.minstret, 1000);
}

#[test]
fn an_injected_register_difference_is_found() {
    let plain = || machine(&counter_loop());
    let changed = || {
        let mut m = machine(&counter_loop());
        m.hart_mut().x[7] = 42;
        m
    };
    let d = compare_with(&plain, &changed, &plan(&[10], 20)).expect_err("x7 differs");
    assert_eq!(d.diff.field, "x7");
    assert_eq!(d.diff.interp, "0x0000000000000000");
    assert_eq!(d.diff.jit, "0x000000000000002a");
    // Both stopped at the first limit: 10 cycles, at the addi (pc even cycles = RAM start).
    assert_eq!(d.interp_at, (10, RAM_START));
    assert_eq!(d.jit_at, (10, RAM_START));
    assert!(d.stage.contains("limit 1 of 2"), "{}", d.stage);
}

#[test]
fn an_injected_csr_difference_is_found() {
    let plain = || machine(&counter_loop());
    let changed = || {
        let mut m = machine(&counter_loop());
        m.set_csr(0x340, 0x1234).expect("mscratch exists");
        m
    };
    let d = compare_with(&plain, &changed, &plan(&[], 50)).expect_err("mscratch differs");
    assert_eq!(d.diff.field, "mscratch");
    assert_eq!(d.diff.jit, "0x0000000000001234");
}

#[test]
fn an_injected_memory_difference_is_found() {
    let plain = || machine(&counter_loop());
    let changed = || {
        let mut m = machine(&counter_loop());
        m.write_memory(RAM_START + 0x1003, &[0x5a]).expect("RAM");
        m
    };
    let d = compare_with(&plain, &changed, &plan(&[], 50)).expect_err("RAM differs");
    assert_eq!(d.diff.field, "memory 0x80001000 (8-byte word)");
    assert_eq!(d.diff.interp, "0x0000000000000000");
    assert_eq!(d.diff.jit, "0x000000005a000000");
}

#[test]
fn a_different_break_reason_is_found() {
    // The interpreter's machine halts through HTIF (exit code 3) at its second instruction;
    // the other one spins.
    let mut halting = asm::li(reg::S10, HTIF_START);
    halting.push(asm::addi(reg::S11, 0, 7)); // tohost = 7: halt, exit code 7 >> 1 = 3
    halting.push(asm::sd(reg::S10, reg::S11, 0));
    halting.push(asm::jal(0, 0));
    let spinning: Vec<u32> = halting
        .iter()
        .map(|&w| {
            if w == halting[halting.len() - 2] {
                asm::NOP
            } else {
                w
            }
        })
        .collect();
    let d = compare_with(
        &|| machine(&halting),
        &|| machine(&spinning),
        &plan(&[], 100),
    )
    .expect_err("one halts");
    assert_eq!(d.diff.field, "break reason");
    assert_eq!(d.diff.interp, "Halted(3)");
    assert_eq!(d.diff.jit, "ReachedTarget");
}

/// Fixed seeds through the whole oracle; a few seconds.
#[test]
fn generated_cases_agree() {
    let config = GenConfig {
        max_mcycle: 100_000,
    };
    for index in 0..6 {
        let case = generate(case_seed(0x5eed, index), &config);
        if let Err(d) = compare(&|| case.machine(), &case.plan) {
            panic!("case seed {:#x}: {d}", case.seed);
        }
    }
}

/// The generator keeps its promises: random code never writes the reserved data pointers,
/// and the program ends by halting through HTIF with exit code 0 when given enough cycles.
#[test]
fn generated_programs_keep_reserved_registers_and_halt() {
    let mut halted = 0;
    for index in 0..8 {
        let case = generate(case_seed(7, index), &GenConfig::default());
        let mut m = case.machine();
        m.set_engine(rivet::Engine::Interpreter);
        let reason = m.run(20_000_000);
        assert_eq!(m.hart().x[usize::from(reg::GP)], case.gp, "case {index}");
        assert_eq!(m.hart().x[usize::from(reg::SP)], case.sp, "case {index}");
        if reason == BreakReason::Halted(0) {
            halted += 1;
        }
    }
    assert!(halted >= 4, "only {halted} of 8 programs halted");
}

/// A divergence's reproducer holds the image itself and the commands that replay it.
#[test]
fn reproducers_are_self_contained() {
    let case = generate(case_seed(9, 0), &GenConfig::default());
    let plain = || case.machine();
    // A byte far above the image, which generated code never writes.
    let changed = || {
        let mut m = case.machine();
        m.write_memory(RAM_START + 0x3_f000, &[1]).expect("RAM");
        m
    };
    let d = compare_with(&plain, &changed, &case.plan).expect_err("RAM differs");
    let dir = std::env::temp_dir().join(format!("rivet-fuzz-repro-{}", std::process::id()));
    rivet_fuzz::campaign::write_reproducer(&dir, &case, &d).expect("written");
    assert_eq!(
        std::fs::read(dir.join("case.bin")).expect("image"),
        case.image
    );
    let readme = std::fs::read_to_string(dir.join("README.txt")).expect("readme");
    assert!(readme.contains(&format!("replay --case-seed {:#x}", case.seed)));
    assert!(readme.contains("--engine jit --jit-threshold 0 --final-hash"));
    assert!(
        readme.contains("memory 0x8003f000 (8-byte word) differs"),
        "{readme}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// S- and U-mode cases really run their body in that mode, through their page tables: the
/// generator's features are what the machine does. Sampled every 97 cycles on the
/// interpreter, the hart is often in the body's privilege (the rest is the M-mode handler),
/// and `satp` holds the case's tables (S-mode code may switch).
#[test]
fn lower_privilege_cases_run_in_their_mode_with_translation() {
    use rivet::machine::hart::Privilege;
    let mut seen = std::collections::BTreeSet::new();
    for index in 0..400 {
        let case = generate(case_seed(0x9a9e, index), &GenConfig::default());
        let has = |f: &str| case.features.contains(&f);
        let (mode, want) = if has("U mode") {
            ("U mode", Privilege::User)
        } else if has("S mode") {
            ("S mode", Privilege::Supervisor)
        } else {
            continue;
        };
        let scheme = ["Sv39", "Sv48"].into_iter().find(|s| has(s));
        if seen.contains(&(mode, scheme)) {
            continue;
        }
        let mut m = case.machine();
        m.set_engine(rivet::Engine::Interpreter);
        let (mut samples, mut in_mode) = (0, 0);
        for k in 1..=200u64 {
            if m.run(2_000 + 97 * k) != BreakReason::ReachedTarget {
                break;
            }
            samples += 1;
            in_mode += u32::from(m.hart().privilege == want);
        }
        if samples < 50 {
            continue; // halted early: too short to judge
        }
        seen.insert((mode, scheme));
        // Random code traps often (misaligned and faulting accesses, CSRs of other levels),
        // and the handler runs about 14 instructions per trap: a quarter is the bar.
        assert!(
            in_mode * 4 > samples,
            "seed {:#x} ({mode}, {scheme:?}): in mode at {in_mode} of {samples} samples",
            case.seed
        );
        let satp_mode = m.hart().satp >> 60;
        match scheme {
            Some("Sv39") => assert!(satp_mode == 8 || has("S mode"), "{:#x}", m.hart().satp),
            Some(_) => assert!(satp_mode == 9 || has("S mode"), "{:#x}", m.hart().satp),
            None => assert_eq!(m.hart().satp, 0),
        }
    }
    assert_eq!(seen.len(), 6, "combinations seen: {seen:?}");
}
