"""Handoff to MRC counsellors: tickets, the relay outbox and the audit log (plain Python)."""
