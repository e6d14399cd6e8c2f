"""Constants of mgd_trainer_xor_hw_np_chain2 (sim/configs/xor_hw_np_chain2.toml), written by `mgdsim export`. Do not edit: regenerate."""

STEM = "xor_hw_np_chain2"
TOP = "mgd_trainer_xor_hw_np_chain2"
RTL = "../../../rtl/xor_hw_np_chain2.v"  # relative to this folder
VECTORS_DIR = "../../vectors/xor_hw_np_chain2"  # relative to this folder
N_PARAMS = 6
LAYERS = [2, 2]
ACT_FRAC = 12
ACT_WIDTH = 15
THETA_FRAC = 12
ACTIVATION = "hard_sigmoid"
STREAM_ONLY = False
# Correct samples at which the chip halts at its target (S + 1: it does not stop).
NEED = 4
# Evaluations of the chip's own that end within 60000 cycles (the free-running test
# checks that many; 0: the chip does not evaluate).
EVALS = 500
# The training set as the chip holds it (raw act integers, label), in its order: what a
# stream source sends for `sample_index`, and what the chip evaluates.
SAMPLES = [
    ([0, 0], 0),
    ([0, 4096], 1),
    ([4096, 0], 1),
    ([4096, 4096], 0),
]
# Training-set accuracy of the weights at each checkpoint (cycle: accuracy), from the
# Rust evaluation (`model::network::evaluate`, the rule of `mgdsim train`).
EXPECTED_ACCURACY = {
    499: 0.5,
    999: 0.5,
    1499: 0.75,
    1999: 0.5,
    2499: 0.75,
    2999: 0.75,
    3499: 0.75,
    3999: 0.5,
}
