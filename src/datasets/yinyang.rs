//! Yin-Yang data (Kriener et al., as used by paper D's continual-learning demo): points drawn
//! uniformly in the disc of radius 0.5 centred at (0.5, 0.5) and labelled by the usual yin-yang
//! geometry, as in the authors' reference code: 2 = the two dots (radius 0.1, centred at
//! (0.25, 0.5) and (0.75, 0.5)), 1 = yin, 0 = yang. Inputs are (x, y, 1 - x, 1 - y).
//!
//! Choices the papers leave open, made here:
//! - Sizes: 5000 training and 1000 test samples, drawn in that order from one `ChaCha8Rng`
//!   seeded with `seed`.
//! - Balance: the goal class cycles 0, 1, 2 and points are drawn until one of that class
//!   appears (rejection), so classes are balanced to within one sample; each set is then
//!   shuffled.
//! - Task 2 (`yinyang2`) uses the same points moved by +1 in x and y, inputs computed from the
//!   moved point: (x + 1, y + 1, -x, -y). These inputs are kept raw, not scaled to `[0, 1]`:
//!   scaling would undo the shift, which is the whole point of the second task. Task 1's inputs
//!   already lie in `[0, 1]` and are likewise left raw.

use super::{Dataset, Sample};
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

/// Radius of the whole disc.
const R_BIG: f64 = 0.5;
/// Radius of each dot.
const R_SMALL: f64 = 0.1;
/// Training samples.
pub const N_TRAIN: usize = 5000;
/// Test samples.
pub const N_TEST: usize = 1000;

/// Class of a point inside the disc, as Kriener et al.'s `which_class`: 0 yang, 1 yin, 2 dot.
pub fn class_of(x: f64, y: f64) -> usize {
    let d_right = (x - 1.5 * R_BIG).hypot(y - R_BIG);
    let d_left = (x - 0.5 * R_BIG).hypot(y - R_BIG);
    if d_right < R_SMALL || d_left < R_SMALL {
        return 2;
    }
    let is_yin = d_right <= R_SMALL
        || (d_left > R_SMALL && d_left <= 0.5 * R_BIG)
        || (y > R_BIG && d_right > 0.5 * R_BIG);
    usize::from(is_yin)
}

/// Draw a point uniformly in the disc until it falls in class `goal`.
fn draw(rng: &mut impl Rng, goal: usize) -> (f64, f64) {
    loop {
        let x = rng.random::<f64>() * 2.0 * R_BIG;
        let y = rng.random::<f64>() * 2.0 * R_BIG;
        if (x - R_BIG).hypot(y - R_BIG) <= R_BIG && class_of(x, y) == goal {
            return (x, y);
        }
    }
}

/// `n` balanced samples; `shift` (0 or 1) moves the points before the inputs are formed.
fn samples(rng: &mut impl Rng, n: usize, shift: f64) -> Vec<Sample> {
    let mut out: Vec<Sample> = (0..n)
        .map(|i| {
            let label = i % 3;
            let (x, y) = draw(rng, label);
            let (x, y) = (x + shift, y + shift);
            Sample {
                x: vec![x, y, 1.0 - x, 1.0 - y],
                label,
            }
        })
        .collect();
    out.shuffle(rng);
    out
}

/// Task 1 (`yinyang`) or, with `task2`, task 2 (`yinyang2`): same seed, same points.
pub fn dataset(seed: u64, task2: bool) -> Dataset {
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
    let shift = if task2 { 1.0 } else { 0.0 };
    let train = samples(&mut rng, N_TRAIN, shift);
    let test = samples(&mut rng, N_TEST, shift);
    Dataset {
        name: if task2 { "yinyang2" } else { "yinyang" }.to_string(),
        n_inputs: 4,
        n_classes: 3,
        train,
        test,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_are_balanced() {
        let d = dataset(1, false);
        assert_eq!((d.train.len(), d.test.len()), (N_TRAIN, N_TEST));
        for set in [&d.train, &d.test] {
            let n = set.len();
            for c in 0..3 {
                let k = set.iter().filter(|s| s.label == c).count();
                assert!(k == n / 3 || k == n / 3 + 1, "class {c}: {k} of {n}");
            }
        }
    }

    #[test]
    fn points_lie_in_the_disc_with_mirrored_inputs_and_right_class() {
        let d = dataset(2, false);
        for s in d.train.iter().chain(&d.test) {
            let [x, y, xf, yf] = s.x[..] else {
                panic!("4 inputs")
            };
            assert!((x - 0.5).hypot(y - 0.5) <= 0.5, "({x}, {y})");
            assert_eq!((xf, yf), (1.0 - x, 1.0 - y));
            assert_eq!(class_of(x, y), s.label);
        }
    }

    #[test]
    fn geometry_landmarks() {
        assert_eq!(class_of(0.25, 0.5), 2); // left dot centre
        assert_eq!(class_of(0.75, 0.5), 2); // right dot centre
        assert_eq!(class_of(0.5, 0.9), 1); // top half away from the right lobe
        assert_eq!(class_of(0.5, 0.1), 0); // bottom half away from the left lobe
    }

    #[test]
    fn deterministic_per_seed() {
        assert_eq!(dataset(9, false), dataset(9, false));
        assert_ne!(dataset(9, false).train, dataset(10, false).train);
    }

    #[test]
    fn task2_is_task1_shifted_by_one_and_kept_raw() {
        let (a, b) = (dataset(4, false), dataset(4, true));
        assert_eq!(b.name, "yinyang2");
        for (p, q) in a
            .train
            .iter()
            .chain(&a.test)
            .zip(b.train.iter().chain(&b.test))
        {
            assert_eq!(p.label, q.label);
            let want = [p.x[0] + 1.0, p.x[1] + 1.0, -p.x[0], -p.x[1]];
            // 1 - (x + 1) is -x up to one rounding.
            assert!(
                q.x.iter().zip(want).all(|(g, w)| (g - w).abs() < 1e-12),
                "{:?}",
                q.x
            );
        }
    }
}
