//! An inference crossbar with stuck devices (spec/DEVICES.md section 2, paper D).
//!
//! Orientation: a layer with `m` outputs and `n` inputs occupies an `n x m` block of the
//! physical array per polarity: inputs drive the rows (word lines) as DAC voltages, each output
//! is the current summed on a column (bit line). A weight `w` (ternary, in units of the layer
//! scale `g`) is a differential pair `G+ - G-`. The physical array is a grid of such blocks
//! ("slots"); a mapping with `alpha` copies takes `2 alpha` slots, i.e. `2 alpha m n` devices.
//!
//! Devices: programmed values lie in the window `[G_OFF, G_ON]` (133/233 uS); write noise
//! N(0, 16.66 uS) is added once at programming and clamped ([`WriteClamp`]) to that window
//! (the default) or to the device's range `[g_stuck_low, g_stuck_high]`. A fraction `p` of
//! the physical devices is stuck, uniformly placed, half low (10 uS) and half high (500 uS);
//! stuck devices ignore programming, are never clamped, and reach the arithmetic as they are.
//! Every read adds U(-10, +10) uS per device. Inputs go through a signed DAC, the differential
//! column current through a signed ADC whose full scale is `(G_ON - G_OFF) * n` (all inputs at
//! full scale on weights of 1); 0 bits means an ideal converter (no rounding, no clipping).

use super::DeviceError;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rand_distr::{Distribution, Normal};

/// Device and converter constants of a crossbar.
#[derive(Clone, Debug, PartialEq)]
pub struct CrossbarParams {
    /// Low end of the programming window (uS).
    pub g_off: f64,
    /// High end of the programming window (uS).
    pub g_on: f64,
    /// Conductance of a stuck-low device (uS).
    pub g_stuck_low: f64,
    /// Conductance of a stuck-high device (uS).
    pub g_stuck_high: f64,
    /// Half-width of the uniform read noise (uS); 0 = none.
    pub read_noise: f64,
    /// Std of the Gaussian write noise (uS); 0 = none.
    pub write_noise: f64,
    /// Signed DAC resolution in bits (0 = ideal).
    pub dac_bits: u32,
    /// Signed ADC resolution in bits (0 = ideal).
    pub adc_bits: u32,
    /// Where a programmed device's write noise is clamped.
    pub write_clamp: WriteClamp,
}

/// The range a programmed conductance (target plus write noise) is clamped to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum WriteClamp {
    /// The programming window `[G_OFF, G_ON]`. Both ternary levels sit at its edges, so the
    /// clamp keeps only the inward half of the noise: a programmed device is off by
    /// `sigma / sqrt(2 pi)` on average (6.6 uS at 16.66 uS), towards the middle, a bias that
    /// averaging copies does not remove.
    #[default]
    Window,
    /// The device's whole range `[g_stuck_low, g_stuck_high]` (10/500 uS): the noise stays
    /// unbiased, so averaging `k` copies divides its error by `sqrt(k)`.
    Device,
}

impl WriteClamp {
    /// `window` or `device`.
    pub fn name(self) -> &'static str {
        match self {
            WriteClamp::Window => "window",
            WriteClamp::Device => "device",
        }
    }
}

impl Default for CrossbarParams {
    /// Paper D's simulation values; DAC 8 bits, ADC 12 bits (the paper leaves the ADC open).
    fn default() -> Self {
        CrossbarParams {
            g_off: 133.0,
            g_on: 233.0,
            g_stuck_low: 10.0,
            g_stuck_high: 500.0,
            read_noise: 10.0,
            write_noise: 16.66,
            dac_bits: 8,
            adc_bits: 12,
            write_clamp: WriteClamp::Window,
        }
    }
}

impl CrossbarParams {
    /// The same constants without read or write noise and with ideal converters.
    pub fn ideal() -> Self {
        CrossbarParams {
            read_noise: 0.0,
            write_noise: 0.0,
            dac_bits: 0,
            adc_bits: 0,
            ..CrossbarParams::default()
        }
    }

    /// Window width `G_ON - G_OFF`: the conductance step of one weight unit.
    pub fn dg(&self) -> f64 {
        self.g_on - self.g_off
    }

