"""Forms: the FormDialog framework (base.py) and the registers' add / edit dialogs."""
