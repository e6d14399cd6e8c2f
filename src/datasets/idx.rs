//! IDX files (MNIST, Fashion-MNIST): unsigned-byte images (magic 0x00000803: count, rows,
//! columns, pixels) and labels (magic 0x00000801: count, labels), big-endian counts. Each file
//! may be gzip-compressed (detected by magic bytes); byte offsets in errors then count in the
//! decompressed data. Pixels become `p / 255`: their range is known, so the file data are not
//! min/max-scaled (that would inflate rare border pixels).

use super::{Dataset, DatasetError, Sample};
use std::path::Path;

/// Magic number of an unsigned-byte, 3-dimensional IDX file (images).
const IMAGES_MAGIC: u32 = 0x0000_0803;
/// Magic number of an unsigned-byte, 1-dimensional IDX file (labels).
const LABELS_MAGIC: u32 = 0x0000_0801;
/// The four files of an IDX directory, in the order (train images, train labels, test
/// images, test labels).
const FILES: [&str; 4] = [
    "train-images-idx3-ubyte",
    "train-labels-idx1-ubyte",
    "t10k-images-idx3-ubyte",
    "t10k-labels-idx1-ubyte",
];

/// Decoded images: count, rows, columns and the pixel bytes.
struct Images<'a> {
    n: usize,
    rows: usize,
    cols: usize,
    pixels: &'a [u8],
}

/// `len` bytes from `start`, or a truncation error saying what needed them.
fn take<'a>(
    shown: &str,
    bytes: &'a [u8],
    start: usize,
    len: u64,
    what: &'static str,
) -> Result<&'a [u8], DatasetError> {
    let end = usize::try_from(len).ok().and_then(|l| start.checked_add(l));
    end.and_then(|end| bytes.get(start..end))
        .ok_or_else(|| DatasetError::IdxTruncated {
            path: shown.to_string(),
            offset: bytes.len(),
            what,
            needed: len,
            start,
        })
}

/// Big-endian u32 at `start`.
fn be32(shown: &str, bytes: &[u8], start: usize, what: &'static str) -> Result<u32, DatasetError> {
    let b = take(shown, bytes, start, 4, what)?;
    Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
}

/// Check the magic number, then that nothing follows the data ending at `end`.
fn magic(shown: &str, bytes: &[u8], expected: u32, kind: &'static str) -> Result<(), DatasetError> {
    let found = be32(shown, bytes, 0, "the magic number")?;
    if found != expected {
        return Err(DatasetError::IdxMagic {
            path: shown.to_string(),
            found,
            expected,
            kind,
        });
    }
    Ok(())
}

/// Refuse bytes after `end`.
fn no_trailing(shown: &str, bytes: &[u8], end: usize) -> Result<(), DatasetError> {
    match bytes.len().checked_sub(end) {
        Some(extra) if extra > 0 => Err(DatasetError::IdxTrailing {
            path: shown.to_string(),
            offset: end,
            extra,
        }),
        _ => Ok(()),
    }
}

/// Parse an image file's contents.
fn images<'a>(shown: &str, bytes: &'a [u8]) -> Result<Images<'a>, DatasetError> {
    magic(shown, bytes, IMAGES_MAGIC, "images")?;
    let n = be32(shown, bytes, 4, "the image count")? as usize;
    let rows = be32(shown, bytes, 8, "the row count")? as usize;
    let cols = be32(shown, bytes, 12, "the column count")? as usize;
    // u64: 2^32^3 cannot overflow usize arithmetic on 64-bit, but be exact everywhere.
    let len = (n as u64)
        .saturating_mul(rows as u64)
        .saturating_mul(cols as u64);
    let pixels = take(shown, bytes, 16, len, "the pixel data")?;
    no_trailing(shown, bytes, 16 + pixels.len())?;
    Ok(Images {
        n,
        rows,
        cols,
        pixels,
    })
}

/// Parse a label file's contents.
fn labels<'a>(shown: &str, bytes: &'a [u8]) -> Result<&'a [u8], DatasetError> {
    magic(shown, bytes, LABELS_MAGIC, "labels")?;
    let n = be32(shown, bytes, 4, "the label count")?;
    let data = take(shown, bytes, 8, u64::from(n), "the label data")?;
    no_trailing(shown, bytes, 8 + data.len())?;
    Ok(data)
}

