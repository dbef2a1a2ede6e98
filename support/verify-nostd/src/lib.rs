//! rivet's step-log verifier without the standard library: a static library exporting
//! [`rivet_verify_step`] for C (or any language with a C FFI).
//!
//! It holds no allocator and no panic strategy of its own: the program linking it provides
//!
//! - `void *rivet_alloc(size_t size, size_t align)` and
//!   `void rivet_dealloc(void *ptr, size_t size, size_t align)` (the global allocator; a null
//!   return is an allocation failure, which aborts through the panic path), and
//! - `void rivet_panic(void)`, which must not return (called on a panic, which a correct
//!   verifier only reaches on an internal bug or an allocation failure).
//!
//! Verifying needs as much memory as the logged machine's RAM length (the replay machine
//! maps its RAM as one heap block; only the logged pages are written), plus the log.

#![no_std]

extern crate alloc;

use core::alloc::{GlobalAlloc, Layout};
use core::panic::PanicInfo;

use rivet_interp::step::{decode, verify_step};
use rivet_machine::merkle::Hash;

unsafe extern "C" {
    fn rivet_alloc(size: usize, align: usize) -> *mut u8;
    fn rivet_dealloc(ptr: *mut u8, size: usize, align: usize);
    fn rivet_panic() -> !;
}

/// The embedder's allocator.
struct Embedder;

// SAFETY: the embedder's functions are required (crate documentation) to behave like
// `malloc`-style allocation with the given alignment; the layout is passed through unchanged.
unsafe impl GlobalAlloc for Embedder {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: see the impl.
        unsafe { rivet_alloc(layout.size(), layout.align()) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `alloc` with this layout (GlobalAlloc's contract).
        unsafe { rivet_dealloc(ptr, layout.size(), layout.align()) }
    }
}

#[global_allocator]
static ALLOCATOR: Embedder = Embedder;

#[panic_handler]
fn panic(_: &PanicInfo) -> ! {
    // SAFETY: the embedder's function never returns (crate documentation).
    unsafe { rivet_panic() }
}

/// The precompiled `core`/`alloc` of the host target are built for unwinding and refer to
/// this symbol; with `panic = "abort"` nothing ever calls it.
#[unsafe(no_mangle)]
extern "C" fn rust_eh_personality() {}

/// The log was verified; the root after was written.
pub const RIVET_VERIFY_OK: i32 = 0;
/// The log is not a well-formed step log (bad magic, version, sizes, truncation…).
pub const RIVET_VERIFY_MALFORMED: i32 = 1;
/// The log is well formed but does not prove a step from `root_before`.
pub const RIVET_VERIFY_REJECTED: i32 = 2;
/// A pointer argument is null.
pub const RIVET_VERIFY_NULL: i32 = 3;

/// Verifies the step log `log[..len]` (format: docs/step-log.md) against the 32-byte
/// `root_before`. On success writes the 32-byte root after to `root_after` and returns
/// [`RIVET_VERIFY_OK`]; otherwise returns [`RIVET_VERIFY_MALFORMED`],
/// [`RIVET_VERIFY_REJECTED`] or [`RIVET_VERIFY_NULL`] and leaves `root_after` untouched.
///
/// # Safety
///
/// `log` must point to `len` readable bytes, `root_before` to 32 readable bytes and
/// `root_after` to 32 writable bytes, none of them changed by anyone else during the call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rivet_verify_step(
    log: *const u8,
    len: usize,
    root_before: *const u8,
    root_after: *mut u8,
) -> i32 {
    if log.is_null() || root_before.is_null() || root_after.is_null() {
        return RIVET_VERIFY_NULL;
    }
    // SAFETY: non-null, and valid for these lengths by the caller's contract.
    let (bytes, before) = unsafe {
        (
            core::slice::from_raw_parts(log, len),
            core::slice::from_raw_parts(root_before, 32),
        )
    };
    let Ok(step) = decode(bytes) else {
        return RIVET_VERIFY_MALFORMED;
    };
    let mut root = [0u8; 32];
    root.copy_from_slice(before);
    match verify_step(&Hash(root), &step) {
        Ok(after) => {
            // SAFETY: `root_after` is valid for 32 bytes of writes (caller's contract).
            unsafe { core::ptr::copy_nonoverlapping(after.0.as_ptr(), root_after, 32) };
            RIVET_VERIFY_OK
        }
        Err(_) => RIVET_VERIFY_REJECTED,
    }
}
