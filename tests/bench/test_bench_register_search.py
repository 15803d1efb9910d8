"""bench/bench_register_search.py runs end to end on a small demo register, compares the working
tree's search with a git revision's, and leaves the register it was given as it was."""

import hashlib

from bench import bench_register_search


def test_the_register_search_bench_compares_before_and_after_without_writing_the_register(demo_ws, db_path, capsys):
    demo_ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    demo_ws.close()
    digest = hashlib.sha256(db_path.read_bytes()).hexdigest()
    code = bench_register_search.main(
        ["--db", str(db_path), "--rounds", "1", "--before", "HEAD", "--create-index", "--only", "loans,sessions"]
    )
    out = capsys.readouterr().out
    assert code == 0, out
    assert "same first screen and whole list, in the same order, before and after: yes" in out
    assert "bank, purpose lead an index" in out
    assert out.count("all queries: wall p50") == 4  # before and after, two registers
    assert out.count("whole list (on the worker, after the first screen)") == 2
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == digest
