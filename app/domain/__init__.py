"""Domain objects and rules: plain dataclasses and validation, no Qt, no SQL."""
