//! Flash drives: file-backed memory ranges above RAM, described in the device tree as
//! `pmem-region` nodes (Linux's `of_pmem` driver makes them `/dev/pmemN`, in address order).
//!
//! A drive maps its file with `memmap2`:
//! - [`FlashMode::Private`] (default): copy-on-write; the guest reads the file and writes to
//!   private copies of the pages, the file never changes;
//! - [`FlashMode::Shared`]: guest writes go to the file;
//! - [`FlashMode::ReadOnly`]: guest stores fault (store access fault).
//!
//! The drive's bytes are committed to the Merkle root like RAM. The file must not be
//! truncated by another process while the machine uses it (the host would see SIGBUS), as
//! with any memory-mapped file.
//!
//! A drive can also be anonymous memory ([`FlashDrive::anonymous`]): the step-log verifier
//! rebuilds a logged machine's drives that way, from the layout in its shadow page. Without
//! the `std` feature there are no files: [`FlashDrive::open`] refuses every drive, and only
//! anonymous drives exist.

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
#[cfg(feature = "std")]
use std::fs::{File, OpenOptions};

#[cfg(feature = "std")]
use memmap2::{Mmap, MmapMut, MmapOptions};

#[cfg_attr(not(feature = "std"), allow(unused_imports))]
use crate::map;

/// The name of a drive's backing file: a path with `std`, a string without.
#[cfg(feature = "std")]
pub type FilePath = std::path::PathBuf;
/// The name of a drive's backing file: a path with `std`, a string without.
#[cfg(not(feature = "std"))]
pub type FilePath = String;

/// `file` for messages.
fn shown(file: &FilePath) -> String {
    #[cfg(feature = "std")]
    return format!("{}", file.display());
    #[cfg(not(feature = "std"))]
    return file.clone();
}

/// Most flash drives a machine can have (the shadow page has room for this many).
pub const MAX_DRIVES: usize = 8;

/// How a drive's file is mapped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum FlashMode {
    /// Copy-on-write: guest writes never reach the file.
    #[default]
    Private,
    /// Guest writes go to the file.
    Shared,
    /// Guest stores fault.
    ReadOnly,
}

/// Configuration of one flash drive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FlashConfig {
    /// The backing file (its size is the drive's length).
    pub file: FilePath,
    /// First physical address: 4 KiB aligned, at or above RAM's end.
    pub start: u64,
    /// How the file is mapped.
    pub mode: FlashMode,
}

/// Why a flash drive cannot be attached.
#[derive(Debug, thiserror::Error)]
pub enum FlashError {
    /// The backing file cannot be opened or mapped.
    #[cfg(feature = "std")]
    #[error("flash drive {}: {error}", file.display())]
    Io {
        /// The file.
        file: FilePath,
        /// The host error.
        error: std::io::Error,
    },
    /// The drive's placement or size is not acceptable.
    #[error("flash drive {}: {why}", shown(file))]
    Invalid {
        /// The file.
        file: FilePath,
        /// What is wrong.
        why: String,
    },
}

/// The host memory of a drive.
enum Backing {
    #[cfg(feature = "std")]
    Writable(MmapMut),
    #[cfg(feature = "std")]
    ReadOnly(Mmap),
    /// Zeroed host memory, not backed by a file (always writable by the host).
    Anonymous(crate::memory::Memory),
}

/// An attached flash drive.
pub struct FlashDrive {
    /// Its configuration.
    pub config: FlashConfig,
    /// Length in bytes (the file's size).
    pub length: u64,
    backing: Backing,
    /// Per page: whether its hash in the Merkle tree is up to date.
    pub(crate) clean: Vec<bool>,
}

impl core::fmt::Debug for FlashDrive {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("FlashDrive")
            .field("config", &self.config)
            .field("length", &self.length)
            .finish_non_exhaustive()
    }
}