/// Images and labels (already read, `(shown name, bytes)`) -> samples, with the image shape.
fn pair(
    img: (&str, &[u8]),
    lab: (&str, &[u8]),
) -> Result<(Vec<Sample>, (usize, usize)), DatasetError> {
    let im = images(img.0, img.1)?;
    let lb = labels(lab.0, lab.1)?;
    if im.n != lb.len() {
        return Err(DatasetError::IdxCountMismatch {
            images: img.0.to_string(),
            n_images: im.n,
            labels: lab.0.to_string(),
            n_labels: lb.len(),
        });
    }
    let size = im.rows.saturating_mul(im.cols);
    let samples = lb
        .iter()
        .enumerate()
        .map(|(i, &label)| Sample {
            // A zero-sized image has no pixels to chunk; `get` keeps that panic-free.
            x: im
                .pixels
                .get(i * size..(i + 1) * size)
                .unwrap_or_default()
                .iter()
                .map(|&p| f64::from(p) / 255.0)
                .collect(),
            label: usize::from(label),
        })
        .collect();
    Ok((samples, (im.rows, im.cols)))
}

/// Read an IDX image file and its label file (each optionally gzip) into samples, pixels / 255.
/// Errors name the paths as given.
pub fn load_idx_pair(images: &Path, labels: &Path) -> Result<Vec<Sample>, DatasetError> {
    let (si, sl) = (images.display().to_string(), labels.display().to_string());
    let (bi, bl) = (
        super::read_maybe_gz(&si, images)?,
        super::read_maybe_gz(&sl, labels)?,
    );
    Ok(pair((&si, &bi), (&sl, &bl))?.0)
}

/// An IDX image file and its label file from bytes (each gunzipped if it starts with the gzip
/// magic), `(shown name, bytes)`: the entry point `mgdsim`'s fuzzer drives.
pub fn parse_idx_pair(
    images: (&str, &[u8]),
    labels: (&str, &[u8]),
) -> Result<Vec<Sample>, DatasetError> {
    let bi = super::maybe_gunzip(images.0, images.1.to_vec())?;
    let bl = super::maybe_gunzip(labels.0, labels.1.to_vec())?;
    Ok(pair((images.0, &bi), (labels.0, &bl))?.0)
}

