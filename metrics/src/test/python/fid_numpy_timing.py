#!/usr/bin/env python3
"""Times FID of two random feature sets in NumPy, the reference for `ganlab bench fid`.

Run from anywhere (Python 3, NumPy; SciPy only for --sqrtm), on the machine that ran
`./ganlab bench fid --no-textbook`, with the same sizes:

    python3 metrics/src/test/python/fid_numpy_timing.py [--n 10000] [--dim 2048] [--sqrtm]

The sets have the same distributions as FidBenchmark's (N(0, 1) and 0.05 + 1.1 N(0, 1) per
value) but NumPy's random numbers, so the FID agrees with the Java value only to a few digits;
the timing is the point. Both timings start from the feature matrices, as the Java benchmark's do:

  * numpy route: np.cov of both sets, then Tr((S1 S2)^(1/2)) from the eigenvalues of
    S1^(1/2) S2 S1^(1/2), with S1^(1/2) from np.linalg.eigh (symmetric routines throughout);
  * --sqrtm: pytorch-fid's calculate_frechet_distance, scipy.linalg.sqrtm of S1 S2.
"""

import argparse
import time

import numpy as np


def covariances(a, b):
    return a.mean(axis=0), np.cov(a, rowvar=False), b.mean(axis=0), np.cov(b, rowvar=False)


def fid_eigh(a, b):
    mu1, s1, mu2, s2 = covariances(a, b)
    w, v = np.linalg.eigh(s1)
    root = (v * np.sqrt(np.clip(w, 0, None))) @ v.T
    e = np.linalg.eigvalsh(root @ s2 @ root)
    trace_sqrt = np.sqrt(np.clip(e, 0, None)).sum()
    return float(((mu1 - mu2) ** 2).sum() + np.trace(s1) + np.trace(s2) - 2 * trace_sqrt)


def fid_sqrtm(a, b):
    from scipy import linalg

    mu1, s1, mu2, s2 = covariances(a, b)
    covmean = linalg.sqrtm(s1.dot(s2))
    covmean = covmean.real
    return float(((mu1 - mu2) ** 2).sum() + np.trace(s1) + np.trace(s2) - 2 * np.trace(covmean))


def timed(label, fn, a, b):
    start = time.perf_counter()
    value = fn(a, b)
    print(f"  {label:<21}{time.perf_counter() - start:10.3f} s wall   FID = {value:.12f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10000)
    parser.add_argument("--dim", type=int, default=2048)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--sqrtm", action="store_true", help="also time scipy.linalg.sqrtm")
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)
    a = rng.standard_normal((args.n, args.dim))
    b = 0.05 + 1.1 * rng.standard_normal((args.n, args.dim))
    fid_eigh(a[:16, :4], b[:16, :4])  # loads the BLAS and LAPACK routines before timing
    print(f"FID of two {args.n} x {args.dim} feature sets (NumPy {np.__version__})")
    timed("numpy (cov + eigh):", fid_eigh, a, b)
    if args.sqrtm:
        timed("scipy (sqrtm):", fid_sqrtm, a, b)


if __name__ == "__main__":
    main()
