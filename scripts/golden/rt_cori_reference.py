#!/usr/bin/env python3
"""Independent reference values for src/core/epi/rt-cori.ts (R_t by Cori et al. 2013, as EpiEstim computes it).

Written from the method's description, not from the TypeScript: scipy.stats.gamma for the gamma CDF and
quantiles, plain Python floats for the sums. Reads real JHU CSSE series from ../shared/data/jhu and writes
src/core/epi/__golden__/rt-cori.golden.json.

Run from the repository root:  python3 scripts/golden/rt_cori_reference.py
"""
import csv
import json
import math
import pathlib

import scipy
from scipy.stats import gamma

ROOT = pathlib.Path(__file__).resolve().parents[2]
SOURCE = ROOT.parent / "shared" / "data" / "jhu" / "time_series_covid19_confirmed_global.csv"
OUTPUT = ROOT / "src" / "core" / "epi" / "__golden__" / "rt-cori.golden.json"

SI_MEAN, SI_SD, SI_MAX = 4.7, 2.9, 40  # Nishiura et al. 2020
WINDOW = 7
PRIOR_SHAPE, PRIOR_SCALE = 1.0, 5.0  # EpiEstim defaults: mean 5, sd 5
MAX_CV = 0.3
COUNTRIES = [("US", "USA"), ("New Zealand", "NZL")]  # one huge series with revisions, one small with long zero runs


def discr_si(k, mu, sigma):
    """EpiEstim R/discr_si.R, for one k."""
    a = ((mu - 1) / sigma) ** 2
    b = sigma**2 / (mu - 1)

    def cdf(x, shape):
        return 0.0 if x < 0 else float(gamma.cdf(x, shape, scale=b))

    res = k * cdf(k, a) + (k - 2) * cdf(k - 2, a) - 2 * (k - 1) * cdf(k - 1, a)
    res += a * b * (2 * cdf(k - 1, a + 1) - cdf(k - 2, a + 1) - cdf(k, a + 1))
    return max(0.0, res)


def serial_interval():
    w = [0.0] + [discr_si(k, SI_MEAN, SI_SD) for k in range(1, SI_MAX + 1)]
    total = sum(w[1:])
    return [0.0] + [x / total for x in w[1:]]


def read_country(name):
    with SOURCE.open(newline="") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    row = next(r for r in rows[1:] if r[1] == name and r[0] == "")
    return header[4:], [int(v) for v in row[4:]]


def estimate(incidence, w):
    n = len(incidence)
    lam = [sum(w[k] * (incidence[t - k] or 0) for k in range(1, min(SI_MAX, t) + 1)) for t in range(n)]
    out = []
    for t in range(n):
        days = range(t - WINDOW + 1, t + 1)
        if t - WINDOW + 1 < 0 or any(incidence[s] is None for s in days):
            out.append(None)
            continue
        sum_i = sum(incidence[s] for s in days)
        sum_lam = sum(lam[s] for s in days)
        shape = PRIOR_SHAPE + sum_i
        if sum_lam == 0 or 1 / math.sqrt(shape) > MAX_CV:
            out.append(None)
            continue
        scale = 1 / (1 / PRIOR_SCALE + sum_lam)
        out.append({
            "mean": shape * scale,
            "lower": float(gamma.ppf(0.025, shape, scale=scale)),
            "upper": float(gamma.ppf(0.975, shape, scale=scale)),
            "shape": shape,
            "scale": scale,
        })
    return lam, out


def main():
    w = serial_interval()
    series = []
    for name, iso3 in COUNTRIES:
        dates, cumulative = read_country(name)
        incidence = [None] + [max(0, cumulative[t] - cumulative[t - 1]) for t in range(1, len(cumulative))]
        lam, rt = estimate(incidence, w)
        series.append({"jhuName": name, "iso3": iso3, "firstDate": dates[0], "lastDate": dates[-1],
                       "incidence": incidence, "lambda": lam, "rt": rt})
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps({
        "generatedBy": "scripts/golden/rt_cori_reference.py",
        "scipy": scipy.__version__,
        "source": "JHU CSSE time_series_covid19_confirmed_global.csv (final, 2023-03-10); CC BY 4.0",
        "serialInterval": {"mean": SI_MEAN, "sd": SI_SD, "maxDays": SI_MAX, "weights": w},
        "window": WINDOW, "priorShape": PRIOR_SHAPE, "priorScale": PRIOR_SCALE, "maxCv": MAX_CV,
        "series": series,
    }) + "\n")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
