"""Version 21: the PBOC benchmark lending rates (贷款基准利率) before the LPR reform (issue #18).

Until 2019-08-19 the rate rule "原则上执行基准利率" (Qinghai seed 004 §三.(二).3) meant the People's
Bank of China's benchmark lending rate for the loan's term; only from 2019-08-20 are new loans
priced on the loan prime rate (中国人民银行公告〔2019〕第15号).  Migration 15 seeded the LPR
series alone, so a loan granted before the reform was judged against the ``base_rate_bp`` setting
(3.45 %, a 2023 LPR): a 2019 loan at the benchmark 4.35 % was refused.

The benchmark had three term tiers from 2014-11-22 on (一年以内（含一年）, 一至五年（含五年）, 五年以上);
the series starts there, which covers the earliest policy version the release carries
(2015-01-01, the start of 扶贫小额信贷 under 国开办发〔2014〕78号).  A county that keeps versions from
before that date adds the older, five-tier rates itself.  Source: the PBOC's announcements of the
benchmark rate changes (金融机构人民币贷款基准利率调整表), figures in basis points:
"""

VERSION = 21

#: from, ≤ 1 year, 1–5 years, > 5 years (bp)
BENCHMARK = [
    ("2014-11-22", 560, 600, 615),
    ("2015-03-01", 535, 575, 590),
    ("2015-05-11", 510, 550, 565),
    ("2015-06-28", 485, 525, 540),
    ("2015-08-26", 460, 500, 515),
    ("2015-10-24", 435, 475, 490),  # unchanged until the LPR reform of 2019-08-20
]


def upgrade(conn) -> None:
    for start, one, five, beyond in BENCHMARK:
        for code, bp in (("pbc_1y", one), ("pbc_1_5y", five), ("pbc_5y_plus", beyond)):
            conn.execute(
                "INSERT OR IGNORE INTO ref_base_rate(code, effective_from, rate_bp) VALUES (?, ?, ?)", (code, start, bp)
            )
