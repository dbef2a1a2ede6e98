//! `rivet hash`, `rivet proof` and `rivet verify-proof`.

use std::path::PathBuf;

use anyhow::{Context, anyhow};
use clap::Args;
use rivet::{Proof, verify_proof};

use super::source::SourceArgs;
use super::{Failure, exit, number};

/// Arguments of `rivet hash`.
#[derive(Args, Debug)]
pub struct HashArgs {
    #[command(flatten)]
    source: SourceArgs,
}

/// Prints the root hash of the machine (64 hex digits) on stdout.
pub fn hash(args: HashArgs) -> Result<u8, Failure> {
    let mut machine = args.source.machine().map_err(Failure::bad_input)?;
    println!("{}", machine.root_hash());
    Ok(0)
}

/// Arguments of `rivet proof`.
#[derive(Args, Debug)]
pub struct ProofArgs {
    /// Address of the target range (aligned to its size).
    #[arg(long, value_name = "A", value_parser = number::parse)]
    address: u64,
    /// log2 of the target size in bytes (5 = one 32-byte leaf, 12 = a page, 64 = everything).
    #[arg(long, value_name = "K")]
    log2_size: u32,
    #[command(flatten)]
    source: SourceArgs,
}

/// Prints a Merkle proof as JSON on stdout.
pub fn proof(args: ProofArgs) -> Result<u8, Failure> {
    let mut machine = args.source.machine().map_err(Failure::bad_input)?;
    let proof = machine
        .proof(args.address, args.log2_size)
        .map_err(|e| Failure::bad_input(anyhow!(e)))?;
    let json = serde_json::to_string_pretty(&proof).map_err(|e| Failure {
        code: exit::INTERNAL,
        error: anyhow!(e),
    })?;
    println!("{json}");
    Ok(0)
}

/// Arguments of `rivet verify-proof`.
#[derive(Args, Debug)]
pub struct VerifyProofArgs {
    /// The proof, as written by `rivet proof`.
    #[arg(value_name = "FILE.json")]
    file: PathBuf,
}

/// Verifies a proof file: exit 0 when it verifies, [`exit::REJECTED`] when it does not,
/// [`exit::BAD_INPUT`] when the file cannot be read or parsed.
pub fn verify(args: VerifyProofArgs) -> Result<u8, Failure> {
    let path = &args.file;
    // A proof of 2^5 bytes has 59 siblings of 64 hex digits: a few KiB.
    let proof: Proof = rivet::machine::store::read_small_file(path, 1 << 20)
        .with_context(|| format!("cannot read {}", path.display()))
        .and_then(|text| {
            serde_json::from_str(&text)
                .with_context(|| format!("{} is not a valid proof", path.display()))
        })
        .map_err(Failure::bad_input)?;
    match verify_proof(&proof) {
        Ok(()) => {
            eprintln!(
                "rivet: proof verifies: 2^{} bytes at {:#x} hash to {} under root {}",
                proof.log2_target_size, proof.target_address, proof.target_hash, proof.root_hash
            );
            Ok(0)
        }
        Err(e) => Err(Failure {
            code: exit::REJECTED,
            error: anyhow!(e).context(format!("{} is rejected", path.display())),
        }),
    }
}
