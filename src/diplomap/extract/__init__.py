"""Extraction stages (actors, events, dates, modality, framing) — built on the loader here."""
