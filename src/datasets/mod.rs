//! Data sets: generated (XOR, N-bit parity, NIST7x7-like, Yin-Yang) and loaded from files
//! (CSV such as the UCI digits and iris, IDX such as MNIST / Fashion-MNIST).
//!
//! Every data set becomes a [`Dataset`]: inputs scaled to `[0, 1]` (the range the hardware's
//! activation format holds), integer labels, and a seeded train/test split. [`load`] is the one
//! entry point: a built-in name ([`is_builtin`]) or a file path.
//!
//! | spec | train / test | scaling |
//! |---|---|---|
//! | `xor`, `parityN` (N in 2..=16) | train = test = all samples | already 0/1 |
//! | `nist7x7` | train = test = all samples, the training order shuffled from `seed` | already 0/1 |
//! | `yinyang`, `yinyang2` | 5000 / 1000, generated from `seed` | raw (see [`yinyang`]) |
//! | CSV file (optionally gzip) | stratified split by `test_fraction` ([`split`]) | min/max of train |
//! | IDX directory (MNIST layout) | `train-*` / `t10k-*` files | pixels / 255 |
//!
//! Error messages name the file as the user wrote it, then the line (CSV) or byte offset (IDX).

mod csv;
mod idx;
mod nist7x7;
mod parity;
pub mod split;
mod xor;
pub mod yinyang;

pub use idx::{load_idx_pair, parse_idx_pair};

use std::path::Path;

/// One example: inputs and a class label.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Sample {
    /// Inputs, scaled to `[0, 1]`; the one exception is Yin-Yang task 2 (`yinyang2`), kept raw
    /// so that its +1 shift survives (see [`yinyang`]).
    pub x: Vec<f64>,
    /// Class label, `0..n_classes`.
    pub label: usize,
}

/// A data set split into training and test samples.
#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    /// Short name for reports (`xor`, `parity4`, `nist7x7`, or the file name).
    pub name: String,
    /// Inputs per sample.
    pub n_inputs: usize,
    /// Number of classes. A network with one output treats it as two classes (threshold 0.5).
    pub n_classes: usize,
    /// Training samples.
    pub train: Vec<Sample>,
    /// Held-out test samples. For XOR, parity and NIST7x7 it equals `train`, as in the papers.
    pub test: Vec<Sample>,
}

impl Dataset {
    /// A data set whose test set is its training set (XOR, parity, NIST7x7).
    fn train_is_test(name: &str, n_inputs: usize, n_classes: usize, samples: Vec<Sample>) -> Self {
        Dataset {
            name: name.to_string(),
            n_inputs,
            n_classes,
            test: samples.clone(),
            train: samples,
        }
    }

    /// The same set with its training samples shuffled by a `ChaCha8Rng` seeded from `seed`,
    /// as [`split::stratified`] shuffles a file's: the chip walks its sample ROM in order, so a
    /// generator that writes its samples class by class (NIST7x7) would otherwise train it on
    /// one class at a time.
    fn train_shuffled(mut self, seed: u64) -> Self {
        use rand::seq::SliceRandom;
        use rand::SeedableRng;
        self.train
            .shuffle(&mut rand_chacha::ChaCha8Rng::seed_from_u64(seed));
        self
    }
}

