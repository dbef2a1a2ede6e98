//! The F/D conformance vectors (`riscv-tests/fp/`): 142,040 operations run by a guest
//! program, whose output must equal, byte for byte, what an outside implementation
//! (`qemu-system-riscv64 -M spike`, SoftFloat-based but independent of rivet) printed for the
//! same program: result bits and the flags each operation raised.

use std::io::Write;
use std::sync::{Arc, Mutex};

use rivet::{BreakReason, Config, Machine};

/// A console sink the test can read afterwards.
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("console lock").extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn every_vector_matches_the_reference_bit_for_bit() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fp");
    let elf = std::fs::read(dir.join("build/fpvec.elf")).expect("fp/build/fpvec.elf");
    let expected = std::fs::read_to_string(dir.join("expected.txt")).expect("fp/expected.txt");
    let config = Config {
        ram_length: 8 << 20,
        ..Config::default()
    };
    let mut m = Machine::from_elf(&config, &elf).expect("load fpvec.elf");
    let console = Capture::default();
    m.set_console(Box::new(console.clone()));
    assert_eq!(
        m.run(200_000_000),
        BreakReason::Halted(0),
        "the guest traps or hangs"
    );
    let output = String::from_utf8(console.0.lock().unwrap().clone()).expect("ASCII output");

    let mut mismatches = Vec::new();
    let mut lines = 0;
    for (i, (got, want)) in output.lines().zip(expected.lines()).enumerate() {
        lines += 1;
        if got != want && mismatches.len() < 20 {
            mismatches.push(format!(
                "vector {i}: rivet {got:?}, reference {want:?} (decode: riscv-tests/fp/check_expected.py --dump {i})"
            ));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
    assert_eq!(
        output.lines().count(),
        expected.lines().count(),
        "line count"
    );
    assert_eq!(lines, 142_041, "142 040 vectors and the trailer");
    assert!(output.ends_with("done 00022ad8\n"));
}