    /// Checks the window, noise levels and converter widths.
    pub fn validate(&self) -> Result<(), DeviceError> {
        let finite = [
            self.g_off,
            self.g_on,
            self.g_stuck_low,
            self.g_stuck_high,
            self.read_noise,
            self.write_noise,
        ];
        if finite.iter().any(|v| !v.is_finite()) {
            return Err(DeviceError::parameter(
                "crossbar",
                "finite conductances and noise levels",
                "a non-finite value",
            ));
        }
        if !(self.g_off >= 0.0 && self.g_on > self.g_off) {
            return Err(DeviceError::parameter(
                "crossbar.g_on",
                "greater than g_off >= 0",
                self.g_on,
            ));
        }
        if self.read_noise < 0.0 || self.write_noise < 0.0 {
            return Err(DeviceError::parameter(
                "crossbar.noise",
                ">= 0",
                self.read_noise.min(self.write_noise),
            ));
        }
        if self.dac_bits > 24 || self.adc_bits > 24 || self.dac_bits == 1 || self.adc_bits == 1 {
            return Err(DeviceError::parameter(
                "crossbar.dac_bits/adc_bits",
                "0 (ideal) or 2..=24",
                format!("{}/{}", self.dac_bits, self.adc_bits),
            ));
        }
        Ok(())
    }

    /// Program one device towards `target`: stuck devices keep their value, others get write
    /// noise and are clamped by [`Self::write_clamp`].
    pub fn program(&self, target: f64, stuck: Option<f64>, rng: &mut ChaCha8Rng) -> f64 {
        if let Some(s) = stuck {
            return s;
        }
        let mut g = target;
        if self.write_noise > 0.0 {
            let n = Normal::new(0.0, self.write_noise).expect("validated write noise");
            g += n.sample(rng);
        }
        match self.write_clamp {
            WriteClamp::Window => g.clamp(self.g_off, self.g_on),
            WriteClamp::Device => g.clamp(self.g_stuck_low, self.g_stuck_high),
        }
    }

    /// One read of a device: its value plus read noise (unclamped).
    pub fn read(&self, g: f64, rng: &mut ChaCha8Rng) -> f64 {
        if self.read_noise > 0.0 {
            g + rng.random_range(-self.read_noise..=self.read_noise)
        } else {
            g
        }
    }

    /// The DAC: `x / x_max` clipped to [-1, 1] and rounded to the signed grid (0 bits:
    /// `x / x_max` as is, unclipped).
    pub fn dac(&self, x: f64, x_max: f64) -> f64 {
        if self.dac_bits == 0 {
            return x / x_max;
        }
        quantize((x / x_max).clamp(-1.0, 1.0), self.dac_bits)
    }

    /// The ADC on a differential current `i` with full scale `full`, saturating (0 bits: `i`
    /// as is).
    pub fn adc(&self, i: f64, full: f64) -> f64 {
        if self.adc_bits == 0 {
            return i;
        }
        quantize((i / full).clamp(-1.0, 1.0), self.adc_bits) * full
    }
}

/// Round `v` in [-1, 1] to a signed grid of `2^(bits-1) - 1` steps per side (bits >= 2).
fn quantize(v: f64, bits: u32) -> f64 {
    let levels = f64::from((1u32 << (bits - 1)) - 1);
    (v * levels).round() / levels
}

/// A physical array: `rows x cols` devices, each free or stuck at a conductance. Either one
/// grid of blocks (a strip: blocks tile it), or a row of square kernels of `kernel x kernel`
/// devices side by side (`rows = kernel`), on which a block may sit at any offset inside one
/// kernel, as on paper D's board (32 kernels of 25 x 25).
#[derive(Clone, Debug, PartialEq)]
pub struct PhysicalArray {
    rows: usize,
    cols: usize,
    stuck: Vec<Option<f64>>,
    /// Side of the kernels (0: a strip, no kernels).
    kernel: usize,
}

impl PhysicalArray {
    /// An array without faults.
    pub fn clean(rows: usize, cols: usize) -> Self {
        PhysicalArray {
            rows,
            cols,
            stuck: vec![None; rows * cols],
            kernel: 0,
        }
    }

    /// `count` kernels of `size x size` devices, each with `round(p size^2)` stuck devices
    /// placed uniformly (as [`PhysicalArray::with_faults`], kernel `k` seeded `seed + k`),
    /// as the authors disturb their simulated board kernel by kernel.
    pub fn kernels(
        size: usize,
        count: usize,
        p: f64,
        high_only: bool,
        params: &CrossbarParams,
        seed: u64,
    ) -> Result<Self, DeviceError> {
        let mut a = PhysicalArray::clean(size, size * count);
        a.kernel = size;
        for k in 0..count {
            let one = PhysicalArray::with_faults(
                size,
                size,
                p,
                high_only,
                params,
                seed.wrapping_add(k as u64),
            )?;
            for r in 0..size {
                for c in 0..size {
                    a.stuck[r * a.cols + k * size + c] = one.stuck_at(r, c);
                }
            }
        }
        Ok(a)
    }

