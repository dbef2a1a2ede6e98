//! A stand-in for the `c99` crate (0.1.1), which `softfloat-sys` uses for the C99 integer
//! types of Berkeley SoftFloat's API. The original finds the sizes by building and running a C
//! program with CMake at build time; CMake is not on our machines, so the workspace patches it
//! with this crate (`[patch.crates-io]` in the root `Cargo.toml`).
//!
//! The aliases below are those of glibc's `<stdint.h>` on 64-bit targets (x86-64, AArch64,
//! RISC-V 64), the hosts rivet supports. Other C libraries differ (musl makes the 16- and
//! 32-bit "fast" types 32 bits wide, Darwin keeps them at their nominal width), so other
//! targets fail to build here rather than miscompile the FFI.

#![no_std]
#![allow(non_camel_case_types)]

#[cfg(not(all(target_os = "linux", target_env = "gnu", target_pointer_width = "64")))]
compile_error!(
    "support/c99 knows the C99 integer types of 64-bit Linux with glibc only; \
     add this target's <stdint.h> aliases here"
);

/// `int8_t`.
pub type int8_t = i8;
/// `int16_t`.
pub type int16_t = i16;
/// `int32_t`.
pub type int32_t = i32;
/// `int64_t`.
pub type int64_t = i64;
/// `uint8_t`.
pub type uint8_t = u8;
/// `uint16_t`.
pub type uint16_t = u16;
/// `uint32_t`.
pub type uint32_t = u32;
/// `uint64_t`.
pub type uint64_t = u64;

/// `int_fast8_t` (glibc: `signed char`).
pub type int_fast8_t = i8;
/// `int_fast16_t` (glibc 64-bit: `long`).
pub type int_fast16_t = i64;
/// `int_fast32_t` (glibc 64-bit: `long`).
pub type int_fast32_t = i64;
/// `int_fast64_t` (glibc 64-bit: `long`).
pub type int_fast64_t = i64;
/// `uint_fast8_t` (glibc: `unsigned char`).
pub type uint_fast8_t = u8;
/// `uint_fast16_t` (glibc 64-bit: `unsigned long`).
pub type uint_fast16_t = u64;
/// `uint_fast32_t` (glibc 64-bit: `unsigned long`).
pub type uint_fast32_t = u64;
/// `uint_fast64_t` (glibc 64-bit: `unsigned long`).
pub type uint_fast64_t = u64;

/// `int_least8_t`.
pub type int_least8_t = i8;
/// `int_least16_t`.
pub type int_least16_t = i16;
/// `int_least32_t`.
pub type int_least32_t = i32;
/// `int_least64_t`.
pub type int_least64_t = i64;
/// `uint_least8_t`.
pub type uint_least8_t = u8;
/// `uint_least16_t`.
pub type uint_least16_t = u16;
/// `uint_least32_t`.
pub type uint_least32_t = u32;
/// `uint_least64_t`.
pub type uint_least64_t = u64;

/// `intmax_t`.
pub type intmax_t = i64;
/// `uintmax_t`.
pub type uintmax_t = u64;
/// `intptr_t`.
pub type intptr_t = i64;
/// `uintptr_t`.
pub type uintptr_t = u64;
