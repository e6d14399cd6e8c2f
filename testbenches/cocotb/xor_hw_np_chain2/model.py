"""Fixed-point model of the exported MGD trainer's network, written by `mgdsim export`.

It computes what the chip computes, bit for bit (twin of `model::network` and
`fixed::activate`): a MAC per weight (16 x 16 -> 32-bit product, summed exactly), the bias
times 1.0, the sum saturated once to 32 bits, then the activation. Parameter order: layer by layer, for each
neuron its weights then its bias (the order of `read_addr`).
"""

from design import ACT_FRAC, ACT_WIDTH, ACTIVATION, LAYERS, THETA_FRAC

ONE = 1 << ACT_FRAC
WIDE = 32


def sat(x, width):
    """Clamp `x` to a signed `width`-bit integer."""
    lo, hi = -(1 << (width - 1)), (1 << (width - 1)) - 1
    return max(lo, min(hi, x))


def signed(x, width):
    """Read the low `width` bits of `x` as two's complement."""
    x &= (1 << width) - 1
    return x - (1 << width) if x >> (width - 1) else x


def activate(acc):
    """The neuron's output (format act) from its MAC sum (theta.frac + act.frac fraction bits)."""
    u = sat(acc >> THETA_FRAC, ACT_WIDTH)  # floor, then the act rails
    if ACTIVATION == "hard_sigmoid":
        return max(0, min(ONE, (u >> 2) + ONE // 2))  # clamp(u/4 + 1/2, 0, 1), u/4 floored
    if ACTIVATION == "relu":
        return max(0, u)
    raise ValueError(f"the Python model has no {ACTIVATION} (only hard_sigmoid and relu)")


def infer(theta, x):
    """Outputs (raw act integers) for inputs `x` (raw act integers)."""
    a, p = list(x), 0
    for n_out in LAYERS[1:]:
        nxt = []
        for _ in range(n_out):
            acc = 0
            for xi in a:
                acc += theta[p] * xi
                p += 1
            acc += theta[p] * ONE
            p += 1
            nxt.append(activate(sat(acc, WIDE)))
        a = nxt
    return a


def predict(y):
    """Class of outputs `y`: a single output says 1 at >= 0.5; else the first largest."""
    if len(y) == 1:
        return int(y[0] >= ONE // 2)
    return max(range(len(y)), key=lambda k: (y[k], -k))


def cost(y, label):
    """sum_k (y_k - t_k)^2 in raw units (2 * act.frac fraction bits; no 1/2)."""
    n = len(y)
    t = [ONE if (label == 1 if n == 1 else k == label) else 0 for k in range(n)]
    return sum((yk - tk) ** 2 for yk, tk in zip(y, t))


def correct(theta, samples):
    """How many of `samples` ([(inputs, label)]) `theta` classifies right."""
    return sum(predict(infer(theta, x)) == label for x, label in samples)


def accuracy(theta, samples):
    """Fraction of `samples` ([(inputs, label)]) that `theta` classifies right."""
    return correct(theta, samples) / len(samples)
