//! Post-training ternarization by layer-wise reconstruction, the idea of BRECQ (Li et al.,
//! ICLR 2021), which paper D's authors name as their quantizer (their repository's
//! `network/README.md`; the code is not published). Layer by layer, each output row's ternary
//! pattern `t` in {-1, 0, +1}^n, its scale `s` and its (digital, f64) bias `b` minimize
//!
//! `sum over calibration inputs of (y - s t . x^ - b)^2`,
//!
//! where `y` is the f64 network's pre-activation of that row and `x^` the layer's input in
//! the network whose earlier layers are already ternary, so each layer also absorbs the
//! error of those before it. For a given `t`, `s` and `b` are least squares in closed form:
//! with the centred Gram matrix `A` of `x^` and the centred cross term `c` of `x^` and `y`,
//! the error falls by `(t . c)^2 / (t' A t)`. Rows of up to [`EXHAUSTIVE_MAX`] inputs try every
//! `t` (3^n); wider rows start from the ternary weight network's pattern and change one entry
//! at a time while the error falls.
//!
//! The result is a parameter vector whose weight rows are `s t` and whose biases are `b`; the
//! row quantizer ([`crate::devices::lea::Quantizer::Row`]) returns it unchanged.

use crate::reference::net::{Activations, Network};

/// Widest row searched exhaustively (3^12 = 531,441 patterns).
pub const EXHAUSTIVE_MAX: usize = 12;

/// The ternary parameters of `net` that reconstruct `theta`'s pre-activations on `calib`
/// (inputs only; no labels are used), layer by layer.
pub fn reconstruct(net: &Network, theta: &[f64], calib: &[Vec<f64>]) -> Vec<f64> {
    assert!(!calib.is_empty(), "calibration inputs");
    let layers = net.layers().to_vec();
    let mut out = theta.to_vec();
    let mut buf_f = Activations::default();
    let mut buf_q = Activations::default();
    let mut off = 0;
    for l in 0..layers.len() - 1 {
        let (n, m) = (layers[l], layers[l + 1]);
        // Layer l's input in the partly ternary network, and the f64 network's pre-activations.
        let mut xs = Vec::with_capacity(calib.len());
        let mut ys = Vec::with_capacity(calib.len());
        for x in calib {
            net.forward(&out, x, None, &mut buf_q);
            xs.push(buf_q.acts[l].clone());
            net.forward(theta, x, None, &mut buf_f);
            ys.push(buf_f.pre[l].clone());
        }
        let k = xs.len() as f64;
        let mean_x: Vec<f64> = (0..n)
            .map(|j| xs.iter().map(|x| x[j]).sum::<f64>() / k)
            .collect();
        let mut a = vec![0.0; n * n];
        for x in &xs {
            for p in 0..n {
                for q in 0..n {
                    a[p * n + q] += (x[p] - mean_x[p]) * (x[q] - mean_x[q]);
                }
            }
        }
        for i in 0..m {
            let mean_y = ys.iter().map(|y| y[i]).sum::<f64>() / k;
            let mut c = vec![0.0; n];
            for (x, y) in xs.iter().zip(&ys) {
                for j in 0..n {
                    c[j] += (x[j] - mean_x[j]) * (y[i] - mean_y);
                }
            }
            let row = &theta[off + i * (n + 1)..off + i * (n + 1) + n];
            let t = best_pattern(&a, &c, n, row);
            let (u, v) = gain_terms(&a, &c, &t, n);
            let s = if v > 0.0 { u / v } else { 0.0 };
            // A negative scale is the pattern negated.
            let (t, s) = if s < 0.0 {
                (t.iter().map(|&v| -v).collect(), -s)
            } else {
                (t, s)
            };
            let mut dot = 0.0;
            for j in 0..n {
                let w = if s > 0.0 { s * f64::from(t[j]) } else { 0.0 };
                out[off + i * (n + 1) + j] = w;
                dot += w * mean_x[j];
            }
            out[off + i * (n + 1) + n] = mean_y - dot;
        }
        off += (n + 1) * m;
    }
    out
}

/// `(t . c, t' A t)` for pattern `t`.
fn gain_terms(a: &[f64], c: &[f64], t: &[i8], n: usize) -> (f64, f64) {
    let mut u = 0.0;
    let mut v = 0.0;
    for p in 0..n {
        if t[p] == 0 {
            continue;
        }
        let tp = f64::from(t[p]);
        u += tp * c[p];
        for q in 0..n {
            if t[q] != 0 {
                v += tp * f64::from(t[q]) * a[p * n + q];
            }
        }
    }
    (u, v)
}

/// How much the squared error falls with pattern `t` (its best scale and bias).
fn gain(a: &[f64], c: &[f64], t: &[i8], n: usize) -> f64 {
    let (u, v) = gain_terms(a, c, t, n);
    if v > 1e-300 {
        u * u / v
    } else {
        0.0
    }
}

