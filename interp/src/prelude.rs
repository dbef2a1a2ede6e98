//! The `alloc` items the standard prelude would provide, for `no_std` builds (a no-op with
//! `std`, where they are the same items).

pub(crate) use alloc::boxed::Box;
pub(crate) use alloc::string::{String, ToString};
pub(crate) use alloc::vec::Vec;
