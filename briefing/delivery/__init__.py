"""Delivery: the send ledger, the transports (outbox, SMTP) and the batch that uses them."""
