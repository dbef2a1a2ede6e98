//! Proofs that a 2^k-byte aligned range has a given hash under a given root, and their
//! verification, which needs nothing but the proof.

#[allow(unused_imports)]
use crate::prelude::*;

use serde::{Deserialize, Serialize};

use super::hasher::{Hash, Hasher, Keccak256};
use super::{LOG2_LEAF, LOG2_ROOT};

/// A Merkle proof (DESIGN §4): the hash of the aligned 2^`log2_target_size` bytes at
/// `target_address`, and the sibling hashes on its path to the root, bottom-up (the first is
/// the sibling of the target).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Proof {
    /// Address of the target range (aligned to its size).
    #[serde(with = "hex_u64")]
    pub target_address: u64,
    /// log2 of the target size in bytes (5..=64).
    pub log2_target_size: u32,
    /// Hash of the target range.
    pub target_hash: Hash,
    /// log2 of the tree size (64: the whole physical space).
    pub log2_root_size: u32,
    /// The root the proof is for.
    pub root_hash: Hash,
    /// `log2_root_size - log2_target_size` sibling hashes, bottom-up.
    pub sibling_hashes: Vec<Hash>,
}

/// Why a proof does not verify.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ProofError {
    /// A size is out of bounds.
    #[error(
        "sizes out of range: log2_target_size {target} and log2_root_size {root} must satisfy {LOG2_LEAF} <= target <= root <= {LOG2_ROOT}"
    )]
    BadSize {
        /// log2 of the target size.
        target: u32,
        /// log2 of the root size.
        root: u32,
    },
    /// The target address is not aligned to the target size, or lies outside the tree.
    #[error(
        "target address {address:#x} is not aligned to 2^{log2} bytes or lies outside the tree"
    )]
    BadAddress {
        /// The address.
        address: u64,
        /// log2 of the target size.
        log2: u32,
    },
    /// There are not `log2_root_size - log2_target_size` siblings.
    #[error("the proof has {found} sibling hashes; its sizes need {expected}")]
    SiblingCount {
        /// Number expected.
        expected: usize,
        /// Number found.
        found: usize,
    },
    /// Folding the target with the siblings does not give the root.
    #[error("the proof does not verify: its hashes give root {computed}, not {expected}")]
    RootMismatch {
        /// The root the proof claims.
        expected: Hash,
        /// The root its hashes give.
        computed: Hash,
    },
}

/// Checks the shape of a proof and returns the root its target and siblings give.
pub fn proof_root<H: Hasher>(proof: &Proof) -> Result<Hash, ProofError> {
    let (target, root) = (proof.log2_target_size, proof.log2_root_size);
    if !(LOG2_LEAF <= target && target <= root && root <= LOG2_ROOT) {
        return Err(ProofError::BadSize { target, root });
    }
    let addr = proof.target_address;
    // A 2^64 range can only start at 0.
    let misaligned = if target < 64 {
        addr & ((1u64 << target) - 1) != 0
    } else {
        addr != 0
    };
    let outside = root < 64 && addr >> root != 0;
    if misaligned || outside {
        return Err(ProofError::BadAddress {
            address: addr,
            log2: target,
        });
    }
    let expected = (root - target) as usize;
    if proof.sibling_hashes.len() != expected {
        return Err(ProofError::SiblingCount {
            expected,
            found: proof.sibling_hashes.len(),
        });
    }
    let mut hash = proof.target_hash;
    for (i, sibling) in proof.sibling_hashes.iter().enumerate() {
        let log2 = target + i as u32;
        hash = if (addr >> log2) & 1 == 1 {
            H::pair(sibling, &hash)
        } else {
            H::pair(&hash, sibling)
        };
    }
    Ok(hash)
}

/// Verifies a proof with Keccak-256: its shape is consistent and its target hash and
/// siblings give its root hash. Needs nothing but the proof.
pub fn verify_proof(proof: &Proof) -> Result<(), ProofError> {
    verify_proof_with::<Keccak256>(proof)
}

/// [`verify_proof`] with another hasher.
pub fn verify_proof_with<H: Hasher>(proof: &Proof) -> Result<(), ProofError> {
    let computed = proof_root::<H>(proof)?;
    if computed == proof.root_hash {
        Ok(())
    } else {
        Err(ProofError::RootMismatch {
            expected: proof.root_hash,
            computed,
        })
    }
}

/// Serde for a `u64` as a `0x`-prefixed hex string.
mod hex_u64 {
    use crate::prelude::*;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &u64, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format!("{v:#x}"))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
        let s = String::deserialize(d)?;
        let hex = s
            .strip_prefix("0x")
            .ok_or_else(|| serde::de::Error::custom(format!("`{s}` is not a 0x hex address")))?;
        u64::from_str_radix(hex, 16)
            .map_err(|e| serde::de::Error::custom(format!("`{s}` is not a 0x hex address: {e}")))
    }
}
