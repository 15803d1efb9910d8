"""CLI commands, one module each; app/cli.py discovers every module with a `register` function."""