/// A data set could not be generated or loaded.
#[derive(Debug, thiserror::Error)]
pub enum DatasetError {
    /// A name that looks like a built-in but is not one (`parity99`, `foo`).
    #[error("unknown data set `{name}`: {reason}")]
    Unknown {
        /// The spec as written.
        name: String,
        /// Why it is refused, with the accepted names.
        reason: String,
    },
    /// `test_fraction` outside `[0, 1)`.
    #[error("test_fraction must be in [0, 1), got {0}")]
    TestFraction(f64),
    /// A file or directory could not be read.
    #[error("{path}: cannot read: {cause}")]
    Io {
        /// The path tried.
        path: String,
        /// The operating system's reason.
        cause: std::io::Error,
    },
    /// The file starts with the gzip magic bytes but does not decompress.
    #[error("{path}: gzip data is corrupt (member from byte {offset}): {cause}")]
    Gzip {
        /// The file.
        path: String,
        /// Where the member that failed starts.
        offset: usize,
        /// flate2's reason.
        cause: std::io::Error,
    },
    /// Bytes after the last gzip member that are not another member.
    #[error("{path}: byte {offset}: {extra} bytes after the last gzip member are not gzip data")]
    GzipTrailing {
        /// The file.
        path: String,
        /// Where the garbage starts.
        offset: usize,
        /// How many bytes it holds.
        extra: usize,
    },
    /// A gzip file that decompresses to more than [`crate::limits::MAX_DATA_BYTES`].
    #[error("{path}: gunzips to more than {limit} bytes, mgdsim's limit for data files")]
    GzipTooLarge {
        /// The file.
        path: String,
        /// The limit.
        limit: u64,
    },
    /// A label above the largest class mgdsim accepts ([`crate::limits::MAX_CLASSES`]).
    #[error("{path}:{line}: column {column}: label {cell} is above {max}, the largest class label mgdsim accepts")]
    LabelTooLarge {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// 1-based column (the last).
        column: usize,
        /// The cell as written (trimmed).
        cell: String,
        /// The largest label allowed.
        max: usize,
    },
    /// A sample whose label is not below the classes the split was given (a loader's bug).
    #[error("label {label} is not below the {n_classes} classes")]
    StrayLabel {
        /// The label.
        label: usize,
        /// Classes given.
        n_classes: usize,
    },
    /// A stratified split that leaves no test sample.
    #[error("{path}: test_fraction {fraction} leaves no test sample of the {n} samples (every class keeps one training sample): use more data or a larger test_fraction")]
    EmptyTest {
        /// The file.
        path: String,
        /// The fraction asked for.
        fraction: f64,
        /// Samples in the file.
        n: usize,
    },
    /// A CSV file is not UTF-8 text.
    #[error("{path}:{line}: not UTF-8 text")]
    NotText {
        /// The file.
        path: String,
        /// 1-based line holding the first bad byte.
        line: usize,
    },
    /// A CSV file (or gzip stream) holds no data rows.
    #[error("{path}: empty: no data rows")]
    Empty {
        /// The file.
        path: String,
    },
    /// A blank line with data after it.
    #[error("{path}:{line}: blank line before the last data row")]
    BlankLine {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
    },
    /// A CSV row with fewer than two cells: at least one feature and a label are needed.
    #[error("{path}:{line}: expected at least 2 cells (features and a label), got {got}")]
    TooFewCells {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// Cells found.
        got: usize,
    },
    /// A CSV row whose cell count differs from the first row's (or the header's).
    #[error("{path}:{line}: expected {expected} cells ({features} features and a label), got {got}", features = .expected - 1)]
    Ragged {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// Cells per row fixed by the first row (>= 2).
        expected: usize,
        /// Cells in this row.
        got: usize,
    },
    /// A feature cell that is not a finite number.
    #[error("{path}:{line}: column {column}: `{cell}` is not a finite number")]
    NotNumber {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// The cell as written (trimmed).
        cell: String,
    },
    /// A label cell that is not a non-negative integer.
    #[error("{path}:{line}: column {column}: label `{cell}` is not a non-negative integer")]
    BadLabel {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// 1-based column (the last).
        column: usize,
        /// The cell as written (trimmed).
        cell: String,
    },
    /// A label at or above the number of classes the header names.
    #[error("{path}:{line}: column {column}: label {label} out of range: the header names {n_classes} classes (labels 0..={max})", max = .n_classes - 1)]
    LabelOutOfRange {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// 1-based column (the last).
        column: usize,
        /// The label read.
        label: usize,
        /// Classes named in the header (>= 1).
        n_classes: usize,
    },
    /// A scikit-learn style header whose counts disagree with the file.
    #[error("{path}:1: header says {header} {what}, the file has {found}")]
    HeaderMismatch {
        /// The file.
        path: String,
        /// `samples` or `features`.
        what: &'static str,
        /// Count in the header.
        header: usize,
        /// Count in the file.
        found: usize,
    },
    /// An IDX file whose magic number is not the expected one.
    #[error("{path}: byte 0: magic number {found:#010x}, expected {expected:#010x} ({kind})")]
    IdxMagic {
        /// The file.
        path: String,
        /// Magic number read.
        found: u32,
        /// Magic number required.
        expected: u32,
        /// `images` or `labels`.
        kind: &'static str,
    },
    /// An IDX file that ends before its header or data does.
    #[error("{path}: byte {offset}: file ends, but {what} needs {needed} bytes from byte {start}")]
    IdxTruncated {
        /// The file.
        path: String,
        /// Length of the (decompressed) file: where it ended.
        offset: usize,
        /// What was being read.
        what: &'static str,
        /// Bytes that part needs.
        needed: u64,
        /// Where that part starts.
        start: usize,
    },
    /// An IDX file with bytes after the data its header announces.
    #[error("{path}: byte {offset}: {extra} bytes after the data the header announces")]
    IdxTrailing {
        /// The file.
        path: String,
        /// Where the data should have ended.
        offset: usize,
        /// Bytes beyond it.
        extra: usize,
    },
    /// IDX image and label files with different counts.
    #[error("{images}: {n_images} images, but {labels}: {n_labels} labels")]
    IdxCountMismatch {
        /// The image file.
        images: String,
        /// Images it holds.
        n_images: usize,
        /// The label file.
        labels: String,
        /// Labels it holds.
        n_labels: usize,
    },
    /// IDX test images whose size differs from the training images'.
    #[error("{path}: byte 8: images are {rows}x{cols}, but the training images are {train_rows}x{train_cols}")]
    IdxShape {
        /// The test image file.
        path: String,
        /// Its rows.
        rows: usize,
        /// Its columns.
        cols: usize,
        /// Training images' rows.
        train_rows: usize,
        /// Training images' columns.
        train_cols: usize,
    },
    /// An IDX directory lacking some of the four files.
    #[error("{dir}: IDX directory lacks {} (each may also end in .gz)", .missing.join(", "))]
    IdxMissing {
        /// The directory.
        dir: String,
        /// The file names not found.
        missing: Vec<String>,
    },
}

