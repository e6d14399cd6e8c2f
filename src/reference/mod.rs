//! Floating-point reference: MGD in f64 exactly as spec/MGD.md states it, and a
//! backpropagation baseline on the same network and cost.
