//! The documented limits on what mgdsim reads and builds (docs/RELIABILITY.md), and the one
//! bounded file reader every loader uses: no input may make mgdsim allocate without bound.
//!
//! The limits are far above every shipped configuration and data set (MNIST's largest file is
//! 47 MB raw, the largest network 79,510 parameters) and far below what would exhaust memory.

use std::io::Read;
use std::path::Path;

/// Largest configuration file, bytes.
pub const MAX_CONFIG_BYTES: u64 = 1 << 20;
/// Largest data file (CSV, IDX), bytes, both as stored and after gunzipping.
pub const MAX_DATA_BYTES: u64 = 128 << 20;
/// Largest jump table or device data file, bytes.
pub const MAX_TABLE_BYTES: u64 = 64 << 20;
/// Largest checkpoint file, bytes.
pub const MAX_CHECKPOINT_BYTES: u64 = 256 << 20;
/// Largest golden-vector file that `verify` reads, bytes.
pub const MAX_VECTOR_BYTES: u64 = 1 << 30;
/// Most classes a data set may have (labels `0..MAX_CLASSES`).
pub const MAX_CLASSES: usize = 1 << 16;
/// Largest layer of a network.
pub const MAX_LAYER: usize = 1 << 16;
/// Most layers (inputs and outputs included).
pub const MAX_LAYERS: usize = 64;
/// Most trainable parameters (weights and biases) of a network.
pub const MAX_PARAMS: usize = 1 << 22;
/// Most cycles of golden vectors `export` and `verify --cycles` record.
pub const MAX_VECTOR_CYCLES: u64 = 10_000_000;

/// Read `path` whole, refusing more than `limit` bytes (a device such as `/dev/zero` never
/// ends). The error is an `io::Error` of kind `InvalidData` that names the limit.
pub fn read_bounded(path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
    let file = std::fs::File::open(path)?;
    if file.metadata()?.is_dir() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "is a directory, not a file",
        ));
    }
    read_to_limit(file, limit)
}

/// Read `reader` to its end, refusing more than `limit` bytes.
pub fn read_to_limit(reader: impl Read, limit: u64) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    reader.take(limit.saturating_add(1)).read_to_end(&mut out)?;
    if out.len() as u64 > limit {
        return Err(too_large(limit));
    }
    Ok(out)
}

/// The error [`read_bounded`] gives for an input above `limit` bytes.
pub fn too_large(limit: u64) -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::InvalidData,
        format!("more than {limit} bytes, mgdsim's limit for this kind of file"),
    )
}

/// [`read_bounded`], as UTF-8 text; a bad byte is reported with its offset and line.
pub fn read_text_bounded(path: &Path, limit: u64) -> std::io::Result<String> {
    let bytes = read_bounded(path, limit)?;
    String::from_utf8(bytes).map_err(|e| not_utf8(e.as_bytes(), e.utf8_error()))
}

/// The error for bytes that are not UTF-8: byte offset and line of the first bad byte.
pub fn not_utf8(bytes: &[u8], e: std::str::Utf8Error) -> std::io::Error {
    let at = e.valid_up_to();
    let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
    std::io::Error::new(
        std::io::ErrorKind::InvalidData,
        format!("not UTF-8 text: line {line}, byte {at}"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_up_to_the_limit_and_refuses_one_byte_more() {
        assert_eq!(read_to_limit(&b"abcd"[..], 4).unwrap(), b"abcd");
        let e = read_to_limit(&b"abcde"[..], 4).unwrap_err();
        assert_eq!(e.kind(), std::io::ErrorKind::InvalidData);
        assert!(e.to_string().contains("more than 4 bytes"), "{e}");
    }

    #[test]
    fn endless_devices_and_directories_are_refused() {
        let e = read_bounded(Path::new("/dev/zero"), 1 << 10).unwrap_err();
        assert!(e.to_string().contains("more than 1024 bytes"), "{e}");
        let e = read_bounded(Path::new(env!("CARGO_MANIFEST_DIR")), 10).unwrap_err();
        assert!(e.to_string().contains("directory"), "{e}");
    }

    #[test]
    fn bad_utf8_names_line_and_byte() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x");
        std::fs::write(&p, b"ab\ncd\xffe").unwrap();
        let e = read_text_bounded(&p, 100).unwrap_err().to_string();
        assert_eq!(e, "not UTF-8 text: line 2, byte 5");
    }
}
