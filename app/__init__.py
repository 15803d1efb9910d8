"""Dual-Base Ledger (双基台账): the register of a Qinghai dual-base linkage office.

`app/` holds the domain and the use cases; it never imports Qt (DESIGN §2).
"""

__version__ = "0.1.0"
