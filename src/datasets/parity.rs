//! N-bit parity (`parity2` ..= `parity16`): all 2^N binary patterns, label = number of ones mod 2.

use super::Sample;

/// Widths accepted; 2^16 patterns is the most a train = test task should hold.
const BITS: std::ops::RangeInclusive<usize> = 2..=16;

/// N for a name `parityN` with N in 2..=16 (no sign, no leading zero), else `None`.
pub(super) fn bits(spec: &str) -> Option<usize> {
    let digits = spec.strip_prefix("parity")?;
    if digits.starts_with('0') || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|n| BITS.contains(n))
}

/// All 2^n patterns in binary order; input 0 is the most significant bit.
pub(super) fn samples(n: usize) -> Vec<Sample> {
    (0..1usize << n)
        .map(|i| Sample {
            x: (0..n).map(|j| ((i >> (n - 1 - j)) & 1) as f64).collect(),
            label: (i.count_ones() % 2) as usize,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parity_names_parse_only_in_range() {
        assert_eq!(bits("parity2"), Some(2));
        assert_eq!(bits("parity16"), Some(16));
        for bad in [
            "parity1", "parity17", "parity", "parity02", "parity+4", "parity4x",
        ] {
            assert_eq!(bits(bad), None, "{bad}");
        }
    }

    #[test]
    fn parity4_has_all_patterns_with_parity_labels() {
        let s = samples(4);
        assert_eq!(s.len(), 16);
        for (i, sample) in s.iter().enumerate() {
            let ones = sample.x.iter().filter(|&&v| v == 1.0).count();
            assert_eq!(sample.label, ones % 2, "pattern {i}");
            assert!(sample.x.iter().all(|&v| v == 0.0 || v == 1.0));
        }
        assert_eq!(s[0b0110].x, vec![0.0, 1.0, 1.0, 0.0]);
        assert_eq!(s.iter().filter(|s| s.label == 1).count(), 8);
    }
}
