//! Hash maps: the standard library's with `std`, `hashbrown`'s (the same table) without.

#[cfg(feature = "std")]
pub use std::collections::HashMap;

#[cfg(not(feature = "std"))]
pub use hashbrown::HashMap;
