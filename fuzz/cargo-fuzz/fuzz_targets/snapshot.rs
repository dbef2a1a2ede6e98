//! Snapshot loading: a stored machine with one of its files replaced by the input (the
//! first byte picks the file) loads or fails with a typed error, never a panic.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use rivet::{Config, Machine};

/// A small machine stored once per process: its directory and file names.
fn stored() -> &'static (PathBuf, Vec<String>) {
    static STORED: OnceLock<(PathBuf, Vec<String>)> = OnceLock::new();
    STORED.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("rivet-fuzz-snapshot-{}", std::process::id()));
        let mut m = Machine::from_raw_image(
            &Config {
                ram_length: 64 << 10,
                ..Config::default()
            },
            &[0x13, 0, 0, 0],
        )
        .expect("machine");
        m.run(10);
        std::fs::create_dir_all(&dir).expect("temporary directory");
        m.store(&dir.join("base")).expect("store");
        let mut names: Vec<String> = std::fs::read_dir(dir.join("base"))
            .expect("stored")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        (dir, names)
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, content)) = data.split_first() else {
        return;
    };
    let (dir, names) = stored();
    let work = dir.join("work");
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).expect("work dir");
    for name in names {
        std::fs::copy(dir.join("base").join(name), work.join(name)).expect("copy");
    }
    let victim = &names[usize::from(pick) % names.len()];
    std::fs::write(work.join(victim), content).expect("write");
    let _ = Machine::load(&work);
});
