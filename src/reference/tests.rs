//! Learning tests of the reference trainers, through the shared `run::train` loop.
