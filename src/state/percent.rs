//! Percent-encoding of link values, as `application/x-www-form-urlencoded` does it.
//!
//! The same bytes as the `form_urlencoded` crate (the tests compare them), in a few lines: the
//! crate's table of all 256 escapes and its generic pair iterator cost about 1 KB gzipped in
//! the shell, which every view loads first.

/// Percent-decodes one component: `+` is a space, `%XY` (two hex digits) the byte 0xXY, any
/// other `%` itself; bytes that are not UTF-8 become U+FFFD.
pub(crate) fn decode(raw: &str) -> String {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match (hex_digit(bytes.get(i + 1)), hex_digit(bytes.get(i + 2))) {
                (Some(high), Some(low)) => {
                    out.push(high << 4 | low);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex_digit(byte: Option<&u8>) -> Option<u8> {
    let digit = char::from(*byte?).to_digit(16)?;
    Some(digit as u8)
}

/// Percent-encodes `text`: ASCII letters, digits and `*-._` stay, a space becomes `+`, every
/// other byte `%XY` in upper-case hex.
pub(crate) fn encode(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len());
    for &byte in text.as_bytes() {
        match byte {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'*' | b'-' | b'.' | b'_' => {
                out.push(char::from(byte));
            }
            b' ' => out.push('+'),
            _ => {
                out.push('%');
                out.push(char::from(HEX[usize::from(byte >> 4)]));
                out.push(char::from(HEX[usize::from(byte & 15)]));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `form_urlencoded` makes of `raw` as the value of a one-pair query.
    fn their_decoding(raw: &str) -> String {
        let pair = format!("_={raw}");
        form_urlencoded::parse(pair.as_bytes())
            .next()
            .map(|(_, value)| value.into_owned())
            .unwrap_or_default()
    }

    fn samples() -> Vec<String> {
        let mut texts: Vec<String> = [
            "",
            "a",
            "a+b",
            "%2C",
            "%2c",
            "%",
            "%4",
            "%zz",
            "%%41",
            "%41%",
            "100%",
            "a=b",
            "%E4%BD%A0",
            "%E4%BD",
            "%FF",
            "+%2B+",
            "chat noir",
            "猫,dog",
            "a;b&c#d",
            "~!'()",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // Every byte value escaped and as itself (where it is valid UTF-8 on its own).
        for byte in 0u8..=255 {
            texts.push(format!("%{byte:02X}x%{byte:02x}"));
            if byte.is_ascii() {
                texts.push(format!("x{}y", char::from(byte)));
            }
        }
        texts
    }

    #[test]
    fn decodes_as_form_urlencoded_does() {
        // Pairs were split on `&` before anything is decoded.
        for raw in samples().into_iter().filter(|raw| !raw.contains('&')) {
            assert_eq!(decode(&raw), their_decoding(&raw), "{raw:?}");
        }
    }

    #[test]
    fn encodes_as_form_urlencoded_does_and_reads_back() {
        let mut texts = samples();
        texts.extend(
            (0u32..0x800)
                .filter_map(char::from_u32)
                .map(|c| format!("{c}·")),
        );
        for text in texts {
            let ours = encode(&text);
            let theirs: String = form_urlencoded::byte_serialize(text.as_bytes()).collect();
            assert_eq!(ours, theirs, "{text:?}");
            assert_eq!(decode(&ours), text);
        }
    }
}