    /// Side of the kernels (0: a strip of tiled blocks).
    pub fn kernel(&self) -> usize {
        self.kernel
    }

    /// `round(p * rows * cols)` stuck devices placed uniformly from `seed`, alternately low and
    /// high (so half each), or all high when `high_only`.
    pub fn with_faults(
        rows: usize,
        cols: usize,
        p: f64,
        high_only: bool,
        params: &CrossbarParams,
        seed: u64,
    ) -> Result<Self, DeviceError> {
        if !(0.0..=1.0).contains(&p) {
            return Err(DeviceError::parameter("stuck fraction", "in [0, 1]", p));
        }
        let n = rows * cols;
        let mut a = PhysicalArray::clean(rows, cols);
        let count = (p * n as f64).round() as usize;
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let mut idx: Vec<usize> = (0..n).collect();
        // Partial Fisher-Yates: the first `count` entries are a uniform sample.
        for k in 0..count {
            let j = rng.random_range(k..n);
            idx.swap(k, j);
            a.stuck[idx[k]] = Some(if high_only || k % 2 == 1 {
                params.g_stuck_high
            } else {
                params.g_stuck_low
            });
        }
        Ok(a)
    }

    /// Rows of the array.
    pub fn rows(&self) -> usize {
        self.rows
    }

    /// Columns of the array.
    pub fn cols(&self) -> usize {
        self.cols
    }

    /// Stuck value of the device at (`r`, `c`), if stuck.
    pub fn stuck_at(&self, r: usize, c: usize) -> Option<f64> {
        self.stuck[r * self.cols + c]
    }

    /// Force one device stuck (tests, hand-made maps).
    pub fn set_stuck(&mut self, r: usize, c: usize, g: Option<f64>) {
        self.stuck[r * self.cols + c] = g;
    }

    /// Fraction of stuck devices.
    pub fn stuck_fraction(&self) -> f64 {
        self.stuck.iter().filter(|s| s.is_some()).count() as f64 / self.stuck.len().max(1) as f64
    }
}

/// Where one `n x m` block sits: its top-left device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slot {
    /// First row.
    pub row: usize,
    /// First column.
    pub col: usize,
}

/// How blocks are chosen among the free slots of a physical array.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    /// Uniformly at random.
    Random,
    /// The slots with the fewest stuck devices first, as a read-back shows them (stuck values
    /// lie far outside the window, so one read finds every one).
    Greedy,
    /// In tiling order (row-major), for tests and hand-made fault maps.
    Ordered,
}

impl Placement {
    /// `greedy` or `random`.
    pub fn parse(s: &str) -> Result<Self, String> {
        match s {
            "greedy" => Ok(Placement::Greedy),
            "random" => Ok(Placement::Random),
            "ordered" => Ok(Placement::Ordered),
            _ => Err(format!("`{s}`: expected greedy, random or ordered")),
        }
    }

    /// Lower-case name.
    pub fn name(self) -> &'static str {
        match self {
            Placement::Greedy => "greedy",
            Placement::Random => "random",
            Placement::Ordered => "ordered",
        }
    }
}

/// The non-overlapping `n x m` slots of `array` (row-major tiling) not yet in `used`.
pub fn free_slots(array: &PhysicalArray, n: usize, m: usize, used: &[Slot]) -> Vec<Slot> {
    let mut out = Vec::new();
    if n == 0 || m == 0 {
        return out;
    }
    for br in 0..array.rows / n {
        for bc in 0..array.cols / m {
            let s = Slot {
                row: br * n,
                col: bc * m,
            };
            if !used.contains(&s) {
                out.push(s);
            }
        }
    }
    out
}

/// Stuck devices inside the `n x m` block at `slot`.
pub fn stuck_in(array: &PhysicalArray, slot: Slot, n: usize, m: usize) -> usize {
    (0..n)
        .flat_map(|r| (0..m).map(move |c| (r, c)))
        .filter(|&(r, c)| array.stuck_at(slot.row + r, slot.col + c).is_some())
        .count()
}

