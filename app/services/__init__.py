"""Use cases over the register: each call validates with app/domain, writes through storage/ in one
transaction (record + history + audit), and raises DomainError subclasses — never opens a dialog."""
