//! ELF loading: any input gives a machine or a typed error; a loaded machine runs a few
//! thousand cycles without a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rivet::{Config, Engine, Machine};

fuzz_target!(|data: &[u8]| {
    let config = Config {
        ram_length: 1 << 20,
        ..Config::default()
    };
    if let Ok(mut m) = Machine::from_elf(&config, data) {
        m.set_engine(Engine::Interpreter);
        m.run(5000);
    }
});