/// The built-in names, for messages.
const BUILTINS: &str = "xor, parityN (N in 2..=16), nist7x7, yinyang, yinyang2";

/// True for the generated data sets' names: `xor`, `parityN` (N in 2..=16), `nist7x7`,
/// `yinyang`, `yinyang2`.
pub fn is_builtin(spec: &str) -> bool {
    matches!(spec, "xor" | "nist7x7" | "yinyang" | "yinyang2") || parity::bits(spec).is_some()
}

/// Built-in name or file path -> Dataset. Relative paths are joined to `base_dir`.
///
/// `test_fraction` (in `[0, 1)`) and `seed` drive the stratified split of CSV files; `seed` also
/// drives the Yin-Yang generator. `test_fraction` applies to CSV files only: the logic tasks use
/// train = test = all samples, Yin-Yang has fixed sizes (5000 / 1000) and IDX directories bring
/// their own test files.
/// A directory is read as IDX ([`load_idx_pair`]), any other path as CSV.
pub fn load(
    spec: &str,
    base_dir: &Path,
    test_fraction: f64,
    seed: u64,
) -> Result<Dataset, DatasetError> {
    match spec {
        "xor" => return Ok(Dataset::train_is_test("xor", 2, 2, xor::samples())),
        "nist7x7" => {
            let d = Dataset::train_is_test("nist7x7", 49, 4, nist7x7::samples());
            return Ok(d.train_shuffled(seed));
        }
        "yinyang" => return Ok(yinyang::dataset(seed, false)),
        "yinyang2" => return Ok(yinyang::dataset(seed, true)),
        _ => {}
    }
    if let Some(n) = parity::bits(spec) {
        return Ok(Dataset::train_is_test(spec, n, 2, parity::samples(n)));
    }
    let path = base_dir.join(spec);
    let meta = std::fs::metadata(&path).map_err(|cause| not_found(spec, &path, cause))?;
    if meta.is_dir() {
        return idx::load_dir(spec, &path);
    }
    let bytes = read_maybe_gz(spec, &path)?;
    from_csv_bytes(spec, &bytes, test_fraction, seed)
}