/// An IDX directory (MNIST layout): train from `train-*`, test from `t10k-*`. `spec` is the
/// directory as the user wrote it (for names in errors), `dir` the resolved path.
pub(super) fn load_dir(spec: &str, dir: &Path) -> Result<Dataset, DatasetError> {
    let mut found = Vec::new();
    let mut missing = Vec::new();
    for name in FILES {
        let gz = format!("{name}.gz");
        let hit = [name, gz.as_str()]
            .into_iter()
            .find(|f| dir.join(f).is_file())
            .map(str::to_string);
        match hit {
            Some(f) => found.push(f),
            None => missing.push(name.to_string()),
        }
    }
    if !missing.is_empty() {
        return Err(DatasetError::IdxMissing {
            dir: spec.to_string(),
            missing,
        });
    }
    let mut read = Vec::new();
    for f in &found {
        let shown = Path::new(spec).join(f).display().to_string();
        let bytes = super::read_maybe_gz(&shown, &dir.join(f))?;
        read.push((shown, bytes));
    }
    let part = |i: usize, j: usize| pair((&read[i].0, &read[i].1), (&read[j].0, &read[j].1));
    let (train, (rows, cols)) = part(0, 1)?;
    let (test, (test_rows, test_cols)) = part(2, 3)?;
    if (test_rows, test_cols) != (rows, cols) {
        return Err(DatasetError::IdxShape {
            path: read[2].0.clone(),
            rows: test_rows,
            cols: test_cols,
            train_rows: rows,
            train_cols: cols,
        });
    }
    let n_classes = train
        .iter()
        .chain(&test)
        .map(|s| s.label + 1)
        .max()
        .unwrap_or(0);
    Ok(Dataset {
        name: super::file_name(spec),
        n_inputs: rows.saturating_mul(cols),
        n_classes,
        train,
        test,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// An image file of `n` images of 2x3 pixels, pixel value = image index * 10 + pixel.
    fn image_file(n: u32) -> Vec<u8> {
        let mut b = [IMAGES_MAGIC, n, 2, 3]
            .iter()
            .flat_map(|v| v.to_be_bytes())
            .collect::<Vec<u8>>();
        b.extend((0..n).flat_map(|i| (0..6).map(move |p| (i * 10 + p) as u8)));
        b
    }

    fn label_file(labels: &[u8]) -> Vec<u8> {
        let mut b = LABELS_MAGIC.to_be_bytes().to_vec();
        b.extend((labels.len() as u32).to_be_bytes());
        b.extend(labels);
        b
    }

    fn gz(bytes: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(bytes).unwrap();
        e.finish().unwrap()
    }

    fn pair_err(img: &[u8], lab: &[u8]) -> String {
        pair(
            ("train-images-idx3-ubyte", img),
            ("train-labels-idx1-ubyte", lab),
        )
        .unwrap_err()
        .to_string()
    }

    #[test]
    fn pair_decodes_pixels_over_255() {
        let (s, shape) = pair(("i", &image_file(2)), ("l", &label_file(&[7, 3]))).unwrap();
        assert_eq!(shape, (2, 3));
        assert_eq!(s[1].label, 3);
        assert_eq!(
            s[1].x,
            (10..16).map(|p| f64::from(p) / 255.0).collect::<Vec<_>>()
        );
    }

    #[test]
    fn swapped_files_report_magic_numbers() {
        let (img, lab) = (image_file(1), label_file(&[0]));
        assert_eq!(
            pair_err(&lab, &img),
            "train-images-idx3-ubyte: byte 0: magic number 0x00000801, expected 0x00000803 (images)"
        );
        assert_eq!(
            pair_err(&img, &img),
            "train-labels-idx1-ubyte: byte 0: magic number 0x00000803, expected 0x00000801 (labels)"
        );
    }

    #[test]
    fn truncation_reports_offset_and_bytes_needed() {
        let img = image_file(2);
        assert_eq!(
            pair_err(&img[..20], &label_file(&[0, 1])),
            "train-images-idx3-ubyte: byte 20: file ends, but the pixel data needs 12 bytes from byte 16"
        );
        assert_eq!(
            pair_err(&img[..10], &label_file(&[0, 1])),
            "train-images-idx3-ubyte: byte 10: file ends, but the row count needs 4 bytes from byte 8"
        );
        assert_eq!(
            pair_err(&img, &label_file(&[0, 1])[..9]),
            "train-labels-idx1-ubyte: byte 9: file ends, but the label data needs 2 bytes from byte 8"
        );
        assert_eq!(
            pair_err(&[], &[]),
            "train-images-idx3-ubyte: byte 0: file ends, but the magic number needs 4 bytes from byte 0"
        );
    }

    #[test]
    fn huge_header_count_is_truncation_not_a_panic() {
        let mut img = image_file(0);
        img[4..8].copy_from_slice(&u32::MAX.to_be_bytes());
        img[8..16].copy_from_slice(&[0xff; 8]);
        let e = pair_err(&img, &label_file(&[]));
        assert!(
            e.starts_with("train-images-idx3-ubyte: byte 16: file ends, but the pixel data needs"),
            "{e}"
        );
    }

    #[test]
    fn trailing_bytes_are_refused() {
        let mut img = image_file(1);
        img.push(0);
        assert_eq!(
            pair_err(&img, &label_file(&[0])),
            "train-images-idx3-ubyte: byte 22: 1 bytes after the data the header announces"
        );
    }

    #[test]
    fn count_mismatch_names_both_files() {
        assert_eq!(
            pair_err(&image_file(3), &label_file(&[0, 1])),
            "train-images-idx3-ubyte: 3 images, but train-labels-idx1-ubyte: 2 labels"
        );
    }

    #[test]
    fn directory_loads_plain_and_gz_and_lists_missing_files() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path().join("mnist");
        std::fs::create_dir(&d).unwrap();
        std::fs::write(d.join(FILES[0]), image_file(3)).unwrap();
        std::fs::write(
            d.join(format!("{}.gz", FILES[1])),
            gz(&label_file(&[0, 9, 4])),
        )
        .unwrap();
        let err = super::super::load("mnist", dir.path(), 0.2, 1)
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "mnist: IDX directory lacks t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte (each may also end in .gz)"
        );
        std::fs::write(d.join(FILES[2]), gz(&image_file(2))).unwrap();
        std::fs::write(d.join(FILES[3]), label_file(&[1, 2])).unwrap();
        let ds = super::super::load("mnist", dir.path(), 0.2, 1).unwrap();
        assert_eq!(
            (ds.name.as_str(), ds.n_inputs, ds.n_classes),
            ("mnist", 6, 10)
        );
        assert_eq!((ds.train.len(), ds.test.len()), (3, 2));
        assert!(ds
            .train
            .iter()
            .chain(&ds.test)
            .all(|s| s.x.iter().all(|v| (0.0..=1.0).contains(v))));

        let pair = load_idx_pair(&d.join(FILES[2]), &d.join(FILES[3])).unwrap();
        assert_eq!(pair, ds.test);
    }

    #[test]
    fn test_images_of_another_shape_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let mut other = image_file(1);
        other[8..12].copy_from_slice(&3u32.to_be_bytes());
        other[12..16].copy_from_slice(&2u32.to_be_bytes());
        for (f, b) in FILES
            .iter()
            .zip([image_file(1), label_file(&[0]), other, label_file(&[1])])
        {
            std::fs::write(dir.path().join(f), b).unwrap();
        }
        let err = super::super::load(".", dir.path(), 0.2, 1)
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "./t10k-images-idx3-ubyte: byte 8: images are 3x2, but the training images are 2x3"
        );
    }
}
