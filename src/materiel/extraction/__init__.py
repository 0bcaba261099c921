"""From a Document to a Report: the spaCy pipeline with materiel's components, then mentions, frames,
cues, discourse and events (`pipeline.Extractor` runs them in that order). Named `extraction`, not
`extract`: a subpackage `materiel.extract` would shadow the public function `materiel.extract()`."""