impl FlashDrive {
    /// Opens and maps the drive's file, checking that it is a regular, non-empty file whose
    /// size is a multiple of 4 KiB and that the drive starts 4 KiB aligned at or above
    /// `ram_end` without running past the top of the address space.
    #[cfg(feature = "std")]
    pub fn open(config: &FlashConfig, ram_end: u64) -> Result<Self, FlashError> {
        let invalid = |why: String| FlashError::Invalid {
            file: config.file.clone(),
            why,
        };
        let io = |error| FlashError::Io {
            file: config.file.clone(),
            error,
        };
        check_start(config.start, ram_end).map_err(invalid)?;
        let file = OpenOptions::new()
            .read(true)
            .write(config.mode == FlashMode::Shared)
            .open(&config.file)
            .map_err(io)?;
        let meta = file.metadata().map_err(io)?;
        if !meta.is_file() {
            return Err(invalid("not a regular file".into()));
        }
        let length = meta.len();
        check_size(config.start, length).map_err(invalid)?;
        let len = usize::try_from(length)
            .map_err(|_| invalid("too large for the host address space".into()))?;
        let backing = Self::map(&file, len, config.mode).map_err(io)?;
        Ok(Self::with_backing(config.clone(), length, backing))
    }

    /// Without `std` there are no files: every drive is refused.
    #[cfg(not(feature = "std"))]
    pub fn open(config: &FlashConfig, _ram_end: u64) -> Result<Self, FlashError> {
        Err(FlashError::Invalid {
            file: config.file.clone(),
            why: "flash drives need files: rivet-machine's `std` feature".into(),
        })
    }

    /// A drive of `length` bytes of zeroed memory at `start`, without a file (for rebuilding
    /// a logged machine's drives), with the placement and size checks of
    /// [`FlashDrive::open`]. `read_only`: guest stores fault.
    pub fn anonymous(
        start: u64,
        length: u64,
        read_only: bool,
        ram_end: u64,
    ) -> Result<Self, FlashError> {
        let invalid = |why: String| FlashError::Invalid {
            file: FilePath::from("<anonymous>"),
            why,
        };
        check_start(start, ram_end).map_err(invalid)?;
        check_size(start, length).map_err(invalid)?;
        let memory = crate::memory::Memory::new("flash drive", length)
            .map_err(|e| invalid(e.to_string()))?;
        let mode = if read_only {
            FlashMode::ReadOnly
        } else {
            FlashMode::Private
        };
        let config = FlashConfig {
            file: FilePath::from("<anonymous>"),
            start,
            mode,
        };
        Ok(Self::with_backing(
            config,
            length,
            Backing::Anonymous(memory),
        ))
    }

    /// A drive of `length` bytes over `backing`, all of its pages to be hashed.
    fn with_backing(config: FlashConfig, length: u64, backing: Backing) -> Self {
        FlashDrive {
            config,
            length,
            backing,
            clean: vec![false; (length / map::PAGE_SIZE) as usize],
        }
    }

    #[cfg(feature = "std")]
    fn map(file: &File, len: usize, mode: FlashMode) -> std::io::Result<Backing> {
        let mut options = MmapOptions::new();
        options.len(len);
        // SAFETY: the mapping is only used through the bounds-checked slices below. Another
        // process truncating or rewriting the file while it is mapped is outside what rivet
        // can prevent; the module documentation says the file must not change under it.
        Ok(unsafe {
            match mode {
                FlashMode::Shared => Backing::Writable(options.map_mut(file)?),
                FlashMode::Private => Backing::Writable(options.map_copy(file)?),
                FlashMode::ReadOnly => Backing::ReadOnly(options.map(file)?),
            }
        })
    }

    /// First physical address.
    pub fn start(&self) -> u64 {
        self.config.start
    }

    /// One past the last physical address.
    pub fn end(&self) -> u64 {
        self.config.start + self.length
    }

    /// Its physical page numbers.
    pub fn pages(&self) -> core::ops::Range<u64> {
        (self.start() >> map::PAGE_SHIFT)..(self.end() >> map::PAGE_SHIFT)
    }

    /// Offset into the drive of the `len`-byte access at `paddr`, if it lies entirely inside.
    #[inline]
    pub fn offset(&self, paddr: u64, len: u64) -> Option<usize> {
        let off = paddr.wrapping_sub(self.config.start);
        (len <= self.length && off <= self.length - len).then_some(off as usize)
    }

