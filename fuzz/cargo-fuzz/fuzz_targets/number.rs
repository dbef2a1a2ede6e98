//! The CLI's number parser (`128Mi`, `0x8000_0000`, …) and flash-drive specs: any string
//! gives a value or an error message, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../../src/cli/number.rs"]
#[allow(dead_code, missing_docs)]
mod number;

fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        if let Ok(v) = number::parse(s) {
            // A value that parsed prints back as a decimal that parses to the same value.
            assert_eq!(number::parse(&v.to_string()), Ok(v));
        }
        let _ = rivet::machine::flash::parse_spec(s, number::parse);
    }
});
