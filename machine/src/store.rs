//! Stored snapshots: a directory with a versioned JSON config, one raw file per committed
//! range and the root hash (format in `docs/merkle.md`).
//!
//! [`store`] writes a complete directory next to the target under a temporary name, syncs
//! it, and renames it into place (an old snapshot is renamed away first and deleted last),
//! so a crash or a full disk never leaves a half-written snapshot where a good one stood.
//! [`load`] checks the version and every file's size, rebuilds the machine, recomputes each
//! range's hash and the root, and names the range that does not match.

use std::fs::{self, File};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::MachineError;
use crate::machine::{Machine, MachineConfig, RestoreError};
use crate::map;
use crate::merkle::Hash;
use crate::merkle::region::{PAGE_BYTES, is_zero};
use crate::shadow;

/// Name of the format, in the config's `format` field.
pub const FORMAT: &str = "rivet-snapshot";
/// Version of the format this rivet writes and reads.
pub const FORMAT_VERSION: u32 = 1;
/// Name of the config file in a snapshot directory.
pub const CONFIG_FILE: &str = "config.json";

/// The config file of a stored snapshot.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoredConfig {
    /// Always [`FORMAT`].
    pub format: String,
    /// [`FORMAT_VERSION`] when written.
    pub version: u32,
    /// [`crate::SEMANTICS_VERSION`] of the machine that wrote it.
    pub semantics_version: u64,
    /// RAM length in bytes.
    pub ram_length: u64,
    /// Kernel command line of the device tree.
    pub bootargs: String,
    /// The committed ranges, in address order, each with its file.
    pub ranges: Vec<StoredRange>,
    /// The root hash of the whole state.
    pub root_hash: Hash,
}

/// One committed range of a stored snapshot.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoredRange {
    /// Range name (`shadow`, `DTB`, `RAM`).
    pub name: String,
    /// First physical address.
    pub start: u64,
    /// Length in bytes (= the file's size).
    pub length: u64,
    /// File name inside the directory.
    pub file: String,
    /// Hash of the range as a tree of its own ([`Machine::range_hash`]).
    pub hash: Hash,
}

/// Why a snapshot cannot be stored or loaded.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The machine has flash drives, which this snapshot format does not hold yet.
    #[error(
        "the machine has flash drives; storing them in a snapshot is not supported yet (their files hold their contents)"
    )]
    FlashDrives,
    /// A file system operation failed.
    #[error("{path}: {error}")]
    Io {
        /// The path involved.
        path: PathBuf,
        /// The host error (in the message, not as a source: printed once).
        error: std::io::Error,
    },
    /// The target exists and is not a rivet snapshot: it is not replaced.
    #[error("{0} exists and is not a rivet snapshot directory; refusing to replace it")]
    NotASnapshot(PathBuf),
    /// The config file is not valid JSON of the expected shape.
    #[error("{path}: malformed snapshot config: {source}")]
    Config {
        /// The config file.
        path: PathBuf,
        /// The parse error.
        source: serde_json::Error,
    },
    /// Unknown format or version.
    #[error(
        "{path}: format `{format}` version {version}; this rivet reads `{FORMAT}` version {FORMAT_VERSION}"
    )]
    Version {
        /// The config file.
        path: PathBuf,
        /// Format name found.
        format: String,
        /// Version found.
        version: u32,
    },
    /// Written by a machine with other semantics.
    #[error("snapshot was made with semantics version {found}; this rivet has {expected}")]
    Semantics {
        /// Found.
        found: u64,
        /// Expected.
        expected: u64,
    },
    /// The list of ranges is not the one this machine has.
    #[error("range list does not match the machine: {0}")]
    Ranges(String),
    /// A range file has the wrong size.
    #[error("range {range}: file {path} has {found} bytes, expected {expected}")]
    Size {
        /// Range name.
        range: String,
        /// The file.
        path: PathBuf,
        /// Size expected.
        expected: u64,
        /// Size found.
        found: u64,
    },
    /// A range's contents do not give its recorded hash.
    #[error("range {range}: contents hash to {computed}, the config records {expected}")]
    RangeHash {
        /// Range name.
        range: String,
        /// Recorded.
        expected: Hash,
        /// Computed.
        computed: Hash,
    },
    /// The rebuilt machine's root differs from the recorded root.
    #[error(
        "root hash mismatch: the rebuilt machine has {computed}, the config records {expected}"
    )]
    Root {
        /// Recorded.
        expected: Hash,
        /// Computed.
        computed: Hash,
    },
    /// The machine cannot be built from the config.
    #[error("cannot build the machine: {0}")]
    Machine(MachineError),
    /// The shadow state cannot be restored.
    #[error("range shadow: {0}")]
    Shadow(RestoreError),
}

