//! Data sets: generated (XOR, N-bit parity, NIST7x7-like, Yin-Yang) and loaded from files
//! (CSV such as the UCI digits and iris, IDX such as MNIST / Fashion-MNIST).
//!
//! Every data set becomes a [`Dataset`]: inputs scaled to `[0, 1]` (the range the hardware's
//! activation format holds), integer labels, and a seeded train/test split.

/// One example: inputs and a class label.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Sample {
    /// Inputs, scaled to `[0, 1]`.
    pub x: Vec<f64>,
    /// Class label, `0..n_classes`.
    pub label: usize,
}

/// A data set split into training and test samples.
#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    /// Short name for reports (`xor`, `parity4`, `nist7x7`, or the file name).
    pub name: String,
    /// Inputs per sample.
    pub n_inputs: usize,
    /// Number of classes. A network with one output treats it as two classes (threshold 0.5).
    pub n_classes: usize,
    /// Training samples.
    pub train: Vec<Sample>,
    /// Held-out test samples. For the logic tasks (XOR, parity) it equals `train`, as in the papers.
    pub test: Vec<Sample>,
}

/// A data set could not be generated or loaded.
#[derive(Debug, thiserror::Error)]
pub enum DatasetError {
    /// Placeholder until the loaders land.
    #[error("unknown data set `{0}`")]
    Unknown(String),
}
