#!/usr/bin/env python3
"""Generates the test fixtures of the ganlab metrics module with NumPy/SciPy.

Run from anywhere (Python 3, NumPy, SciPy; nothing else):

    python3 metrics/src/test/python/make_fixtures.py

It rewrites metrics/src/test/resources/fixtures/: feature matrices and
statistics as .npy/.npz, and expected.properties with the reference values the
Java tests compare against. The inputs come from a fixed NumPy seed, so a rerun
reproduces the same files (up to NumPy's own bit-for-bit stability).

The references are independent re-implementations of the published code:
  * FID: pytorch-fid's calculate_frechet_distance (scipy.linalg.sqrtm of
    S1 S2, float64), and an exact value from the nuclear-norm identity
    Tr((S1 S2)^(1/2)) = ||A B^T||_*  (S1 = A^T A, S2 = B^T B, A and B the
    centred samples divided by sqrt(n - 1)), which is well conditioned even when
    the covariances are singular, where sqrtm loses ~1e-8 relative.
  * KID: the unbiased MMD^2 of Binkowski et al. (as in torch-fidelity),
    polynomial kernel (x.y/d + 1)^3; subsets from SplitMix64 exactly as
    org.ganlab.metrics.SubsetSampler draws them.
  * Inception Score: the original OpenAI code (consecutive splits).
  * Precision/recall: Kynkaanniemi et al.'s definition (k-NN radii, <=).
  * Density/coverage: Naeem et al.'s prdc definitions (k-NN radii, <).
"""

import io
import warnings
from pathlib import Path

import numpy as np
import scipy
from scipy import linalg
from scipy.spatial.distance import cdist

OUT = Path(__file__).resolve().parents[1] / "resources" / "fixtures"
rng = np.random.default_rng(20240501)
expected = {}


def save(name, array):
    np.save(OUT / name, array)


# ---------------------------------------------------------------- FID


def stats(x):
    return x.mean(axis=0), np.cov(x, rowvar=False)


def fid_sqrtm(mu1, sigma1, mu2, sigma2, eps=1e-6):
    """pytorch-fid's calculate_frechet_distance (same steps, same fallback)."""
    diff = mu1 - mu2
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        covmean = linalg.sqrtm(sigma1.dot(sigma2))
        if not np.isfinite(covmean).all():
            offset = np.eye(sigma1.shape[0]) * eps
            covmean = linalg.sqrtm((sigma1 + offset).dot(sigma2 + offset))
    if np.iscomplexobj(covmean):
        covmean = covmean.real
    return diff.dot(diff) + np.trace(sigma1) + np.trace(sigma2) - 2 * np.trace(covmean)


def fid_exact(x, y):
    """FID with Tr((S1 S2)^(1/2)) as the nuclear norm of A B^T (no square root of noise)."""
    a = (x - x.mean(axis=0)) / np.sqrt(len(x) - 1)
    b = (y - y.mean(axis=0)) / np.sqrt(len(y) - 1)
    trace_sqrt = np.linalg.svd(a @ b.T, compute_uv=False).sum()
    diff = x.mean(axis=0) - y.mean(axis=0)
    return diff @ diff + np.sum(a * a) + np.sum(b * b) - 2 * trace_sqrt


def fid_case(name, x, y):
    save(f"{name}_a.npy", x)
    save(f"{name}_b.npy", y)
    m1, s1 = stats(x)
    m2, s2 = stats(y)
    expected[f"{name}.sqrtm"] = fid_sqrtm(m1, s1, m2, s2)
    expected[f"{name}.exact"] = fid_exact(x, y)
    expected[f"{name}.trace"] = np.trace(s1) + np.trace(s2)
    return m1, s1, m2, s2


d = 64
# Well conditioned: n > d, covariances I-ish times a random mixing, different means.
mix1 = np.eye(d) + 0.3 * rng.standard_normal((d, d)) / np.sqrt(d)
mix2 = np.eye(d) + 0.5 * rng.standard_normal((d, d)) / np.sqrt(d)
well_a = rng.standard_normal((400, d)) @ mix1 + 0.1
well_b = 1.3 * rng.standard_normal((300, d)) @ mix2 - 0.2
m1, s1, m2, s2 = fid_case("fid_well", well_a, well_b)
# Statistics files as pytorch-fid writes them (np.savez) and a compressed variant.
np.savez(OUT / "fid_well_a_stats.npz", mu=m1, sigma=s1)
np.savez_compressed(OUT / "fid_well_b_stats.npz", mu=m2, sigma=s2)

# Fewer samples than dimensions: both covariances singular (rank n - 1).
fid_case("fid_lowrank", rng.standard_normal((40, d)), 1.5 * rng.standard_normal((30, d)) + 0.5)

# Duplicated columns: 24 of the 64 features repeat others, so rank 40.
base_a = rng.standard_normal((200, 40))
base_b = 0.8 * rng.standard_normal((150, 40)) + 0.3
fid_case(
    "fid_dup",
    np.hstack([base_a, base_a[:, :24]]),
    np.hstack([base_b, base_b[:, :24]]),
)

# ---------------------------------------------------------------- KID

MASK = (1 << 64) - 1


class SplitMix64:
    """org.ganlab.metrics.SubsetSampler, step for step."""

    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def subset(self, n, m):
        perm = list(range(n))
        for i in range(m):
            j = i + self.next() % (n - i)
            perm[i], perm[j] = perm[j], perm[i]
        return perm[:m]