    /// The drive's bytes.
    pub fn bytes(&self) -> &[u8] {
        match &self.backing {
            #[cfg(feature = "std")]
            Backing::Writable(m) => m,
            #[cfg(feature = "std")]
            Backing::ReadOnly(m) => m,
            Backing::Anonymous(m) => m.bytes(),
        }
    }

    /// The drive's bytes for writing by the host (also for a read-only drive: the host may
    /// restore a snapshot), or `None` for a read-only mapping.
    pub(crate) fn bytes_mut(&mut self) -> Option<&mut [u8]> {
        match &mut self.backing {
            #[cfg(feature = "std")]
            Backing::Writable(m) => Some(m),
            #[cfg(feature = "std")]
            Backing::ReadOnly(_) => None,
            Backing::Anonymous(m) => Some(m.bytes_mut()),
        }
    }

    /// Whether guest stores are allowed.
    pub fn guest_writable(&self) -> bool {
        self.config.mode != FlashMode::ReadOnly
    }

    /// Writes the shared mapping back to its file (no-op for other modes).
    #[cfg(feature = "std")]
    pub fn flush(&self) -> std::io::Result<()> {
        match (&self.backing, self.config.mode) {
            (Backing::Writable(m), FlashMode::Shared) => m.flush(),
            _ => Ok(()),
        }
    }
}

/// Where a drive may start: 4 KiB aligned, at or above `ram_end`.
fn check_start(start: u64, ram_end: u64) -> Result<(), String> {
    if !start.is_multiple_of(map::PAGE_SIZE) {
        return Err(format!("start {start:#x} is not 4 KiB aligned"));
    }
    if start < ram_end {
        return Err(format!(
            "start {start:#x} is below the end of RAM ({ram_end:#x}); drives go above RAM"
        ));
    }
    Ok(())
}

/// A drive's size: a non-zero multiple of 4 KiB, not running past the top of the address
/// space from `start`.
fn check_size(start: u64, length: u64) -> Result<(), String> {
    if length == 0 || !length.is_multiple_of(map::PAGE_SIZE) {
        return Err(format!(
            "its size ({length} bytes) must be a non-zero multiple of 4096"
        ));
    }
    if start.checked_add(length).is_none() {
        return Err(format!(
            "[{start:#x}, +{length:#x}) runs past the top of the address space"
        ));
    }
    Ok(())
}

/// Checks that drives do not overlap one another and that there are at most
/// [`MAX_DRIVES`]; returns them sorted by address.
pub fn check_layout(mut drives: Vec<FlashDrive>) -> Result<Vec<FlashDrive>, FlashError> {
    if drives.len() > MAX_DRIVES {
        return Err(FlashError::Invalid {
            file: drives[MAX_DRIVES].config.file.clone(),
            why: format!("at most {MAX_DRIVES} flash drives are supported"),
        });
    }
    drives.sort_by_key(|d| d.start());
    for pair in drives.windows(2) {
        if pair[1].start() < pair[0].end() {
            return Err(FlashError::Invalid {
                file: pair[1].config.file.clone(),
                why: format!(
                    "[{:#x}, {:#x}) overlaps {} at [{:#x}, {:#x})",
                    pair[1].start(),
                    pair[1].end(),
                    shown(&pair[0].config.file),
                    pair[0].start(),
                    pair[0].end()
                ),
            });
        }
    }
    Ok(drives)
}

