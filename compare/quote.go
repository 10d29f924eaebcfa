package compare

// alignQuotes groups the quotes of one utterance across sources.
func alignQuotes(list []statement) []Finding { return singles(list) }
