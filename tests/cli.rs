//! The `rivet run` command line: console output, summaries, exit codes, and a clear error
//! with a non-zero exit for every kind of bad input.

mod common;

use std::path::PathBuf;
use std::process::{Command, Output};

use common::{rivet, scratch, text};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Writes `bytes` to a scratch file and returns its path as a string.
fn file(name: &str, bytes: &[u8]) -> String {
    let path = scratch(name);
    std::fs::write(&path, bytes).unwrap();
    path.to_string_lossy().into_owned()
}

/// Little-endian machine code from 32-bit words.
fn code(words: &[u32]) -> Vec<u8> {
    words.iter().flat_map(|w| w.to_le_bytes()).collect()
}

// Hand-assembled from the RISC-V base encodings.
/// `addi t0, zero, 11` (HTIF halt with exit code 5 = 5 << 1 | 1).
const LI_T0_11: u32 = 0x00b0_0293;
/// `lui t1, 0x40008` (t1 = 0x4000_8000, the default HTIF tohost).
const LUI_T1_HTIF: u32 = 0x4000_8337;
/// `sd t0, 0(t1)`.
const SD_T0_T1: u32 = 0x0053_3023;
/// `jal zero, 0` (an endless loop).
const JAL_SELF: u32 = 0x0000_006f;

fn assert_exit(out: &Output, code: i32) {
    assert_eq!(
        out.status.code(),
        Some(code),
        "exit status; stderr:\n{}",
        text(&out.stderr)
    );
}

#[test]
fn hello_example_prints_and_exits_zero() {
    let elf = root().join("examples/hello.elf");
    let out = rivet(&["run", elf.to_str().unwrap()]);
    assert_exit(&out, 0);
    let stdout = text(&out.stdout);
    assert!(
        stdout.starts_with("Hello from rivet!\n"),
        "stdout: {stdout}"
    );
    // CRC-32 (IEEE) of "rivet", computed independently (zlib).
    assert!(stdout.contains("0x1c80c21e"), "stdout: {stdout}");
    let stderr = text(&out.stderr);
    assert!(stderr.contains("halted, exit code 0"), "stderr: {stderr}");
}

#[test]
fn guest_exit_code_becomes_process_exit_code() {
    let image = file(
        "exit5.bin",
        &code(&[LI_T0_11, LUI_T1_HTIF, SD_T0_T1, JAL_SELF]),
    );
    let out = rivet(&["run", "--ram-image", &image]);
    assert_exit(&out, 5);
    let stderr = text(&out.stderr);
    // Three instructions retire; the halt takes effect right after the store.
    assert!(
        stderr.contains("halted, exit code 5, mcycle 3"),
        "stderr: {stderr}"
    );
}

#[test]
fn json_summary() {
    let image = file(
        "exit5j.bin",
        &code(&[LI_T0_11, LUI_T1_HTIF, SD_T0_T1, JAL_SELF]),
    );
    let out = rivet(&["run", "--ram-image", &image, "--json"]);
    assert_exit(&out, 5);
    let v: serde_json::Value = serde_json::from_str(text(&out.stderr).trim()).expect("JSON");
    assert_eq!(v["break_reason"], "halted");
    assert_eq!(v["exit_code"], 5);
    assert_eq!(v["mcycle"], 3);
    assert_eq!(v["minstret"], 3);
    assert_eq!(v["pc"], "0x8000000c");
}

#[test]
fn mcycle_limit_has_its_own_exit_code() {
    let image = file("loop.bin", &code(&[JAL_SELF]));
    let out = rivet(&["run", "--ram-image", &image, "--max-mcycle", "0x1000"]);
    assert_exit(&out, 75);
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("mcycle limit reached, mcycle 4096"),
        "stderr: {stderr}"
    );
}

#[test]
fn quiet_prints_no_summary() {
    let image = file("loopq.bin", &code(&[JAL_SELF]));
    let out = rivet(&[
        "run",
        "--ram-image",
        &image,
        "--max-mcycle",
        "10",
        "--quiet",
    ]);
    assert_exit(&out, 75);
    assert!(out.stderr.is_empty(), "stderr: {}", text(&out.stderr));
}

#[test]
fn trace_shows_each_instruction_with_capstone_disassembly() {
    let image = file(
        "trace.bin",
        &code(&[LI_T0_11, LUI_T1_HTIF, SD_T0_T1, JAL_SELF]),
    );
    let out = rivet(&["run", "--ram-image", &image, "--trace", "--quiet"]);
    assert_exit(&out, 5);
    let lines: Vec<String> = text(&out.stderr).lines().map(str::to_owned).collect();
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert!(
        lines[0].contains("0x0000000080000000") && lines[0].contains("t0=0xb"),
        "{}",
        lines[0]
    );
    assert!(
        lines[1].contains("lui") && lines[1].contains("t1=0x40008000"),
        "{}",
        lines[1]
    );
    assert!(lines[2].contains("sd"), "{}", lines[2]);
}