/// Choose `k` slots of size `n x m` not in `used`, by `placement`. Errors if too few remain.
pub fn choose_slots(
    array: &PhysicalArray,
    n: usize,
    m: usize,
    k: usize,
    used: &[Slot],
    placement: Placement,
    rng: &mut ChaCha8Rng,
) -> Result<Vec<Slot>, DeviceError> {
    if array.kernel > 0 {
        return choose_offsets(array, n, m, k, used, placement, rng);
    }
    let mut free = free_slots(array, n, m, used);
    if free.len() < k {
        return Err(DeviceError::parameter(
            "crossbar size",
            &format!("room for {k} more blocks of {n}x{m}"),
            format!("{} free", free.len()),
        ));
    }
    match placement {
        Placement::Random => {
            for i in 0..k {
                let j = rng.random_range(i..free.len());
                free.swap(i, j);
            }
        }
        Placement::Ordered => {}
        Placement::Greedy => {
            // Stable sort: ties keep the tiling order, so the choice is deterministic.
            free.sort_by_cached_key(|&s| stuck_in(array, s, n, m));
        }
    }
    free.truncate(k);
    Ok(free)
}

/// Whether two `n x m` blocks share a device.
fn overlap(a: Slot, b: Slot, n: usize, m: usize) -> bool {
    a.row.abs_diff(b.row) < n && a.col.abs_diff(b.col) < m
}

/// [`choose_slots`] on an array of kernels: every offset at which an `n x m` block lies
/// inside one kernel is a candidate (the authors' `find_ensemble_offsets_sim` slides the
/// block over every offset of every kernel). Greedy takes candidates by increasing count of
/// stuck devices, ties in scan order (kernel, row, column), random in a shuffled order; each
/// skips a candidate that overlaps a block taken before or in `used` (blocks of this size).
fn choose_offsets(
    array: &PhysicalArray,
    n: usize,
    m: usize,
    k: usize,
    used: &[Slot],
    placement: Placement,
    rng: &mut ChaCha8Rng,
) -> Result<Vec<Slot>, DeviceError> {
    let size = array.kernel;
    let mut cands = Vec::new();
    if n >= 1 && m >= 1 && n <= size && m <= size {
        for kern in 0..array.cols / size {
            for row in 0..=size - n {
                for c in 0..=size - m {
                    cands.push(Slot {
                        row,
                        col: kern * size + c,
                    });
                }
            }
        }
    }
    match placement {
        Placement::Greedy => cands.sort_by_cached_key(|&s| stuck_in(array, s, n, m)),
        Placement::Random => {
            for i in 0..cands.len() {
                let j = rng.random_range(i..cands.len());
                cands.swap(i, j);
            }
        }
        Placement::Ordered => {}
    }
    let mut out: Vec<Slot> = Vec::with_capacity(k);
    for s in cands {
        if out.len() == k {
            break;
        }
        if !used.iter().chain(&out).any(|&u| overlap(u, s, n, m)) {
            out.push(s);
        }
    }
    if out.len() < k {
        return Err(DeviceError::parameter(
            "crossbar size",
            &format!("room for {k} more blocks of {n}x{m} in the kernels"),
            format!("{} placed", out.len()),
        ));
    }
    Ok(out)
}

