package compare

// alignNames groups the names of people and organisations in a role
// across sources.
func alignNames(list []statement) []Finding { return singles(list) }
