"""Bytes and URLs to Documents: the readers (text, HTML, PDF, JSON Lines, feeds), fetching URLs behind the
network guard, publishers, and the size limits."""
