//! Floating-point reference: MGD in f64 exactly as spec/MGD.md states it (sections 2-6), and a
//! backpropagation baseline on the same network and cost. Neither knows of fixed point or of
//! the hardware blocks; they are what the chip and its model are judged against.
//!
//! - [`net`]: the MLP, flat `theta` (layer by layer; per output neuron its weights, then its
//!   bias), cost = mean over outputs of `(y - t)^2` with one-hot targets (one output: target =
//!   label), argmax classification (threshold 0.5 for one output), device variation.
//! - [`perturbation`]: time, sinusoid, random-code and Walsh perturbations, each vector of
//!   Euclidean norm `dtheta` (the spec's "RMS norm"); the sinusoid band and the Walsh rows used
//!   are documented there.
//! - [`mgd`]: [`Mgd`], discrete and analog MGD, weight or node perturbation (all layers at
//!   once, same normalisation as weights), vanilla / momentum / Adam on `g^ = G` (paper A's
//!   convention: vanilla is `theta -= eta G`), cost and update noise.
//! - [`backprop`]: [`Backprop`], minibatch SGD on the same network, cost and initial `theta`.
//! - [`conv`]: paper B's CNN(d) (SamePad 3x3 convolutions, 2x2 max-pools, dense layers),
//!   forward, backprop and the node-perturbation weight rule; [`conv_mgd`]: its MGD (weight or
//!   node perturbation, minibatch, paper B's normalisation) and backprop trainers, built
//!   from `[network] kind = "cnn"` by `engine::trainer`.
//!
//! Seeds: one `config.run.seed`, split into ChaCha8 streams (initial theta, perturbation codes,
//! sample order, noise, device variation), so the same config and seed give bit-identical runs.

pub mod backprop;
pub mod conv;
pub mod conv_mgd;
pub mod mgd;
pub mod net;
pub mod perturbation;

pub use backprop::Backprop;
pub use mgd::{Mgd, Normalisation};
pub use net::Network;
pub use perturbation::Perturber;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod testutil;
