//! Proof verification: a proof parsed from JSON, or built field by field from raw bytes,
//! verifies or fails with a typed error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rivet::{Hash, Proof, verify_proof};

fn hash(bytes: &[u8]) -> Hash {
    let mut h = [0u8; 32];
    let n = bytes.len().min(32);
    h[..n].copy_from_slice(&bytes[..n]);
    Hash(h)
}

fuzz_target!(|data: &[u8]| {
    if let Ok(p) = serde_json::from_slice::<Proof>(data) {
        let _ = verify_proof(&p);
    }
    if data.len() >= 10 {
        let address = u64::from_le_bytes(data[..8].try_into().expect("8 bytes"));
        let rest = &data[10..];
        let proof = Proof {
            target_address: address,
            log2_target_size: u32::from(data[8]),
            target_hash: hash(rest),
            log2_root_size: u32::from(data[9]),
            root_hash: hash(rest.get(32..).unwrap_or(&[])),
            sibling_hashes: rest.chunks(32).skip(2).map(hash).collect(),
        };
        let _ = verify_proof(&proof);
    }
});
