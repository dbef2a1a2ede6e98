//! `rivet run --bios/--kernel/--initrd/--flash-drive`: the boot options and their validation,
//! with small hand-made images (no Linux needed).

mod common;

use std::path::{Path, PathBuf};

use common::rivet;

fn dir(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("rivet-linux-cli-{}-{tag}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn file(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p.display().to_string()
}

/// Firmware (hand-assembled) that prints "fw" on the UART, copies the first 8 bytes of the
/// flash drive at 0x1_0000_0000 to the one at 0x1_0000_1000 and powers off through the
/// test/syscon device (0x5555 at 0x100000).
fn firmware() -> Vec<u8> {
    let words: [u32; 16] = [
        0x1000_02b7, // lui t0, 0x10000        (UART)
        0x0660_0313, // addi t1, x0, 'f'
        0x0062_8023, // sb t1, 0(t0)           (THR)
        0x0770_0313, // addi t1, x0, 'w'
        0x0062_8023, // sb t1, 0(t0)
        0x0010_029b, // addiw t0, x0, 1
        0x0202_9293, // slli t0, t0, 32        (0x1_0000_0000)
        0x0002_b303, // ld t1, 0(t0)
        0x0000_13b7, // lui t2, 1
        0x0053_83b3, // add t2, t2, t0         (0x1_0000_1000)
        0x0063_b023, // sd t1, 0(t2)
        0x0010_02b7, // lui t0, 0x100          (syscon)
        0x0000_5337, // lui t1, 0x5
        0x5553_0313, // addi t1, t1, 0x555
        0x0062_a023, // sw t1, 0(t0)           (power off)
        0x0000_006f, // j .
    ];
    words.iter().flat_map(|x| x.to_le_bytes()).collect()
}

#[test]
fn boots_firmware_with_flash_drives() {
    let d = dir("boot");
    let bios = file(&d, "fw.bin", &firmware());
    let kernel = file(&d, "kernel", &[0x6f, 0, 0, 0]);
    let mut input = vec![0u8; 4096];
    input[..8].copy_from_slice(b"sensor42");
    let input = file(&d, "in.img", &input);
    let output = file(&d, "out.img", &[0u8; 8192]);
    let out = rivet(&[
        "run",
        "--bios",
        &bios,
        "--kernel",
        &kernel,
        "--append",
        "console=ttyS0",
        "--flash-drive",
        &format!("file={input},start=0x100000000,readonly"),
        "--flash-drive",
        &format!("file={output},start=0x100001000,shared"),
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert_eq!(out.stdout, b"fw");
    assert!(stderr.contains("halted, exit code 0"), "{stderr}");
    let written = std::fs::read(&output).unwrap();
    assert_eq!(&written[..8], b"sensor42", "shared drive written through");
    assert!(written[8..].iter().all(|&b| b == 0));
}

#[test]
fn private_drives_leave_the_file_alone() {
    let d = dir("private");
    let bios = file(&d, "fw.bin", &firmware());
    let kernel = file(&d, "kernel", &[0x6f, 0, 0, 0]);
    let input = file(&d, "in.img", &[7u8; 4096]);
    let output = file(&d, "out.img", &[0u8; 4096]);
    let out = rivet(&[
        "run",
        "--bios",
        &bios,
        "--kernel",
        &kernel,
        "--flash-drive",
        &format!("file={input},start=0x100000000"),
        "--flash-drive",
        &format!("file={output},start=0x100001000"),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(std::fs::read(&output).unwrap(), vec![0u8; 4096]);
}

#[test]
fn store_to_a_read_only_drive_faults() {
    // The firmware's store goes to the second drive: make that one read-only. The store
    // faults (mtvec is 0: the hart loops on access faults) so the run hits its limit.
    let d = dir("ro");
    let bios = file(&d, "fw.bin", &firmware());
    let kernel = file(&d, "kernel", &[0x6f, 0, 0, 0]);
    let input = file(&d, "in.img", &[7u8; 4096]);
    let output = file(&d, "out.img", &[0u8; 4096]);
    let out = rivet(&[
        "run",
        "--json",
        "--max-mcycle",
        "100",
        "--bios",
        &bios,
        "--kernel",
        &kernel,
        "--flash-drive",
        &format!("file={input},start=0x100000000"),
        "--flash-drive",
        &format!("file={output},start=0x100001000,readonly"),
    ]);
    assert_eq!(
        out.status.code(),
        Some(75),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(std::fs::read(&output).unwrap(), vec![0u8; 4096]);
}

#[test]
fn machines_with_flash_drives_cannot_be_stored_yet() {
    let d = dir("store");
    let bios = file(&d, "fw.bin", &firmware());
    let kernel = file(&d, "kernel", &[0x6f, 0, 0, 0]);
    let input = file(&d, "in.img", &[7u8; 4096]);
    let output = file(&d, "out.img", &[0u8; 4096]);
    let snap = d.join("snap").display().to_string();
    let out = rivet(&[
        "run",
        "--bios",
        &bios,
        "--kernel",
        &kernel,
        "--flash-drive",
        &format!("file={input},start=0x100000000"),
        "--flash-drive",
        &format!("file={output},start=0x100001000"),
        "--store",
        &snap,
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(73), "{stderr}");
    assert!(stderr.contains("flash drives"), "{stderr}");
    assert!(!Path::new(&snap).exists());
}

#[test]
fn bad_boot_options_are_rejected_with_a_reason() {
    let d = dir("bad");
    let bios = file(&d, "fw.bin", &firmware());
    let kernel = file(&d, "kernel", &[0x6f, 0, 0, 0]);
    let page = file(&d, "page.img", &[0u8; 4096]);
    let odd = file(&d, "odd.img", &[0u8; 100]);
    let big = file(&d, "big.bin", &vec![0u8; (2 << 20) + 4]);
    let empty = file(&d, "empty", &[]);
    let missing = d.join("missing.img").display().to_string();
    let cases: Vec<(Vec<String>, u8, &str)> = vec![
        (vec!["--kernel".into(), kernel.clone()], 64, "--bios"),
        (
            vec![
                "--bios".into(),
                bios.clone(),
                "--initrd".into(),
                page.clone(),
            ],
            64,
            "--kernel",
        ),
        (
            vec![
                "--bios".into(),
                big.clone(),
                "--kernel".into(),
                kernel.clone(),
            ],
            65,
            "2 MiB",
        ),
        (
            vec![
                "--bios".into(),
                bios.clone(),
                "--kernel".into(),
                empty.clone(),
            ],
            65,
            "empty",
        ),
        (
            vec![
                "--bios".into(),
                bios.clone(),
                "--kernel".into(),
                kernel.clone(),
                "--initrd".into(),
                empty.clone(),
            ],
            65,
            "initrd",
        ),
        (
            vec![
                "--bios".into(),
                missing.clone(),
                "--kernel".into(),
                kernel.clone(),
            ],
            65,
            "missing.img",
        ),
        (
            vec!["--flash-drive".into(), format!("file={page}")],
            64,
            "start",
        ),
        (
            vec![
                "--flash-drive".into(),
                format!("file={page},start=0x100000000,shared,readonly"),
            ],
            64,
            "exclude",
        ),
        (
            vec![
                "--flash-drive".into(),
                format!("file={missing},start=0x100000000"),
            ],
            65,
            "missing.img",
        ),
        (
            vec![
                "--flash-drive".into(),
                format!("file={odd},start=0x100000000"),
            ],
            65,
            "multiple of 4096",
        ),
        (
            vec![
                "--flash-drive".into(),
                format!("file={page},start=0x100000800"),
            ],
            65,
            "aligned",
        ),
        (
            vec![
                "--flash-drive".into(),
                format!("file={page},start=0x80000000"),
            ],
            65,
            "below the end of RAM",
        ),
        (
            vec![
                "--flash-drive".into(),
                format!("file={page},start=0x100000000"),
                "--flash-drive".into(),
                format!("file={page},start=0x100000000"),
            ],
            65,
            "overlaps",
        ),
    ];
    for (extra, code, needle) in cases {
        let mut args = vec!["run".to_string()];
        if !extra.iter().any(|a| a == "--kernel" || a == "--bios") {
            args.extend([
                "--bios".into(),
                bios.clone(),
                "--kernel".into(),
                kernel.clone(),
            ]);
        }
        args.extend(extra.iter().cloned());
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = rivet(&refs);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            out.status.code(),
            Some(i32::from(code)),
            "{args:?}: {stderr}"
        );
        assert!(
            stderr.contains(needle),
            "{args:?}: {stderr:?} should mention {needle:?}"
        );
    }
}
