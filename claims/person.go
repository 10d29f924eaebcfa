package claims

// names adds a claim for each name of a person or an organisation that
// the text gives in a role.
func (d *docState) names(sents [][2]int) {}
