//! Where the guest's console output (UART and HTIF console bytes) goes.
//!
//! With `std` the sink is any [`std::io::Write`]; without it, any [`Console`].

use alloc::boxed::Box;

/// The console sink of a machine.
#[cfg(feature = "std")]
pub type Sink = Box<dyn std::io::Write + Send>;

/// The console sink of a machine.
#[cfg(not(feature = "std"))]
pub type Sink = Box<dyn Console>;

/// A console sink without `std`: receives the guest's console bytes.
#[cfg(not(feature = "std"))]
pub trait Console: Send {
    /// Takes `bytes` (the machine ignores failures, as a serial line would).
    fn write_all(&mut self, bytes: &[u8]) -> Result<(), ConsoleError>;
}

/// A console sink failed.
#[cfg(not(feature = "std"))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the console sink failed")]
pub struct ConsoleError;

/// Discards everything.
#[cfg(not(feature = "std"))]
struct Discard;

#[cfg(not(feature = "std"))]
impl Console for Discard {
    fn write_all(&mut self, _bytes: &[u8]) -> Result<(), ConsoleError> {
        Ok(())
    }
}

/// A sink that discards everything (a new machine's).
pub fn discard() -> Sink {
    #[cfg(feature = "std")]
    return Box::new(std::io::sink());
    #[cfg(not(feature = "std"))]
    Box::new(Discard)
}
