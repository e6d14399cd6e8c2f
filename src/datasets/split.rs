//! Seeded stratified train/test split and min/max input scaling for data read from files.
//!
//! Split: samples are grouped by class; each class is shuffled with a `ChaCha8Rng` seeded from
//! `seed` and its first `round(n_c * test_fraction)` samples go to the test set (at most
//! `n_c - 1`, so every class keeps a training sample). Both sets are then shuffled so that a
//! file sorted by class does not yield class-sorted training data. Same seed, same split.
//!
//! Scaling: every feature is mapped to `[0, 1]` by the minimum and maximum of that feature over
//! the training split only, `(v - min) / (max - min)`; a feature constant over the training
//! split becomes 0; test values outside the training range are clamped into `[0, 1]`. The test
//! set never informs the scaling.

use super::{DatasetError, Sample};
use rand::seq::SliceRandom;
use rand::SeedableRng;

/// Split `samples` (labels in `0..n_classes`) into (train, test), stratified by class.
/// `test_fraction` must be in `[0, 1)`.
pub fn stratified(
    samples: Vec<Sample>,
    n_classes: usize,
    test_fraction: f64,
    seed: u64,
) -> Result<(Vec<Sample>, Vec<Sample>), DatasetError> {
    if !(0.0..1.0).contains(&test_fraction) {
        return Err(DatasetError::TestFraction(test_fraction));
    }
    let mut by_class: Vec<Vec<Sample>> = vec![Vec::new(); n_classes];
    for s in samples {
        // Labels are checked by the loaders (below `limits::MAX_CLASSES`); a stray one is an
        // error, not a table grown to its size.
        let Some(class) = by_class.get_mut(s.label) else {
            return Err(DatasetError::StrayLabel {
                label: s.label,
                n_classes,
            });
        };
        class.push(s);
    }
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
    let (mut train, mut test) = (Vec::new(), Vec::new());
    for mut class in by_class {
        class.shuffle(&mut rng);
        let n = class.len();
        let n_test = ((n as f64 * test_fraction).round() as usize).min(n.saturating_sub(1));
        let rest = class.split_off(n_test);
        test.extend(class);
        train.extend(rest);
    }
    train.shuffle(&mut rng);
    test.shuffle(&mut rng);
    Ok((train, test))
}

/// Scale every feature into `[0, 1]` by the training split's per-feature min and max (see the
/// module doc). Samples shorter than the first training sample are left as they are.
pub fn scale_min_max(train: &mut [Sample], test: &mut [Sample]) {
    let n = train.first().map_or(0, |s| s.x.len());
    let mut lo = vec![f64::INFINITY; n];
    let mut hi = vec![f64::NEG_INFINITY; n];
    for s in train.iter() {
        for ((l, h), &v) in lo.iter_mut().zip(hi.iter_mut()).zip(&s.x) {
            *l = l.min(v);
            *h = h.max(v);
        }
    }
    for s in train.iter_mut().chain(test.iter_mut()) {
        for ((v, &l), &h) in s.x.iter_mut().zip(&lo).zip(&hi) {
            // Halves: `h - l` of +-1e308 overflows to inf (and 0 * inf to NaN); halving is
            // exact for normal numbers, so ordinary data scale to the same bits.
            *v = if h > l {
                ((*v / 2.0 - l / 2.0) / (h / 2.0 - l / 2.0)).clamp(0.0, 1.0)
            } else {
                0.0
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 3 classes of 20, 10 and 30 samples; input 0 is a unique id.
    fn toy() -> Vec<Sample> {
        (0..60)
            .map(|i| Sample {
                x: vec![i as f64],
                label: if i < 20 {
                    0
                } else if i < 30 {
                    1
                } else {
                    2
                },
            })
            .collect()
    }

    fn ids(s: &[Sample]) -> Vec<u32> {
        s.iter().map(|s| s.x[0] as u32).collect()
    }

    #[test]
    fn split_is_stratified() {
        let (train, test) = stratified(toy(), 3, 0.2, 5).unwrap();
        assert_eq!((train.len(), test.len()), (48, 12));
        let count = |c| test.iter().filter(|s: &&Sample| s.label == c).count();
        assert_eq!((count(0), count(1), count(2)), (4, 2, 6));
        let mut all = [ids(&train), ids(&test)].concat();
        all.sort_unstable();
        assert_eq!(all, (0..60).collect::<Vec<_>>());
    }

    #[test]
    fn same_seed_same_split_other_seed_other_split() {
        let a = stratified(toy(), 3, 0.25, 42).unwrap();
        let b = stratified(toy(), 3, 0.25, 42).unwrap();
        let c = stratified(toy(), 3, 0.25, 43).unwrap();
        assert_eq!(a, b);
        let (mut ta, mut tc) = (ids(&a.1), ids(&c.1));
        ta.sort_unstable();
        tc.sort_unstable();
        assert_ne!(ta, tc, "different seeds should pick different test samples");
    }

    #[test]
    fn zero_fraction_keeps_all_for_training_and_singletons_stay_in_train() {
        let (train, test) = stratified(toy(), 3, 0.0, 1).unwrap();
        assert_eq!((train.len(), test.len()), (60, 0));
        let one = vec![Sample {
            x: vec![0.0],
            label: 0,
        }];
        let (train, test) = stratified(one, 1, 0.9, 1).unwrap();
        assert_eq!((train.len(), test.len()), (1, 0));
    }

    #[test]
    fn test_fraction_must_be_in_half_open_unit_interval() {
        for f in [-0.01, 1.0, 1.5, f64::NAN] {
            let err = stratified(toy(), 3, f, 1).unwrap_err();
            assert!(err
                .to_string()
                .starts_with("test_fraction must be in [0, 1), got"));
        }
    }

    #[test]
    fn extreme_features_scale_to_finite_values() {
        let s = |x: Vec<f64>| Sample { x, label: 0 };
        let mut train = vec![s(vec![1e308]), s(vec![-1e308]), s(vec![0.0])];
        let mut test = vec![s(vec![-f64::MAX]), s(vec![f64::MAX])];
        scale_min_max(&mut train, &mut test);
        let all: Vec<f64> = train.iter().chain(&test).map(|s| s.x[0]).collect();
        assert_eq!(all, vec![1.0, 0.0, 0.5, 0.0, 1.0]);
    }

    #[test]
    fn a_label_beyond_the_classes_is_an_error_not_a_panic() {
        let one = vec![Sample {
            x: vec![0.0],
            label: usize::MAX,
        }];
        let e = stratified(one, 2, 0.5, 1).unwrap_err().to_string();
        assert_eq!(
            e,
            format!("label {} is not below the 2 classes", usize::MAX)
        );
    }

    #[test]
    fn scaling_uses_training_range_clamps_test_and_zeroes_constants() {
        let s = |x: Vec<f64>| Sample { x, label: 0 };
        let mut train = vec![s(vec![2.0, 7.0]), s(vec![4.0, 7.0]), s(vec![3.0, 7.0])];
        let mut test = vec![s(vec![5.0, 9.0]), s(vec![1.0, 7.0]), s(vec![2.5, 0.0])];
        scale_min_max(&mut train, &mut test);
        let xs = |v: &[Sample]| v.iter().map(|s| s.x.clone()).collect::<Vec<_>>();
        assert_eq!(
            xs(&train),
            vec![vec![0.0, 0.0], vec![1.0, 0.0], vec![0.5, 0.0]]
        );
        assert_eq!(
            xs(&test),
            vec![vec![1.0, 0.0], vec![0.0, 0.0], vec![0.25, 0.0]]
        );
    }
}