/// Runs `rivet run ARGS` expecting the bad-input exit code and `message` on stderr.
fn expect_bad_input(args: &[&str], message: &str) {
    let out = rivet(args);
    let stderr = text(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(65),
        "args {args:?}; stderr: {stderr}"
    );
    assert!(
        stderr.contains(message),
        "args {args:?}: expected {message:?} in: {stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

fn hello_bytes() -> Vec<u8> {
    std::fs::read(root().join("examples/hello.elf")).unwrap()
}

#[test]
fn missing_file() {
    expect_bad_input(
        &["run", "/nonexistent/prog.elf"],
        "cannot read /nonexistent/prog.elf",
    );
    expect_bad_input(
        &["run", "--ram-image", "/nonexistent/img"],
        "cannot read /nonexistent/img",
    );
}

#[test]
fn not_an_elf() {
    let f = file("text.elf", b"this is not an ELF file at all");
    expect_bad_input(&["run", &f], "missing ELF magic");
    let f = file("empty.elf", b"");
    expect_bad_input(&["run", &f], "file is only 0 bytes long");
}

#[test]
fn wrong_class_endianness_machine_and_type() {
    let mut elf = hello_bytes();
    elf[4] = 1; // ELFCLASS32
    expect_bad_input(&["run", &file("c32.elf", &elf)], "32-bit");
    let mut elf = hello_bytes();
    elf[5] = 2; // ELFDATA2MSB
    expect_bad_input(&["run", &file("be.elf", &elf)], "big-endian");
    let mut elf = hello_bytes();
    elf[0x12..0x14].copy_from_slice(&62u16.to_le_bytes()); // EM_X86_64
    expect_bad_input(&["run", &file("x86.elf", &elf)], "not RISC-V");
    let mut elf = hello_bytes();
    elf[0x10..0x12].copy_from_slice(&3u16.to_le_bytes()); // ET_DYN
    expect_bad_input(&["run", &file("dyn.elf", &elf)], "not an executable");
}

#[test]
fn truncated_elf() {
    let elf = hello_bytes();
    // Headers intact, segment data cut off.
    expect_bad_input(&["run", &file("trunc.elf", &elf[..0x1100])], "truncated");
    // Cut inside the ELF header itself.
    expect_bad_input(
        &["run", &file("trunc2.elf", &elf[..40])],
        "not a valid ELF file",
    );
}

/// Offsets of the program headers of an ELF64 file.
fn program_headers(elf: &[u8]) -> Vec<usize> {
    let phoff = u64::from_le_bytes(elf[0x20..0x28].try_into().unwrap()) as usize;
    let entsize = u16::from_le_bytes(elf[0x36..0x38].try_into().unwrap()) as usize;
    let num = u16::from_le_bytes(elf[0x38..0x3a].try_into().unwrap()) as usize;
    (0..num).map(|i| phoff + i * entsize).collect()
}

fn load_headers(elf: &[u8]) -> Vec<usize> {
    program_headers(elf)
        .into_iter()
        .filter(|&ph| u32::from_le_bytes(elf[ph..ph + 4].try_into().unwrap()) == 1)
        .collect()
}

#[test]
fn segment_outside_memory() {
    let mut elf = hello_bytes();
    let ph = load_headers(&elf)[0];
    elf[ph + 0x18..ph + 0x20].copy_from_slice(&0x1000u64.to_le_bytes()); // p_paddr
    expect_bad_input(
        &["run", &file("outside.elf", &elf)],
        "outside every loadable memory range",
    );
}

#[test]
fn overlapping_segments() {
    let mut elf = std::fs::read(root().join("riscv-tests/guest/build/rv64ui-alu.elf")).unwrap();
    let loads = load_headers(&elf);
    assert!(loads.len() >= 2);
    let first_paddr: [u8; 8] = elf[loads[0] + 0x18..loads[0] + 0x20].try_into().unwrap();
    elf[loads[1] + 0x18..loads[1] + 0x20].copy_from_slice(&first_paddr);
    expect_bad_input(&["run", &file("overlap.elf", &elf)], "overlap");
}

#[test]
fn bad_ram_lengths() {
    let image = file("tiny.bin", &code(&[JAL_SELF]));
    expect_bad_input(
        &["run", "--ram-image", &image, "--ram-length", "0"],
        "must not be zero",
    );
    expect_bad_input(
        &["run", "--ram-image", &image, "--ram-length", "1Ti"],
        "at most 64 GiB",
    );
    expect_bad_input(
        &["run", "--ram-image", &image, "--ram-length", "5000"],
        "multiple of 4 KiB",
    );
}

#[test]
fn image_larger_than_ram() {
    let image = file("big.bin", &vec![0x13u8; 8192]);
    expect_bad_input(
        &["run", "--ram-image", &image, "--ram-length", "4Ki"],
        "does not fit in RAM",
    );
}

#[test]
fn malformed_command_lines_are_usage_errors() {
    for args in [
        vec!["run"],
        vec!["run", "a.elf", "--ram-length", "12Qi"],
        vec!["run", "a.elf", "--max-mcycle", "-5"],
        vec!["run", "a.elf", "--ram-image", "b.bin"],
        vec!["frobnicate"],
    ] {
        let out = rivet(&args);
        assert_eq!(
            out.status.code(),
            Some(64),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert!(!out.stderr.is_empty());
    }
    let help = rivet(&["run", "--help"]);
    assert_exit(&help, 0);
}

#[test]
fn dtb_decodes_with_dtc_and_describes_the_machine() {
    let path = scratch("machine.dtb");
    let out = rivet(&[
        "dtb",
        "--ram-length",
        "256Mi",
        "--append-bootargs",
        "console=hvc0 root=/dev/pmem0",
        "-o",
        path.to_str().unwrap(),
    ]);
    assert_exit(&out, 0);
    let blob = std::fs::read(&path).unwrap();
    assert_eq!(&blob[..4], &[0xd0, 0x0d, 0xfe, 0xed], "FDT magic");
    // dtc is an outside reference; the check runs where it is installed (CI installs it).
    let Ok(dts) = Command::new("dtc")
        .args(["-I", "dtb", "-O", "dts"])
        .arg(&path)
        .output()
    else {
        eprintln!("dtc not installed: skipping the dtc decode");
        return;
    };
    assert!(dts.status.success(), "dtc: {}", text(&dts.stderr));
    let dts = text(&dts.stdout);
    for expected in [
        "bootargs = \"console=hvc0 root=/dev/pmem0\";",
        "memory@80000000",
        "reg = <0x00 0x80000000 0x00 0x10000000>;",
        "riscv,isa = \"rv64imafdc_zicntr_zicsr_zifencei\";",
        "mmu-type = \"riscv,sv57\";",
        "timebase-frequency = <0x989680>;",
        "clint@2000000",
        "compatible = \"ucb,htif0\";",
    ] {
        assert!(dts.contains(expected), "missing {expected:?} in:\n{dts}");
    }
}

// ----- hashes, proofs, store/load ----------------------------------------------------------

fn guest_elf() -> String {
    root()
        .join("riscv-tests/guest/build/rv64ui-alu.elf")
        .to_string_lossy()
        .into_owned()
}

/// The 64-hex-digit value after `label ` on a line of `text`.
fn hash_after(text: &str, label: &str) -> String {
    let line = text
        .lines()
        .find_map(|l| l.strip_prefix(label))
        .unwrap_or_else(|| panic!("no `{label}` line in:\n{text}"));
    let h = line.trim().to_string();
    assert_eq!(h.len(), 64, "{h}");
    assert!(h.bytes().all(|b| b.is_ascii_hexdigit()));
    h
}

#[test]
fn hashes_of_a_run_and_of_a_split_run_agree() {
    let elf = guest_elf();
    let out = rivet(&[
        "run",
        &elf,
        "--ram-length",
        "2Mi",
        "--initial-hash",
        "--final-hash",
        "--periodic-hashes",
        "8",
    ]);
    assert_exit(&out, 0);
    let err = text(&out.stderr);
    let initial = hash_after(&err, "initial-hash ");
    let final_ = hash_after(&err, "final-hash ");
    assert_ne!(initial, final_);
    // One "mcycle root" line per 256 cycles.
    let periodic: Vec<&str> = err
        .lines()
        .filter(|l| l.split(' ').count() == 2 && l.as_bytes()[0].is_ascii_digit())
        .collect();
    assert!(periodic.len() >= 2, "{err}");
    assert!(periodic[0].starts_with("256 "), "{err}");
    assert!(periodic[1].starts_with("512 "), "{err}");

    // `rivet hash` of the ELF is the initial hash.
    let out = rivet(&["hash", &elf, "--ram-length", "2Mi"]);
    assert_exit(&out, 0);
    assert_eq!(text(&out.stdout).trim(), initial);

    // Run 300 cycles, store; load, run to the end: the same final hash.
    let dir = scratch("snap");
    let dir_s = dir.to_str().unwrap();
    let out = rivet(&[
        "run",
        &elf,
        "--ram-length",
        "2Mi",
        "--max-mcycle",
        "300",
        "--store",
        dir_s,
        "--final-hash",
    ]);
    assert_exit(&out, 75);
    let mid = hash_after(&text(&out.stderr), "final-hash ");
    let out = rivet(&["hash", "--load", dir_s]);
    assert_exit(&out, 0);
    assert_eq!(text(&out.stdout).trim(), mid);
    // The periodic hash at 512 is the same whether or not the run was split at 300.
    let out = rivet(&[
        "run",
        "--load",
        dir_s,
        "--final-hash",
        "--periodic-hashes",
        "8",
    ]);
    assert_exit(&out, 0);
    let err2 = text(&out.stderr);
    assert_eq!(hash_after(&err2, "final-hash "), final_);
    assert!(err2.lines().any(|l| l == periodic[1]), "{err2}");
    // --json carries the hashes.
    let out = rivet(&["run", "--load", dir_s, "--json", "--final-hash"]);
    let json: serde_json::Value = serde_json::from_str(text(&out.stderr).trim()).unwrap();
    assert_eq!(json["final_hash"], final_);
}

#[test]
fn proofs_verify_and_tampered_proofs_do_not() {
    let elf = guest_elf();
    let out = rivet(&[
        "proof",
        &elf,
        "--ram-length",
        "2Mi",
        "--address",
        "0x80000000",
        "--log2-size",
        "12",
    ]);
    assert_exit(&out, 0);
    let json = text(&out.stdout);
    let proof: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(proof["target_address"], "0x80000000");
    assert_eq!(proof["sibling_hashes"].as_array().unwrap().len(), 52);
    let out = rivet(&["hash", &elf, "--ram-length", "2Mi"]);
    assert_eq!(proof["root_hash"], text(&out.stdout).trim());
    let good = file("proof.json", json.as_bytes());
    let out = rivet(&["verify-proof", &good]);
    assert_exit(&out, 0);
    assert!(text(&out.stderr).contains("proof verifies"));

    // One flipped hex digit in a sibling: well-formed, rejected with exit 1.
    let sibling = proof["sibling_hashes"][7].as_str().unwrap();
    let flipped_sibling = format!(
        "{}{}",
        if sibling.starts_with('0') { "1" } else { "0" },
        &sibling[1..]
    );
    let bad = file(
        "bad-proof.json",
        json.replace(sibling, &flipped_sibling).as_bytes(),
    );
    let out = rivet(&["verify-proof", &bad]);
    assert_exit(&out, 1);
    assert!(
        text(&out.stderr).contains("does not verify"),
        "{}",
        text(&out.stderr)
    );

    // Corrupted JSON, a missing file, a bad hash: bad input.
    expect_bad_input(
        &["verify-proof", &file("cut.json", &json.as_bytes()[..50])],
        "not a valid proof",
    );
    expect_bad_input(&["verify-proof", "/nonexistent/p.json"], "cannot read");
    let bad_hex = json.replace(proof["root_hash"].as_str().unwrap(), "xyz");
    expect_bad_input(
        &["verify-proof", &file("hex.json", bad_hex.as_bytes())],
        "hex digits",
    );
    // A misaligned proof request.
    expect_bad_input(
        &["proof", &elf, "--address", "0x80000001", "--log2-size", "5"],
        "not aligned",
    );
}

#[test]
fn bad_snapshot_directories_are_bad_input() {
    expect_bad_input(
        &["run", "--load", "/nonexistent/snap"],
        "cannot load the snapshot",
    );
    let elf = guest_elf();
    let dir = scratch("snap-bad");
    let dir_s = dir.to_str().unwrap();
    let out = rivet(&[
        "run",
        &elf,
        "--ram-length",
        "2Mi",
        "--max-mcycle",
        "10",
        "--store",
        dir_s,
    ]);
    assert_exit(&out, 75);
    let ram = dir.join("ram.bin");
    let mut bytes = std::fs::read(&ram).unwrap();
    bytes[0x10] ^= 1;
    std::fs::write(&ram, &bytes).unwrap();
    expect_bad_input(&["hash", "--load", dir_s], "range RAM");
    // --store over a directory that is not a snapshot fails and leaves it alone.
    let other = scratch("not-snap");
    std::fs::create_dir_all(&other).unwrap();
    let out = rivet(&["run", &elf, "--store", other.to_str().unwrap()]);
    assert_exit(&out, 73);
    assert!(text(&out.stderr).contains("not a rivet snapshot"));
    // --load with an image is a usage error.
    let out = rivet(&["run", &elf, "--load", dir_s]);
    assert_exit(&out, 64);
}
