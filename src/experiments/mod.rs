//! Experiments that train networks with the f64 reference and then run them on device models,
//! so they sit above `reference`, `devices` and `datasets` (nothing below imports them).
//!
//! - [`crossbar_net`]: a trained network ternarized and mapped onto faulty crossbars (LEA, MAO,
//!   committee machines), evaluated through its analog matrix-vector products.
//! - [`lea_sweep`]: paper D's Fig. 4b on digits: accuracy and mapping error against the stuck
//!   fraction and `alpha`.
//! - [`yinyang_cl`]: paper D's two-task Yin-Yang continual learning with EWC, mapped with LEA
//!   over the (alpha, beta) grid (Fig. 5b).

pub mod crossbar_net;
pub mod lea_sweep;
pub mod sgd;
pub mod yinyang_cl;