/// A CSV file's (decompressed) contents -> Dataset, split and scaled as [`load`] does; `spec`
/// names it in errors. The entry point `mgdsim`'s fuzzer drives.
pub fn from_csv_bytes(
    spec: &str,
    bytes: &[u8],
    test_fraction: f64,
    seed: u64,
) -> Result<Dataset, DatasetError> {
    let (n_classes, samples) = csv::parse(spec, bytes)?;
    let n_inputs = samples.first().map_or(0, |s| s.x.len());
    let n = samples.len();
    let (mut train, mut test) = split::stratified(samples, n_classes, test_fraction, seed)?;
    if test.is_empty() {
        // Accuracy on no samples is no measurement; say so rather than report 0%.
        return Err(DatasetError::EmptyTest {
            path: spec.to_string(),
            fraction: test_fraction,
            n,
        });
    }
    split::scale_min_max(&mut train, &mut test);
    Ok(Dataset {
        name: file_name(spec),
        n_inputs,
        n_classes,
        train,
        test,
    })
}

/// The error for a spec that names neither a built-in nor an existing file.
fn not_found(spec: &str, path: &Path, cause: std::io::Error) -> DatasetError {
    // A bare word is more likely a mistyped built-in than a file name.
    let bare = !spec.contains(['/', '\\', '.']);
    if let Some(rest) = spec.strip_prefix("parity") {
        if !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit()) {
            return DatasetError::Unknown {
                name: spec.to_string(),
                reason: format!("parity needs N in 2..=16, got {rest}"),
            };
        }
    }
    if bare {
        DatasetError::Unknown {
            name: spec.to_string(),
            reason: format!("not a built-in ({BUILTINS}) and no file {}", path.display()),
        }
    } else {
        DatasetError::Io {
            path: path.display().to_string(),
            cause,
        }
    }
}

/// Last component of `spec` for [`Dataset::name`].
fn file_name(spec: &str) -> String {
    Path::new(spec)
        .file_name()
        .map_or_else(|| spec.to_string(), |n| n.to_string_lossy().into_owned())
}

/// Read a file whole, gunzipping it if it starts with the gzip magic bytes `1f 8b` (whatever
/// its extension): every member of a multi-member file (`cat a.gz b.gz`), bytes after the
/// last member refused, at most [`crate::limits::MAX_DATA_BYTES`] read and decompressed.
/// `shown` is the name used in errors.
fn read_maybe_gz(shown: &str, path: &Path) -> Result<Vec<u8>, DatasetError> {
    let limit = crate::limits::MAX_DATA_BYTES;
    let raw = crate::limits::read_bounded(path, limit).map_err(|cause| DatasetError::Io {
        path: shown.to_string(),
        cause,
    })?;
    maybe_gunzip(shown, raw)
}

/// `raw`, gunzipped if it starts with the gzip magic bytes.
pub fn maybe_gunzip(shown: &str, raw: Vec<u8>) -> Result<Vec<u8>, DatasetError> {
    if !raw.starts_with(&[0x1f, 0x8b]) {
        return Ok(raw);
    }
    gunzip(shown, &raw, crate::limits::MAX_DATA_BYTES)
}

