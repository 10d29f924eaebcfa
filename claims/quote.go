package claims

// quotes adds a claim for each direct quote, attributed to its speaker.
func (d *docState) quotes(sents [][2]int) {}