impl From<MachineError> for StoreError {
    fn from(e: MachineError) -> Self {
        StoreError::Machine(e)
    }
}

impl From<RestoreError> for StoreError {
    fn from(e: RestoreError) -> Self {
        StoreError::Shadow(e)
    }
}

/// The error for a snapshot directory that does not exist, pointing at the directories a
/// store interrupted between its two renames leaves next to it.
fn missing_snapshot(dir: &Path, source: std::io::Error) -> StoreError {
    let name = dir.file_name().map(|n| n.to_string_lossy().into_owned());
    let parent = dir
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let leftovers: Vec<String> = name
        .and_then(|name| {
            let entries = fs::read_dir(parent).ok()?;
            Some(
                entries
                    .filter_map(|e| e.ok())
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|f| {
                        f.starts_with(&format!("{name}.old-"))
                            || f.starts_with(&format!("{name}.tmp-"))
                    })
                    .collect(),
            )
        })
        .unwrap_or_default();
    let config = dir.join(CONFIG_FILE);
    let path = if leftovers.is_empty() {
        config
    } else {
        PathBuf::from(format!(
            "{} (an interrupted store left: {}; the .tmp- one is the newer snapshot)",
            config.display(),
            leftovers.join(", ")
        ))
    };
    StoreError::Io {
        path,
        error: source,
    }
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> StoreError + '_ {
    move |error| StoreError::Io {
        path: path.to_path_buf(),
        error,
    }
}

/// The committed ranges and their files: (name, start, length, file).
fn ranges(ram_length: u64) -> [(&'static str, u64, u64, &'static str); 3] {
    [
        (
            "shadow",
            map::SHADOW_START,
            map::SHADOW_LENGTH,
            "shadow.bin",
        ),
        ("DTB", map::DTB_START, map::DTB_LENGTH, "dtb.bin"),
        ("RAM", map::RAM_START, ram_length, "ram.bin"),
    ]
}

/// Largest config file accepted (a real one is a few hundred bytes).
const MAX_CONFIG_BYTES: u64 = 1 << 20;

/// Reads a small text file: it must be a regular file (not a FIFO, device or directory,
/// whatever a symlink points to) of at most `limit` bytes, so that a crafted path can neither
/// hang the process nor make it read without end.
pub fn read_small_file(path: &Path, limit: u64) -> std::io::Result<String> {
    use std::io::Read;
    let file = File::open(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(std::io::Error::other("not a regular file"));
    }
    if meta.len() > limit {
        return Err(std::io::Error::other(format!(
            "{} bytes, more than the {limit} accepted",
            meta.len()
        )));
    }
    let mut text = String::new();
    file.take(limit + 1).read_to_string(&mut text)?;
    if text.len() as u64 > limit {
        return Err(std::io::Error::other(format!("more than {limit} bytes")));
    }
    Ok(text)
}

/// Whether `dir` looks like a stored snapshot (has a config naming the format).
fn is_snapshot(dir: &Path) -> bool {
    read_small_file(&dir.join(CONFIG_FILE), MAX_CONFIG_BYTES)
        .ok()
        .and_then(|s| serde_json::from_str::<serde_json::Value>(&s).ok())
        .is_some_and(|v| v.get("format").and_then(|f| f.as_str()) == Some(FORMAT))
}

/// Writes one range of memory to `path`; zero pages become holes (a sparse file).
fn write_range(m: &Machine, start: u64, length: u64, path: &Path) -> Result<(), StoreError> {
    let mut file = File::create(path).map_err(io(path))?;
    file.set_len(length).map_err(io(path))?;
    let mut page = vec![0u8; PAGE_BYTES];
    let mut offset = 0;
    while offset < length {
        m.read_memory(start + offset, &mut page)
            .expect("committed range is memory");
        if !is_zero(&page) {
            file.seek(SeekFrom::Start(offset)).map_err(io(path))?;
            file.write_all(&page).map_err(io(path))?;
        }
        offset += PAGE_BYTES as u64;
    }
    file.sync_all().map_err(io(path))
}