/// Parses a `--flash-drive` specification: `file=F,start=A[,shared][,readonly]`, with `A`
/// parsed by `number`.
pub fn parse_spec(
    spec: &str,
    number: impl Fn(&str) -> Result<u64, String>,
) -> Result<FlashConfig, String> {
    let (mut file, mut start, mut mode) = (None, None, FlashMode::Private);
    for part in spec.split(',') {
        match part.split_once('=') {
            Some(("file", f)) if !f.is_empty() => file = Some(FilePath::from(f)),
            Some(("start", a)) => start = Some(number(a).map_err(|e| format!("start: {e}"))?),
            None if part == "shared" || part == "readonly" => {
                let new = if part == "shared" {
                    FlashMode::Shared
                } else {
                    FlashMode::ReadOnly
                };
                if mode != FlashMode::Private && mode != new {
                    return Err("`shared` and `readonly` exclude each other".into());
                }
                mode = new;
            }
            _ => {
                return Err(format!(
                    "unknown part `{part}` (expected file=F,start=A[,shared][,readonly])"
                ));
            }
        }
    }
    Ok(FlashConfig {
        file: file.ok_or_else(|| String::from("missing file=F"))?,
        start: start.ok_or_else(|| String::from("missing start=A"))?,
        mode,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::{Path, PathBuf};

    fn num(s: &str) -> Result<u64, String> {
        let s = s.trim_start_matches("0x");
        u64::from_str_radix(s, 16).map_err(|e| e.to_string())
    }

    fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("rivet-flash-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }

    #[test]
    fn specs() {
        let c = parse_spec("file=a.img,start=0x100000000,shared", num).unwrap();
        assert_eq!(
            c,
            FlashConfig {
                file: "a.img".into(),
                start: 0x1_0000_0000,
                mode: FlashMode::Shared
            }
        );
        assert_eq!(
            parse_spec("start=0x1000,file=b", num).unwrap().mode,
            FlashMode::Private
        );
        assert!(parse_spec("file=a,start=0x1000,shared,readonly", num).is_err());
        assert!(parse_spec("file=a", num).unwrap_err().contains("start"));
        assert!(
            parse_spec("start=0x1000", num)
                .unwrap_err()
                .contains("file")
        );
        assert!(parse_spec("file=a,start=zz", num).is_err());
        assert!(parse_spec("file=a,start=0x1000,bogus", num).is_err());
    }

    #[test]
    fn validation() {
        let good = temp_file("good.img", &[7u8; 8192]);
        let odd = temp_file("odd.img", &[7u8; 100]);
        let open = |file: &Path, start| {
            FlashDrive::open(
                &FlashConfig {
                    file: file.into(),
                    start,
                    mode: FlashMode::Private,
                },
                0x8800_0000,
            )
        };
        let d = open(&good, 0x9000_0000).unwrap();
        assert_eq!((d.start(), d.end()), (0x9000_0000, 0x9000_2000));
        assert_eq!(d.offset(0x9000_1ff8, 8), Some(0x1ff8));
        assert_eq!(d.offset(0x9000_1ffc, 8), None);
        assert_eq!(d.offset(0x8fff_fffc, 8), None);
        let err = |r: Result<FlashDrive, FlashError>| r.unwrap_err().to_string();
        assert!(err(open(&good, 0x9000_0800)).contains("aligned"));
        assert!(err(open(&good, 0x8000_0000)).contains("below the end of RAM"));
        assert!(err(open(&odd, 0x9000_0000)).contains("multiple of 4096"));
        assert!(err(open(Path::new("/nonexistent/x"), 0x9000_0000)).contains("/nonexistent/x"));
        assert!(err(open(&good, u64::MAX - 0xfff)).contains("top of the address space"));
        let a = open(&good, 0x9000_0000).unwrap();
        let b = open(&good, 0x9000_1000).unwrap();
        let e = check_layout(vec![b, a]).unwrap_err().to_string();
        assert!(e.contains("overlaps"), "{e}");
    }

    #[test]
    fn modes() {
        let path = temp_file("modes.img", &[1u8; 4096]);
        let open = |mode| {
            FlashDrive::open(
                &FlashConfig {
                    file: path.clone(),
                    start: 0x9000_0000,
                    mode,
                },
                0x8800_0000,
            )
            .unwrap()
        };
        let mut private = open(FlashMode::Private);
        private.bytes_mut().unwrap()[0] = 9;
        assert_eq!(
            std::fs::read(&path).unwrap()[0],
            1,
            "private writes stay private"
        );
        let mut shared = open(FlashMode::Shared);
        shared.bytes_mut().unwrap()[0] = 5;
        shared.flush().unwrap();
        assert_eq!(
            std::fs::read(&path).unwrap()[0],
            5,
            "shared writes reach the file"
        );
        let mut ro = open(FlashMode::ReadOnly);
        assert!(ro.bytes_mut().is_none());
        assert!(!ro.guest_writable());
        assert_eq!(ro.bytes()[0], 5);
    }
}
