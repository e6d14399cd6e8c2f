"""Constants of mgd_trainer_xor_hw (sim/configs/xor_hw.toml), written by `mgdsim export`. Do not edit: regenerate."""

STEM = "xor_hw"
TOP = "mgd_trainer_xor_hw"
RTL = "../../../rtl/xor_hw.v"  # relative to this folder
VECTORS_DIR = "../../vectors/xor_hw"  # relative to this folder
N_PARAMS = 9
LAYERS = [2, 2, 1]
ACT_FRAC = 12
ACT_WIDTH = 15
THETA_FRAC = 12
ACTIVATION = "hard_sigmoid"
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
