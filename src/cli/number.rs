//! Numbers on the command line: decimal or `0x` hex, with an optional `Ki`/`Mi`/`Gi`/`Ti`
//! suffix; `_` separators allowed.

/// Parses a number such as `128Mi`, `0x8000_0000`, `4096` or `1Gi`.
pub fn parse(s: &str) -> Result<u64, String> {
    let t = s.trim().replace('_', "");
    let (digits, shift) = if let Some(d) = t.strip_suffix("Ki") {
        (d, 10)
    } else if let Some(d) = t.strip_suffix("Mi") {
        (d, 20)
    } else if let Some(d) = t.strip_suffix("Gi") {
        (d, 30)
    } else if let Some(d) = t.strip_suffix("Ti") {
        (d, 40)
    } else {
        (t.as_str(), 0)
    };
    let value = if let Some(hex) = digits
        .strip_prefix("0x")
        .or_else(|| digits.strip_prefix("0X"))
    {
        u64::from_str_radix(hex, 16)
    } else {
        digits.parse::<u64>()
    }
    .map_err(|e| {
        format!("`{s}` is not a number ({e}); use decimal or 0x hex, optionally with Ki/Mi/Gi/Ti")
    })?;
    value
        .checked_mul(1 << shift)
        .ok_or_else(|| format!("`{s}` is too large (more than 2^64 - 1)"))
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn forms() {
        assert_eq!(parse("4096"), Ok(4096));
        assert_eq!(parse("0x1000"), Ok(4096));
        assert_eq!(parse("4Ki"), Ok(4096));
        assert_eq!(parse("128Mi"), Ok(128 << 20));
        assert_eq!(parse("2Gi"), Ok(2 << 30));
        assert_eq!(parse("0x8000_0000"), Ok(0x8000_0000));
        assert_eq!(parse("0x10Mi"), Ok(16 << 20));
        assert!(parse("").is_err());
        assert!(parse("12Qi").is_err());
        assert!(parse("-1").is_err());
        assert!(parse("16777216Ti").unwrap_err().contains("too large"));
    }
}