fn sync_dir(dir: &Path) -> Result<(), StoreError> {
    File::open(dir).and_then(|d| d.sync_all()).map_err(io(dir))
}

/// Stores the machine's state in directory `dir` (replacing a snapshot stored there before)
/// and returns its root.
pub fn store(m: &mut Machine, dir: &Path) -> Result<Hash, StoreError> {
    if !m.flash_drives().is_empty() {
        return Err(StoreError::FlashDrives);
    }
    let root_hash = m.root_hash();
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = dir
        .file_name()
        .ok_or_else(|| StoreError::NotASnapshot(dir.to_path_buf()))?
        .to_string_lossy()
        .into_owned();
    if dir.exists() && !is_snapshot(dir) {
        return Err(StoreError::NotASnapshot(dir.to_path_buf()));
    }
    let pid = std::process::id();
    let tmp = parent.join(format!("{name}.tmp-{pid}"));
    // `create_dir` fails if the path exists: a leftover of an earlier run (or anything else)
    // is never deleted or reused.
    fs::create_dir(&tmp).map_err(io(&tmp))?;
    let result = (|| {
        let mut stored = Vec::new();
        for (range, start, length, file) in ranges(m.ram_length()) {
            let path = tmp.join(file);
            if range == "shadow" {
                let mut f = File::create(&path).map_err(io(&path))?;
                f.write_all(&shadow::serialize(m)).map_err(io(&path))?;
                f.sync_all().map_err(io(&path))?;
            } else {
                write_range(m, start, length, &path)?;
            }
            stored.push(StoredRange {
                name: range.to_string(),
                start,
                length,
                file: file.to_string(),
                hash: m.range_hash(start, length),
            });
        }
        let config = StoredConfig {
            format: FORMAT.to_string(),
            version: FORMAT_VERSION,
            semantics_version: crate::SEMANTICS_VERSION,
            ram_length: m.ram_length(),
            bootargs: m.bootargs().to_string(),
            ranges: stored,
            root_hash,
        };
        let path = tmp.join(CONFIG_FILE);
        let mut f = File::create(&path).map_err(io(&path))?;
        let json = serde_json::to_string_pretty(&config).expect("config serialises");
        f.write_all(json.as_bytes()).map_err(io(&path))?;
        f.write_all(b"\n").map_err(io(&path))?;
        f.sync_all().map_err(io(&path))?;
        sync_dir(&tmp)
    })();
    if let Err(e) = result {
        let _ = fs::remove_dir_all(&tmp);
        return Err(e);
    }
    // Swap in: the old snapshot moves aside first and is deleted only once the new one is in.
    let old = parent.join(format!("{name}.old-{pid}"));
    let had_old = dir.exists();
    if had_old && let Err(e) = fs::rename(dir, &old) {
        let _ = fs::remove_dir_all(&tmp);
        return Err(io(&old)(e));
    }
    if let Err(e) = fs::rename(&tmp, dir) {
        if had_old {
            let _ = fs::rename(&old, dir);
        }
        let _ = fs::remove_dir_all(&tmp);
        return Err(io(dir)(e));
    }
    sync_dir(&parent)?;
    if had_old {
        fs::remove_dir_all(&old).map_err(io(&old))?;
    }
    Ok(root_hash)
}

/// Reads the config of the snapshot in `dir`, checking its format and version.
pub fn read_config(dir: &Path) -> Result<StoredConfig, StoreError> {
    let path = dir.join(CONFIG_FILE);
    let text = match read_small_file(&path, MAX_CONFIG_BYTES) {
        Ok(text) => text,
        Err(e) if !dir.exists() => return Err(missing_snapshot(dir, e)),
        Err(e) => return Err(io(&path)(e)),
    };
    // The version is checked before the shape, so that a newer format gets a version error.
    let value: serde_json::Value =
        serde_json::from_str(&text).map_err(|source| StoreError::Config {
            path: path.clone(),
            source,
        })?;
    let format = value.get("format").and_then(|v| v.as_str()).unwrap_or("");
    let version = value.get("version").and_then(|v| v.as_u64()).unwrap_or(0);
    if format != FORMAT || version != u64::from(FORMAT_VERSION) {
        return Err(StoreError::Version {
            path,
            format: format.to_string(),
            version: u32::try_from(version).unwrap_or(u32::MAX),
        });
    }
    serde_json::from_value(value).map_err(|source| StoreError::Config { path, source })
}

