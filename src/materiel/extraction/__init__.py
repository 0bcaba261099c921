"""(Named extraction, not extract: `materiel.extract` is the public function.) From a Document to a Report: the spaCy pipeline with materiel's components, then mentions, frames, cues,
discourse and events (`pipeline.Extractor` runs them in that order)."""
