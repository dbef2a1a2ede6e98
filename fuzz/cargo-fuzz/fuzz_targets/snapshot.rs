//! Snapshot loading: a stored machine with one of its files replaced by the input (the
//! first byte picks the file) loads or fails with a typed error, never a panic.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use rivet::{Config, Machine};

/// A small machine stored once per process: its directory, and its files' names and
/// contents (kept in memory: copying files each run met EINTR from libFuzzer's timer signal).
fn stored() -> &'static (PathBuf, Vec<(String, Vec<u8>)>) {
    static STORED: OnceLock<(PathBuf, Vec<(String, Vec<u8>)>)> = OnceLock::new();
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
        let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir.join("base"))
            .expect("stored")
            .map(|e| {
                let e = e.expect("entry");
                let bytes = std::fs::read(e.path()).expect("stored file");
                (e.file_name().to_string_lossy().into_owned(), bytes)
            })
            .collect();
        files.sort();
        (dir, files)
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, content)) = data.split_first() else {
        return;
    };
    let (dir, files) = stored();
    let work = dir.join("work");
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).expect("work dir");
    let victim = usize::from(pick) % files.len();
    for (i, (name, bytes)) in files.iter().enumerate() {
        // `fs::write` retries interrupted writes.
        let bytes = if i == victim { content } else { bytes };
        std::fs::write(work.join(name), bytes).expect("write");
    }
    let _ = Machine::load(&work);
});