/// Decompress every gzip member of `raw`, at most `limit` bytes in all.
///
/// A loop of single-member decoders rather than `MultiGzDecoder`: it behaves the same on good
/// input, and knows where each member starts, so garbage is reported at its byte offset.
pub(crate) fn gunzip(shown: &str, raw: &[u8], limit: u64) -> Result<Vec<u8>, DatasetError> {
    use std::io::Read;
    let mut out = Vec::new();
    let mut rest = raw;
    while !rest.is_empty() {
        let offset = raw.len() - rest.len();
        if !rest.starts_with(&[0x1f, 0x8b]) {
            return Err(DatasetError::GzipTrailing {
                path: shown.to_string(),
                offset,
                extra: rest.len(),
            });
        }
        let room = limit.saturating_sub(out.len() as u64);
        // A bufread decoder takes exactly its member's bytes from `rest`.
        flate2::bufread::GzDecoder::new(&mut rest)
            .take(room.saturating_add(1))
            .read_to_end(&mut out)
            .map_err(|cause| DatasetError::Gzip {
                path: shown.to_string(),
                offset,
                cause,
            })?;
        if out.len() as u64 > limit {
            return Err(DatasetError::GzipTooLarge {
                path: shown.to_string(),
                limit,
            });
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest() -> &'static Path {
        Path::new(env!("CARGO_MANIFEST_DIR"))
    }

    #[test]
    fn builtin_names_are_recognised() {
        for name in [
            "xor", "parity2", "parity16", "nist7x7", "yinyang", "yinyang2",
        ] {
            assert!(is_builtin(name), "{name}");
        }
        for name in [
            "parity1",
            "parity17",
            "parity",
            "parity04x",
            "iris.csv",
            "XOR",
        ] {
            assert!(!is_builtin(name), "{name}");
        }
    }

    /// The chip trains on its ROM in order: NIST7x7's training set must not come class by
    /// class (it did until stop 41: 50 N, then 50 I, ...), and its order is the data seed's.
    #[test]
    fn nist7x7_trains_in_a_seeded_shuffled_order() {
        let load = |seed| load("nist7x7", Path::new("."), 0.0, seed).unwrap();
        let d = load(0);
        let mut sorted = d.train.clone();
        sorted.sort_by(|a, b| (a.label, &a.x).partial_cmp(&(b.label, &b.x)).unwrap());
        let mut all = d.test.clone();
        all.sort_by(|a, b| (a.label, &a.x).partial_cmp(&(b.label, &b.x)).unwrap());
        assert_eq!(sorted, all, "the training set is the test set, reordered");
        // No class holds more than 8 samples in a row (class order: 50).
        let longest = d
            .train
            .chunk_by(|a, b| a.label == b.label)
            .map(<[Sample]>::len)
            .max();
        assert!(longest.is_some_and(|n| n <= 8), "longest run {longest:?}");
        // Every quarter of the ROM holds every class.
        for q in d.train.chunks(50) {
            assert!((0..4).all(|c| q.iter().any(|s| s.label == c)));
        }
        assert_eq!(load(0).train, d.train, "same seed, same order");
        assert_ne!(load(1).train, d.train, "the order is the seed's");
    }

    #[test]
    fn unknown_parity_width_is_refused() {
        let err = load("parity99", manifest(), 0.2, 1).unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown data set `parity99`: parity needs N in 2..=16, got 99"
        );
    }

    #[test]
    fn unknown_bare_name_lists_builtins() {
        let err = load("mnsit", manifest(), 0.2, 1).unwrap_err().to_string();
        assert!(
            err.starts_with("unknown data set `mnsit`: not a built-in (xor, parityN"),
            "{err}"
        );
    }

    #[test]
    fn missing_file_names_the_path() {
        let err = load("data/nope.csv", manifest(), 0.2, 1)
            .unwrap_err()
            .to_string();
        assert!(err.contains("data/nope.csv: cannot read: "), "{err}");
        assert!(err.starts_with(env!("CARGO_MANIFEST_DIR")), "{err}");
    }

    #[test]
    fn logic_tasks_use_train_as_test() {
        for (spec, n_in, n) in [("xor", 2, 4), ("parity5", 5, 32), ("nist7x7", 49, 200)] {
            let d = load(spec, manifest(), 0.5, 3).unwrap();
            assert_eq!((d.n_inputs, d.train.len()), (n_in, n), "{spec}");
            // NIST7x7 trains in a shuffled order (below); the others as generated.
            if spec != "nist7x7" {
                assert_eq!(d.train, d.test, "{spec}");
            }
            assert_eq!(d.name, spec);
        }
    }

    #[test]
    fn iris_loads_with_header_and_stratified_split() {
        let d = load("data/iris.csv", manifest(), 0.2, 7).unwrap();
        assert_eq!(
            (d.name.as_str(), d.n_inputs, d.n_classes),
            ("iris.csv", 4, 3)
        );
        assert_eq!((d.train.len(), d.test.len()), (120, 30));
        for c in 0..3 {
            assert_eq!(d.test.iter().filter(|s| s.label == c).count(), 10);
        }
        assert!(d
            .train
            .iter()
            .chain(&d.test)
            .all(|s| s.x.len() == 4 && s.x.iter().all(|v| (0.0..=1.0).contains(v))));
        // Training min/max scaling reaches both ends of every feature.
        for j in 0..4 {
            let col = d.train.iter().map(|s| s.x[j]);
            assert_eq!(col.clone().fold(f64::INFINITY, f64::min), 0.0);
            assert_eq!(col.fold(f64::NEG_INFINITY, f64::max), 1.0);
        }
    }

    #[test]
    fn digits_gz_loads_with_all_classes() {
        let d = load("data/digits.csv.gz", manifest(), 0.25, 11).unwrap();
        assert_eq!((d.n_inputs, d.n_classes), (64, 10));
        assert_eq!(d.train.len() + d.test.len(), 1797);
        // Stratified rounding per class: within one sample per class of 25%.
        assert!(
            (d.test.len() as f64 - 1797.0 * 0.25).abs() <= 10.0,
            "{}",
            d.test.len()
        );
        for c in 0..10 {
            assert!(d.test.iter().any(|s| s.label == c) && d.train.iter().any(|s| s.label == c));
        }
        assert!(d
            .train
            .iter()
            .chain(&d.test)
            .all(|s| s.label < 10 && s.x.iter().all(|v| (0.0..=1.0).contains(v))));
    }

    #[test]
    fn test_fraction_outside_range_is_refused() {
        for f in [-0.1, 1.0, f64::NAN] {
            let err = load("data/iris.csv", manifest(), f, 1)
                .unwrap_err()
                .to_string();
            assert!(
                err.starts_with("test_fraction must be in [0, 1), got"),
                "{err}"
            );
        }
    }

    #[test]
    fn gzip_is_detected_by_magic_not_extension() {
        use std::io::Write;
        let dir = tempfile::tempdir().unwrap();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(b"0,0\n1,1\n2,0\n3,1\n").unwrap();
        std::fs::write(dir.path().join("plain.csv"), gz.finish().unwrap()).unwrap();
        let d = load("plain.csv", dir.path(), 0.5, 1).unwrap();
        assert_eq!((d.train.len() + d.test.len(), d.n_classes), (4, 2));

        std::fs::write(dir.path().join("bad.csv.gz"), [0x1f, 0x8b, 0, 1, 2, 3]).unwrap();
        let err = load("bad.csv.gz", dir.path(), 0.0, 1)
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("bad.csv.gz: gzip data is corrupt (member from byte 0):"),
            "{err}"
        );
    }

    fn gz(bytes: &[u8]) -> Vec<u8> {
        use std::io::Write;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(bytes).unwrap();
        gz.finish().unwrap()
    }

    #[test]
    fn every_gzip_member_is_read_and_trailing_garbage_is_refused() {
        let (a, b) = (gz(b"0,0\n1,1\n"), gz(b"2,0\n3,1\n"));
        let both = [a.clone(), b].concat();
        assert_eq!(
            gunzip("x.gz", &both, 1 << 20).unwrap(),
            b"0,0\n1,1\n2,0\n3,1\n"
        );
        let junk = [a.clone(), b"junk".to_vec()].concat();
        let e = gunzip("x.gz", &junk, 1 << 20).unwrap_err().to_string();
        assert_eq!(
            e,
            format!(
                "x.gz: byte {}: 4 bytes after the last gzip member are not gzip data",
                a.len()
            )
        );
    }

    #[test]
    fn a_gzip_bomb_stops_at_the_limit() {
        let bomb = gz(&vec![b'0'; 1 << 20]);
        let e = gunzip("bomb.gz", &bomb, 1000).unwrap_err().to_string();
        assert_eq!(
            e,
            "bomb.gz: gunzips to more than 1000 bytes, mgdsim's limit for data files"
        );
    }

    #[test]
    fn a_split_with_no_test_sample_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("three.csv"), "0,0\n1,1\n2,0\n").unwrap();
        let e = load("three.csv", dir.path(), 0.2, 1)
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("three.csv: test_fraction 0.2 leaves no test sample of the 3 samples"),
            "{e}"
        );
    }
}
