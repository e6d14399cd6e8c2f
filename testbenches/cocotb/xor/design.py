"""Constants of mgd_trainer_xor (sim/configs/xor.toml), written by `mgdsim export`. Do not edit: regenerate."""

STEM = "xor"
TOP = "mgd_trainer_xor"
RTL = "../../../rtl/xor.v"  # relative to this folder
VECTORS_DIR = "../../vectors/xor"  # relative to this folder
N_PARAMS = 9
LAYERS = [2, 2, 1]
ACT_FRAC = 12
ACT_WIDTH = 15
THETA_FRAC = 12
ACTIVATION = "sigmoid"
STREAM_ONLY = False
# Training-set accuracy of the weights at each checkpoint (cycle: accuracy), from the
# Rust evaluation (`model::network::evaluate`, the rule of `mgdsim train`).
EXPECTED_ACCURACY = {
    499: 0.5,
    999: 0.5,
    1499: 0.5,
    1999: 0.5,
    2499: 0.5,
    2999: 0.5,
    3499: 0.5,
    3999: 0.5,
}
