"""Constants of mgd_trainer_nist7x7_hw (sim/configs/nist7x7_hw.toml), written by `mgdsim export`. Do not edit: regenerate."""

STEM = "nist7x7_hw"
TOP = "mgd_trainer_nist7x7_hw"
RTL = "../../../rtl/nist7x7_hw.v"  # relative to this folder
VECTORS_DIR = "../../vectors/nist7x7_hw"  # relative to this folder
N_PARAMS = 220
LAYERS = [49, 4, 4]
ACT_FRAC = 13
ACT_WIDTH = 15
THETA_FRAC = 12
ACTIVATION = "hard_sigmoid"
STREAM_ONLY = False
# Training-set accuracy of the weights at each checkpoint (cycle: accuracy), from the
# Rust evaluation (`model::network::evaluate`, the rule of `mgdsim train`).
EXPECTED_ACCURACY = {
    499: 0.25,
    999: 0.25,
    1499: 0.25,
    1999: 0.25,
    2499: 0.25,
    2999: 0.25,
    3499: 0.245,
    3999: 0.25,
}
