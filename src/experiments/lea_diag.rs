//! Why LEA's accuracy on digits falls short of paper D's although its mapping errors match:
//! two ablations on the `digits` network (`mgdsim devices lea digits --diagnose`).
//!
//! - [`weight_noise`]: the ternary network in software with i.i.d. Gaussian noise on every
//!   weight, scaled per layer so that the layer's mapping error `E = 100 ||W' - W|| / ||W||`
//!   takes a given value: the network's own tolerance of a mapping error, with no crossbar.
//! - [`ablate`]: LEA mappings exactly as in the sweep ([`super::lea_sweep::run`], same seeds,
//!   so the first accuracy equals the sweep's), each evaluated (a) through the crossbars,
//!   (b) in software with the read-back weights `W_map` (what the mapping error measures),
//!   and (c) with one layer at a time on its crossbar and the others exact.

use super::crossbar_net::{map, strip_arrays, Method, TernaryNet};
use super::lea_sweep::SweepSpec;
use crate::datasets::Sample;
use crate::devices::crossbar::Placement;
use crate::devices::lea::Encoding;
use crate::devices::DeviceError;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use rayon::prelude::*;

fn mean_std(v: &[f64]) -> (f64, f64) {
    let n = v.len().max(1) as f64;
    let m = v.iter().sum::<f64>() / n;
    let var = v.iter().map(|x| (x - m).powi(2)).sum::<f64>() / n;
    (m, var.sqrt())
}

/// One point of [`weight_noise`].
#[derive(Clone, Debug, PartialEq)]
pub struct NoiseRow {
    /// The mapping error imposed on every layer (%).
    pub rel_err: f64,
    /// Mean test accuracy (%).
    pub acc: f64,
    /// Its std over draws.
    pub acc_std: f64,
}

/// Software test accuracy of `tn` with `N(0, sigma_l^2)` added to every weight of layer `l`,
/// `sigma_l = rel_err / 100 * ||W_l|| / sqrt(m n)` (so `E` of each layer is `rel_err` in
/// expectation); `draws` draws per point from `seed`.
pub fn weight_noise(
    tn: &TernaryNet,
    test: &[Sample],
    rel_errs: &[f64],
    draws: usize,
    seed: u64,
) -> Vec<NoiseRow> {
    rel_errs
        .iter()
        .enumerate()
        .map(|(ei, &e)| {
            let accs: Vec<f64> = (0..draws)
                .into_par_iter()
                .map(|d| {
                    let mut rng =
                        ChaCha8Rng::seed_from_u64(seed ^ ((ei as u64) << 32) ^ (d as u64 + 1));
                    let th = tn.perturbed(e, &mut rng);
                    100.0 * tn.net.evaluate(&th, test).accuracy
                })
                .collect();
            let (acc, acc_std) = mean_std(&accs);
            NoiseRow {
                rel_err: e,
                acc,
                acc_std,
            }
        })
        .collect()
}

/// One point of [`ablate`]: means over the sweep's cycles.
#[derive(Clone, Debug, PartialEq)]
pub struct AblationRow {
    /// Copies.
    pub alpha: usize,
    /// Kept.
    pub beta: usize,
    /// Stuck fraction.
    pub p: f64,
    /// Mapping error (%), mean over layers.
    pub err: f64,
    /// Per layer mapping error (%).
    pub layer_err: Vec<f64>,
    /// Accuracy through the crossbars (%), as in the sweep.
    pub acc_xbar: f64,
    /// Accuracy in software with the read-back weights `W_map` (%).
    pub acc_wmap: f64,
    /// Per layer: accuracy with only that layer on its crossbar (%).
    pub acc_layer: Vec<f64>,
}

