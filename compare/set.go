package compare

// alignSets groups the sets of items across sources.
func alignSets(list []statement) []Finding { return singles(list) }