/// The stuck map of one block, `n x m` row-major as `[input][output]`, transposed to the
/// layer's `[output][input]` order.
pub fn block_faults(array: &PhysicalArray, slot: Slot, m: usize, n: usize) -> Vec<Option<f64>> {
    let mut out = vec![None; m * n];
    for i in 0..m {
        for j in 0..n {
            out[i * n + j] = array.stuck_at(slot.row + j, slot.col + i);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faults_are_half_low_half_high_and_exact_in_count() {
        let p = CrossbarParams::default();
        let a = PhysicalArray::with_faults(40, 50, 0.2, false, &p, 7).unwrap();
        let low = a.stuck.iter().filter(|s| **s == Some(10.0)).count();
        let high = a.stuck.iter().filter(|s| **s == Some(500.0)).count();
        assert_eq!((low, high), (200, 200));
        let b = PhysicalArray::with_faults(40, 50, 0.2, false, &p, 7).unwrap();
        assert_eq!(a, b, "same seed, same map");
    }

    #[test]
    fn stuck_devices_are_not_clamped_and_programmed_ones_are() {
        let p = CrossbarParams::default();
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        assert_eq!(p.program(233.0, Some(500.0), &mut rng), 500.0);
        for _ in 0..1000 {
            let g = p.program(233.0, None, &mut rng);
            assert!((133.0..=233.0).contains(&g), "{g}");
        }
    }

    #[test]
    fn kernel_offsets_stay_inside_one_kernel_never_overlap_and_greedy_avoids_faults() {
        let p = CrossbarParams::default();
        let a = PhysicalArray::kernels(25, 10, 0.04, true, &p, 3).unwrap();
        assert_eq!((a.rows(), a.cols(), a.kernel()), (25, 250, 25));
        // 4% of each kernel: 25 stuck devices in each.
        for k in 0..10 {
            let stuck = (0..25)
                .flat_map(|r| (0..25).map(move |c| (r, c)))
                .filter(|&(r, c)| a.stuck_at(r, k * 25 + c).is_some())
                .count();
            assert_eq!(stuck, 25, "kernel {k}");
        }
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        for placement in [Placement::Greedy, Placement::Random] {
            let (n, m) = (12, 6);
            let used = vec![Slot { row: 0, col: 0 }];
            let s = choose_slots(&a, n, m, 8, &used, placement, &mut rng).unwrap();
            for (i, x) in s.iter().enumerate() {
                assert!(
                    x.row + n <= 25 && x.col % 25 + m <= 25,
                    "{x:?} leaves its kernel"
                );
                for y in used.iter().chain(&s[..i]) {
                    assert!(!overlap(*x, *y, n, m), "{x:?} overlaps {y:?}");
                }
            }
            if placement == Placement::Greedy {
                // At 4% a 12 x 6 block is clean with probability 5%, but of the 2,800
                // offsets enough are: greedy finds 8 clean, non-overlapping ones.
                assert!(s.iter().all(|&x| stuck_in(&a, x, n, m) == 0), "{s:?}");
            }
        }
        // Too many blocks for the kernels: an error, not a panic.
        assert!(choose_slots(&a, 25, 25, 11, &[], Placement::Greedy, &mut rng).is_err());
        assert!(choose_slots(&a, 26, 1, 1, &[], Placement::Greedy, &mut rng).is_err());
    }

    #[test]
    fn the_window_clamp_biases_the_write_noise_and_the_device_clamp_does_not() {
        let mean_at = |clamp, target| {
            let p = CrossbarParams {
                write_clamp: clamp,
                ..CrossbarParams::default()
            };
            let mut rng = ChaCha8Rng::seed_from_u64(4);
            let k = 200_000;
            (0..k)
                .map(|_| p.program(target, None, &mut rng))
                .sum::<f64>()
                / k as f64
        };
        let shift = 16.66 / (2.0 * std::f64::consts::PI).sqrt();
        let on = mean_at(WriteClamp::Window, 233.0);
        let off = mean_at(WriteClamp::Window, 133.0);
        assert!((on - (233.0 - shift)).abs() < 0.1, "{on}");
        assert!((off - (133.0 + shift)).abs() < 0.1, "{off}");
        let on = mean_at(WriteClamp::Device, 233.0);
        let off = mean_at(WriteClamp::Device, 133.0);
        assert!((on - 233.0).abs() < 0.1, "{on}");
        assert!((off - 133.0).abs() < 0.1, "{off}");
    }

    #[test]
    fn converters_quantize_and_saturate() {
        let p = CrossbarParams {
            dac_bits: 3,
            adc_bits: 3,
            ..CrossbarParams::ideal()
        };
        // 3 signed bits: 3 steps per side.
        assert_eq!(p.dac(0.5, 1.0), 2.0 / 3.0);
        assert_eq!(p.dac(-7.0, 1.0), -1.0);
        assert_eq!(p.adc(100.0, 10.0), 10.0);
        assert_eq!(CrossbarParams::ideal().adc(0.1234, 10.0), 0.1234);
    }

    #[test]
    fn greedy_takes_the_cleanest_slots() {
        let mut a = PhysicalArray::clean(2, 6);
        a.set_stuck(0, 0, Some(500.0));
        a.set_stuck(1, 3, Some(10.0));
        let mut rng = ChaCha8Rng::seed_from_u64(0);
        let s = choose_slots(&a, 2, 2, 1, &[], Placement::Greedy, &mut rng).unwrap();
        assert_eq!(s, vec![Slot { row: 0, col: 4 }]);
        assert!(choose_slots(&a, 2, 2, 4, &[], Placement::Random, &mut rng).is_err());
    }
}
