//! NIST7x7-like: a regeneration of paper A's letters task, not NIST's file (which is not
//! public). Four 7x7 binary glyphs with one-pixel strokes, built as MGD.md section 7 says:
//! N (both side columns + main diagonal), I (top row, bottom row, centre column), S (top,
//! middle, bottom rows + left column of the upper half + right column of the lower half),
//! T (top row + centre column). Each glyph plus its 49 single-pixel flips gives 50 samples per
//! class, 200 in all; labels N = 0, I = 1, S = 2, T = 3; pixels row-major, 1.0 = ink.

use super::Sample;

/// Side of the square glyph.
const SIDE: usize = 7;

/// Ink at (row, col) for the glyph of `label` (0..4 = N, I, S, T).
fn ink(label: usize, r: usize, c: usize) -> bool {
    let (last, mid) = (SIDE - 1, SIDE / 2);
    match label {
        0 => c == 0 || c == last || r == c,
        1 => r == 0 || r == last || c == mid,
        2 => r == 0 || r == mid || r == last || (c == 0 && r <= mid) || (c == last && r >= mid),
        _ => r == 0 || c == mid,
    }
}

/// The clean glyph of `label`, row-major.
fn glyph(label: usize) -> Vec<f64> {
    (0..SIDE * SIDE)
        .map(|p| f64::from(u8::from(ink(label, p / SIDE, p % SIDE))))
        .collect()
}

/// 200 samples: per class in order N, I, S, T, the glyph then its flips of pixels 0..49.
pub(super) fn samples() -> Vec<Sample> {
    let mut out = Vec::with_capacity(4 * (SIDE * SIDE + 1));
    for label in 0..4 {
        let clean = glyph(label);
        out.push(Sample {
            x: clean.clone(),
            label,
        });
        for p in 0..SIDE * SIDE {
            let mut x = clean.clone();
            x[p] = 1.0 - x[p];
            out.push(Sample { x, label });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn picture(label: usize) -> String {
        glyph(label)
            .chunks(SIDE)
            .map(|row| {
                row.iter()
                    .map(|&v| if v == 1.0 { '#' } else { '.' })
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn glyph_shapes_match_the_spec() {
        let want = [
            "#.....#\n##....#\n#.#...#\n#..#..#\n#...#.#\n#....##\n#.....#",
            "#######\n...#...\n...#...\n...#...\n...#...\n...#...\n#######",
            "#######\n#......\n#......\n#######\n......#\n......#\n#######",
            "#######\n...#...\n...#...\n...#...\n...#...\n...#...\n...#...",
        ];
        for (label, w) in want.iter().enumerate() {
            assert_eq!(picture(label), *w, "glyph {label}");
        }
    }

    #[test]
    fn two_hundred_distinct_samples_fifty_per_class() {
        let s = samples();
        assert_eq!(s.len(), 200);
        for c in 0..4 {
            assert_eq!(s.iter().filter(|x| x.label == c).count(), 50);
        }
        let distinct: std::collections::HashSet<Vec<u8>> = s
            .iter()
            .map(|x| x.x.iter().map(|&v| v as u8).collect())
            .collect();
        assert_eq!(distinct.len(), 200);
        assert!(s.iter().all(|x| x.x.len() == 49));
    }
}
