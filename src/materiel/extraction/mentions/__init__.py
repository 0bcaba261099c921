"""Mentions in a parsed sentence: quantities, dates (timex), items and actors (resolve)."""