/// The pattern with the largest [`gain`]: every one for `n <= EXHAUSTIVE_MAX`, else a local
/// search from the ternary weight network's pattern of `row`. Ties keep the first found.
fn best_pattern(a: &[f64], c: &[f64], n: usize, row: &[f64]) -> Vec<i8> {
    if n <= EXHAUSTIVE_MAX {
        let mut t = vec![-1i8; n];
        let mut best = (0.0, vec![0i8; n]);
        loop {
            let g = gain(a, c, &t, n);
            if g > best.0 {
                best = (g, t.clone());
            }
            // Next pattern in base 3 (-1, 0, +1 per digit).
            let mut j = 0;
            while j < n && t[j] == 1 {
                t[j] = -1;
                j += 1;
            }
            if j == n {
                return best.1;
            }
            t[j] += 1;
        }
    }
    let mean = row.iter().map(|v| v.abs()).sum::<f64>() / n as f64;
    let mut t: Vec<i8> = row
        .iter()
        .map(|&w| {
            if w.abs() > 0.7 * mean {
                w.signum() as i8
            } else {
                0
            }
        })
        .collect();
    let mut g = gain(a, c, &t, n);
    loop {
        let mut improved = false;
        for j in 0..n {
            let keep = t[j];
            for v in [-1i8, 0, 1] {
                if v == keep {
                    continue;
                }
                t[j] = v;
                let gv = gain(a, c, &t, n);
                if gv > g * (1.0 + 1e-12) {
                    g = gv;
                    improved = true;
                } else {
                    t[j] = keep;
                }
                if t[j] != keep {
                    break;
                }
            }
        }
        if !improved {
            return t;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Activation;
    use crate::devices::lea::Quantizer;
    use crate::experiments::crossbar_net::TernaryNet;
    use rand::{Rng, SeedableRng};
    use rand_chacha::ChaCha8Rng;

    fn inputs(n: usize, k: usize, rng: &mut ChaCha8Rng) -> Vec<Vec<f64>> {
        (0..k)
            .map(|_| (0..n).map(|_| rng.random::<f64>() * 2.0 - 1.0).collect())
            .collect()
    }

    /// Squared error of `th`'s first-layer pre-activations against `theta`'s over `calib`.
    fn first_layer_error(net: &Network, theta: &[f64], th: &[f64], calib: &[Vec<f64>]) -> f64 {
        let (mut bf, mut bq) = (Activations::default(), Activations::default());
        calib
            .iter()
            .map(|x| {
                net.forward(theta, x, None, &mut bf);
                net.forward(th, x, None, &mut bq);
                bf.pre[0]
                    .iter()
                    .zip(&bq.pre[0])
                    .map(|(a, b)| (a - b).powi(2))
                    .sum::<f64>()
            })
            .sum()
    }

    #[test]
    fn a_ternary_network_is_reconstructed_exactly() {
        // A network that is already ternary (row scales, f64 biases) is its own best fit.
        let net = Network::new(&[5, 4, 3], Activation::Tanh);
        let mut rng = ChaCha8Rng::seed_from_u64(3);
        let theta = net.init_theta(-1.0, 1.0, &mut rng);
        let tern = TernaryNet::with_quantizer(&net, &theta, 1.0, Quantizer::Row).theta;
        let calib = inputs(5, 200, &mut rng);
        let fit = reconstruct(&net, &tern, &calib);
        for (p, (a, b)) in fit.iter().zip(&tern).enumerate() {
            assert!((a - b).abs() < 1e-9, "parameter {p}: {a} against {b}");
        }
    }

    #[test]
    fn the_fit_is_ternary_per_row_and_beats_the_threshold_rule_on_its_objective() {
        let net = Network::new(&[6, 5, 3], Activation::Tanh);
        let mut rng = ChaCha8Rng::seed_from_u64(8);
        let theta = net.init_theta(-1.0, 1.0, &mut rng);
        let calib = inputs(6, 300, &mut rng);
        let fit = reconstruct(&net, &theta, &calib);
        // The row quantizer returns it unchanged: each row is {-s, 0, +s}.
        let again = TernaryNet::with_quantizer(&net, &fit, 1.0, Quantizer::Row).theta;
        for (a, b) in fit.iter().zip(&again) {
            assert!((a - b).abs() < 1e-12, "{a} against {b}");
        }
        // Layer 1's squared pre-activation error is smaller than the threshold rule's.
        let twn = TernaryNet::with_quantizer(&net, &theta, 1.0, Quantizer::Row).theta;
        let err = |th: &[f64]| first_layer_error(&net, &theta, th, &calib);
        assert!(err(&fit) < err(&twn), "{} against {}", err(&fit), err(&twn));
    }

    #[test]
    fn wide_rows_take_the_local_search_and_never_end_worse_than_its_start() {
        let n = EXHAUSTIVE_MAX + 3;
        let net = Network::new(&[n, 2], Activation::Tanh);
        let mut rng = ChaCha8Rng::seed_from_u64(2);
        let theta = net.init_theta(-1.0, 1.0, &mut rng);
        let calib = inputs(n, 400, &mut rng);
        let fit = reconstruct(&net, &theta, &calib);
        let twn = TernaryNet::with_quantizer(&net, &theta, 1.0, Quantizer::Row).theta;
        let sq = |th: &[f64]| first_layer_error(&net, &theta, th, &calib);
        assert!(sq(&fit) <= sq(&twn), "{} against {}", sq(&fit), sq(&twn));
    }
}