def polynomial_kernel(x, y):
    return (x @ y.T / x.shape[1] + 1.0) ** 3


def mmd2_unbiased(x, y):
    m, n = len(x), len(y)
    kxx, kyy, kxy = polynomial_kernel(x, x), polynomial_kernel(y, y), polynomial_kernel(x, y)
    return (
        (kxx.sum() - np.trace(kxx)) / (m * (m - 1))
        + (kyy.sum() - np.trace(kyy)) / (n * (n - 1))
        - 2 * kxy.sum() / (m * n)
    )


def kid(x, y, subsets, subset_size, seed):
    m = min(subset_size, len(x), len(y))
    sampler = SplitMix64(seed)
    values = []
    for _ in range(subsets):
        ix = sampler.subset(len(x), m)
        iy = sampler.subset(len(y), m)
        values.append(mmd2_unbiased(x[ix], y[iy]))
    return np.mean(values), np.std(values)


kid_x = rng.standard_normal((120, 16))
kid_y = 1.1 * rng.standard_normal((100, 16)) + 0.15
save("kid_x.npy", kid_x)
save("kid_y.npy", kid_y)
expected["kid.mmd2_full"] = mmd2_unbiased(kid_x, kid_y)
expected["kid.seed"] = 12345
mean, std = kid(kid_x, kid_y, subsets=5, subset_size=50, seed=12345)
expected["kid.s5_m50.mean"] = mean
expected["kid.s5_m50.std"] = std
mean, std = kid(kid_x, kid_y, subsets=3, subset_size=1000, seed=12345)  # capped at 100 rows
expected["kid.s3_m1000.mean"] = mean
expected["kid.s3_m1000.std"] = std
sm = SplitMix64(0)
expected["splitmix64.seed0.first3"] = ",".join(str(sm.next()) for _ in range(3))

# ---------------------------------------------------------------- Inception Score


def inception_score(preds, splits=10):
    scores = []
    for i in range(splits):
        part = preds[(i * preds.shape[0] // splits):((i + 1) * preds.shape[0] // splits), :]
        kl = part * (np.log(part) - np.log(np.expand_dims(np.mean(part, 0), 0)))
        kl = np.mean(np.sum(kl, 1))
        scores.append(np.exp(kl))
    return np.mean(scores), np.std(scores)


logits = 3.0 * rng.standard_normal((253, 10))  # 253 rows: splits of 25 and 26
probs = np.exp(logits - logits.max(axis=1, keepdims=True))
probs /= probs.sum(axis=1, keepdims=True)
save("is_probs.npy", probs)
mean, std = inception_score(probs, 10)
expected["is.split10.mean"] = mean
expected["is.split10.std"] = std
mean, std = inception_score(probs, 1)
expected["is.split1.mean"] = mean

# ---------------------------------------------------------------- precision/recall, density/coverage


def kth_radii(x, k):
    # k+1-th smallest distance including the point itself = k-th nearest other point.
    return np.partition(cdist(x, x), k, axis=1)[:, k]


pr_real = rng.standard_normal((300, 8))
pr_fake = 1.2 * rng.standard_normal((250, 8)) + 0.3
save("pr_real.npy", pr_real)
save("pr_fake.npy", pr_fake)
dist = cdist(pr_real, pr_fake)  # [real, fake]

r3, f3 = kth_radii(pr_real, 3), kth_radii(pr_fake, 3)
expected["pr.k3.precision"] = (dist <= r3[:, None]).any(axis=0).mean()
expected["pr.k3.recall"] = (dist <= f3[None, :]).any(axis=1).mean()
r5 = kth_radii(pr_real, 5)
expected["dc.k5.density"] = (1.0 / 5) * (dist < r5[:, None]).sum(axis=0).mean()
expected["dc.k5.coverage"] = (dist.min(axis=1) < r5).mean()
# How far the closest comparison is from a tie: the Java side computes distances differently
# (matmul identity), so the decisions only agree if no comparison is within rounding of a tie.
margin = min(
    np.abs(dist - r3[:, None]).min() / r3.max(),
    np.abs(dist - f3[None, :]).min() / f3.max(),
    np.abs(dist - r5[:, None]).min() / r5.max(),
)
assert margin > 1e-9, margin
expected["pr.tie_margin"] = margin

# ---------------------------------------------------------------- .npy format samples

fmt = np.arange(12, dtype=np.float64).reshape(3, 4) / 7.0
save("fmt_f8.npy", fmt)
save("fmt_f4.npy", fmt.astype(np.float32))
save("fmt_vec.npy", np.array([1.5, -2.25, 3.0, 1e-300, -0.0]))
save("fmt_fortran.npy", np.asfortranarray(np.arange(24, dtype=np.float64).reshape(2, 3, 4)))
save("fmt_i8.npy", np.array([[0, 1, 2], [997, 998, 999]], dtype=np.int64))
save("fmt_bigendian.npy", fmt.astype(">f8"))

# ---------------------------------------------------------------- expected values

with open(OUT / "expected.properties", "w") as f:
    f.write("# Written by metrics/src/test/python/make_fixtures.py; do not edit.\n")
    f.write(f"# numpy {np.__version__}, scipy {scipy.__version__}\n")
    for key, value in expected.items():
        f.write(f"{key}={value if isinstance(value, str) else repr(float(value))}\n")

total = sum(p.stat().st_size for p in OUT.iterdir())
print(f"wrote {len(list(OUT.iterdir()))} files, {total} bytes, to {OUT}")
for key, value in expected.items():
    print(f"  {key} = {value}")