/// LEA at each of `spec`'s alphas and fractions, mapped as [`super::lea_sweep::run`] maps it.
pub fn ablate(
    tn: &TernaryNet,
    test: &[Sample],
    spec: &SweepSpec,
) -> Result<Vec<AblationRow>, DeviceError> {
    spec.params.validate()?;
    let max_alpha = spec.alphas.iter().copied().max().unwrap_or(1);
    let n_layers = tn.targets.len();
    let jobs: Vec<(usize, usize, usize)> = (0..spec.alphas.len())
        .flat_map(|ai| {
            (0..spec.fractions.len()).flat_map(move |pi| (0..spec.cycles).map(move |c| (ai, pi, c)))
        })
        .collect();
    type Out = (f64, Vec<f64>, f64, f64, Vec<f64>);
    let results: Vec<Result<Out, DeviceError>> = jobs
        .par_iter()
        .map(|&(ai, pi, c)| {
            // The sweep's seeds: LEA is method index `ai` there.
            let map_seed = spec.seed ^ ((pi as u64) << 40) ^ ((c as u64) << 20);
            let arrays = strip_arrays(
                tn,
                2 * max_alpha,
                spec.fractions[pi],
                false,
                &spec.params,
                map_seed,
            )?;
            let mut rng = ChaCha8Rng::seed_from_u64(
                map_seed
                    .wrapping_add(1 + ai as u64)
                    .wrapping_mul(0x9E37_79B9_7F4A_7C15),
            );
            let alpha = spec.alphas[ai];
            let method = Method::Lea {
                alpha,
                beta: spec.beta.beta(alpha),
                encoding: Encoding::Simple,
            };
            let mut m = map(
                tn,
                method,
                &arrays,
                &spec.params,
                Placement::Random,
                &mut rng,
            )?;
            m.calibrate(tn, &spec.calibration, &mut rng);
            let acc = 100.0 * m.accuracy(tn, test, &mut rng);
            let wmap = 100.0 * tn.net.evaluate(&m.w_map_theta(tn), test).accuracy;
            let per_layer: Vec<f64> = (0..n_layers)
                .map(|l| {
                    let on: Vec<bool> = (0..n_layers).map(|k| k == l).collect();
                    100.0 * m.accuracy_on(tn, test, Some(&on), &mut rng)
                })
                .collect();
            Ok((
                m.mapping_error(tn),
                m.layer_errors(tn),
                acc,
                wmap,
                per_layer,
            ))
        })
        .collect();
    let mut it = results.into_iter();
    let mut rows = Vec::new();
    for &alpha in &spec.alphas {
        for &p in &spec.fractions {
            let mut outs = Vec::new();
            for _ in 0..spec.cycles {
                outs.push(it.next().expect("one result per job")?);
            }
            let k = outs.len() as f64;
            let mean = |f: &dyn Fn(&Out) -> f64| outs.iter().map(f).sum::<f64>() / k;
            rows.push(AblationRow {
                alpha,
                beta: spec.beta.beta(alpha),
                p,
                err: mean(&|o| o.0),
                layer_err: (0..n_layers).map(|l| mean(&|o| o.1[l])).collect(),
                acc_xbar: mean(&|o| o.2),
                acc_wmap: mean(&|o| o.3),
                acc_layer: (0..n_layers).map(|l| mean(&|o| o.4[l])).collect(),
            });
        }
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Activation;
    use crate::reference::net::Network;

    #[test]
    fn zero_noise_leaves_the_software_accuracy() {
        let net = Network::new(&[3, 4, 2], Activation::Tanh);
        let mut rng = ChaCha8Rng::seed_from_u64(4);
        let theta = net.init_theta(-1.0, 1.0, &mut rng);
        let tn = TernaryNet::new(&net, &theta, 1.0);
        let test: Vec<Sample> = (0..20)
            .map(|i| Sample {
                x: vec![(i % 3) as f64 / 2.0, (i % 5) as f64 / 4.0, 0.5],
                label: i % 2,
            })
            .collect();
        let want = 100.0 * net.evaluate(&tn.theta, &test).accuracy;
        let r = weight_noise(&tn, &test, &[0.0], 2, 1);
        assert_eq!(r[0].acc, want);
        assert_eq!(r[0].acc_std, 0.0);
    }
}
