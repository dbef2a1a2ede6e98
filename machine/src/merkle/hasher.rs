//! The hash function seam: the tree only ever calls [`Hasher`], so a faster Keccak backend (or
//! another function, e.g. SHA-256) can be added behind it without touching the tree.

#[allow(unused_imports)]
use crate::prelude::*;

use core::fmt;

use sha3::Digest;

/// A 32-byte digest: a node of the Merkle tree.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct Hash(pub [u8; 32]);

impl Hash {
    /// The digest as 64 lowercase hex digits.
    pub fn to_hex(&self) -> String {
        let mut s = String::with_capacity(64);
        for b in self.0 {
            s.push_str(&format!("{b:02x}"));
        }
        s
    }

    /// Parses 64 hex digits (an optional `0x` prefix is accepted).
    pub fn from_hex(s: &str) -> Result<Self, HexError> {
        let t = s.strip_prefix("0x").unwrap_or(s);
        if t.len() != 64 {
            return Err(HexError::Length(t.len()));
        }
        let mut out = [0u8; 32];
        for (i, pair) in t.as_bytes().chunks_exact(2).enumerate() {
            let digit = |c: u8| (c as char).to_digit(16).ok_or(HexError::Digit(c as char));
            out[i] = (digit(pair[0])? * 16 + digit(pair[1])?) as u8;
        }
        Ok(Hash(out))
    }
}

/// Why a string is not a hash.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum HexError {
    /// Not 64 digits.
    #[error("a hash has 64 hex digits, not {0}")]
    Length(usize),
    /// Not a hex digit.
    #[error("`{0}` is not a hex digit")]
    Digit(char),
}

impl fmt::Display for Hash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

impl fmt::Debug for Hash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Hash({})", self.to_hex())
    }
}

impl core::str::FromStr for Hash {
    type Err = HexError;
    fn from_str(s: &str) -> Result<Self, HexError> {
        Hash::from_hex(s)
    }
}

impl serde::Serialize for Hash {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_hex())
    }
}

impl<'de> serde::Deserialize<'de> for Hash {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Hash::from_hex(&s).map_err(serde::de::Error::custom)
    }
}

/// A hash function for the tree: leaves are `hash(32 bytes)`, nodes `hash(left ‖ right)`.
pub trait Hasher: Send + Sync + 'static {
    /// Hashes `data`.
    fn hash(data: &[u8]) -> Hash;

    /// Hashes one 32-byte leaf.
    #[inline]
    fn leaf(data: &[u8; 32]) -> Hash {
        Self::hash(data)
    }

    /// Hashes the concatenation of two child hashes.
    #[inline]
    fn pair(left: &Hash, right: &Hash) -> Hash {
        let mut buf = [0u8; 64];
        buf[..32].copy_from_slice(&left.0);
        buf[32..].copy_from_slice(&right.0);
        Self::hash(&buf)
    }
}

/// Keccak-256 with the original (Ethereum) padding, from `sha3`. Leaves and nodes (32 and
/// 64 bytes: one block each) call the Keccak-f\[1600\] permutation directly, which skips the
/// streaming machinery of `sha3` (tests check both paths agree).
#[derive(Clone, Copy, Debug, Default)]
pub struct Keccak256;

/// Keccak-256 of one block of `N` 64-bit little-endian words (N ≤ 16, i.e. ≤ 128 bytes).
#[inline]
fn keccak_one_block<const N: usize>(words: [u64; N]) -> Hash {
    const { assert!(N <= 16) };
    let mut state = [0u64; 25];
    state[..N].copy_from_slice(&words);
    // Keccak padding (pad10*1, domain bits 0x01) in a 136-byte rate: 0x01 right after the
    // input, 0x80 in the last byte of the block (byte 135 = top byte of word 16).
    state[N] ^= 0x01;
    state[16] ^= 0x80 << 56;
    keccak::Keccak::new().with_f1600(|f1600| f1600(&mut state));
    let mut out = [0u8; 32];
    for (chunk, word) in out.chunks_exact_mut(8).zip(&state[..4]) {
        chunk.copy_from_slice(&word.to_le_bytes());
    }
    Hash(out)
}

/// The little-endian words of `N * 8` bytes.
#[inline]
fn words<const N: usize>(bytes: &[u8]) -> [u64; N] {
    let mut w = [0u64; N];
    for (word, chunk) in w.iter_mut().zip(bytes.chunks_exact(8)) {
        *word = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
    }
    w
}

impl Hasher for Keccak256 {
    #[inline]
    fn hash(data: &[u8]) -> Hash {
        Hash(sha3::Keccak256::digest(data).into())
    }

    #[inline]
    fn leaf(data: &[u8; 32]) -> Hash {
        keccak_one_block(words::<4>(data))
    }

    #[inline]
    fn pair(left: &Hash, right: &Hash) -> Hash {
        let (l, r) = (words::<4>(&left.0), words::<4>(&right.0));
        keccak_one_block([l[0], l[1], l[2], l[3], r[0], r[1], r[2], r[3]])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keccak_of_empty_input() {
        assert_eq!(
            Keccak256::hash(b"").to_hex(),
            "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
        );
    }

    #[test]
    fn direct_permutation_agrees_with_sha3() {
        let mut x = 0x1234_5678_9abc_def1u64;
        for _ in 0..200 {
            let mut bytes = [0u8; 64];
            for b in bytes.iter_mut() {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                *b = x as u8;
            }
            let leaf: [u8; 32] = bytes[..32].try_into().unwrap();
            assert_eq!(Keccak256::leaf(&leaf), Keccak256::hash(&leaf));
            let (l, r) = (Hash(leaf), Hash(bytes[32..].try_into().unwrap()));
            assert_eq!(Keccak256::pair(&l, &r), Keccak256::hash(&bytes));
        }
        assert_eq!(Keccak256::leaf(&[0; 32]), Keccak256::hash(&[0; 32]));
    }

    #[test]
    fn hex_round_trip_and_errors() {
        let h = Keccak256::hash(b"rivet");
        assert_eq!(Hash::from_hex(&h.to_hex()), Ok(h));
        assert_eq!(Hash::from_hex(&format!("0x{h}")), Ok(h));
        assert_eq!(Hash::from_hex("abc"), Err(HexError::Length(3)));
        assert!(matches!(
            Hash::from_hex(&"g".repeat(64)),
            Err(HexError::Digit('g'))
        ));
    }
}