/// Loads the snapshot stored in `dir` into a new machine (console discarded) and checks its
/// ranges and root.
pub fn load(dir: &Path) -> Result<Machine, StoreError> {
    let config = read_config(dir)?;
    if config.semantics_version != crate::SEMANTICS_VERSION {
        return Err(StoreError::Semantics {
            found: config.semantics_version,
            expected: crate::SEMANTICS_VERSION,
        });
    }
    let expected = ranges(config.ram_length);
    if config.ranges.len() != expected.len() {
        return Err(StoreError::Ranges(format!(
            "{} ranges listed, expected {}",
            config.ranges.len(),
            expected.len()
        )));
    }
    for (r, (name, start, length, _)) in config.ranges.iter().zip(expected) {
        if r.name != name || r.start != start || r.length != length {
            return Err(StoreError::Ranges(format!(
                "range `{}` at {:#x} of {:#x} bytes, expected `{name}` at {start:#x} of {length:#x} bytes",
                r.name, r.start, r.length
            )));
        }
        if r.file.contains('/') || r.file.contains('\\') || r.file.starts_with('.') {
            return Err(StoreError::Ranges(format!(
                "range {}: file name `{}` must be a plain name inside the directory",
                r.name, r.file
            )));
        }
        let path = dir.join(&r.file);
        let found = fs::metadata(&path).map_err(io(&path))?.len();
        if found != r.length {
            return Err(StoreError::Size {
                range: r.name.clone(),
                path,
                expected: r.length,
                found,
            });
        }
    }
    let mut m = Machine::new(&MachineConfig {
        ram_length: config.ram_length,
        bootargs: config.bootargs.clone(),
        ..MachineConfig::default()
    })?;
    let [shadow_r, dtb_r, ram_r] = [&config.ranges[0], &config.ranges[1], &config.ranges[2]];
    // The shadow first: it may move HTIF, which rewrites the DTB; the stored DTB then wins.
    let shadow_path = dir.join(&shadow_r.file);
    let page = fs::read(&shadow_path).map_err(io(&shadow_path))?;
    m.restore_shadow(&page)?;
    for r in [dtb_r, ram_r] {
        let path = dir.join(&r.file);
        let mut file = File::open(&path).map_err(io(&path))?;
        let mut chunk = vec![0u8; 1 << 20];
        let mut offset = 0u64;
        while offset < r.length {
            let n = chunk.len().min((r.length - offset) as usize);
            file.read_exact(&mut chunk[..n]).map_err(io(&path))?;
            for (i, page) in chunk[..n].chunks(PAGE_BYTES).enumerate() {
                let addr = r.start + offset + (i * PAGE_BYTES) as u64;
                // Zero pages are skipped: RAM starts zero and stays sparse. The DTB range was
                // written at construction, so it is written whole.
                if r.name == "DTB" || !is_zero(page) {
                    m.write_memory(addr, page)
                        .expect("range checked to be memory");
                }
            }
            offset += n as u64;
        }
    }
    for r in &config.ranges {
        let computed = m.range_hash(r.start, r.length);
        if computed != r.hash {
            return Err(StoreError::RangeHash {
                range: r.name.clone(),
                expected: r.hash,
                computed,
            });
        }
    }
    let computed = m.root_hash();
    if computed != config.root_hash {
        return Err(StoreError::Root {
            expected: config.root_hash,
            computed,
        });
    }
    Ok(m)
}

impl Machine {
    /// Stores the state in directory `dir` (see [`store`]).
    pub fn store_to(&mut self, dir: &Path) -> Result<Hash, StoreError> {
        store(self, dir)
    }

    /// Loads a machine stored in `dir` (see [`load`]).
    pub fn load_from(dir: &Path) -> Result<Machine, StoreError> {
        load(dir)
    }
}
