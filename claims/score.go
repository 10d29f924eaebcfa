package claims

// score reads a result or a tally at the number p, which ends at end: "3-1",
// "won 3–1", "62 votes to 38". "10-12" is a range unless a word of a result
// is near ("won 10-12"); a year span "2015-16" is neither.
func (d *docState) score(p parsed, end, a, b int) (parsed, bool) {
	n := p.Num
	if d.toks[p.num].kind != tNum || !small(string(d.bytes(p.num))) {
		return parsed{}, false
	}
	// "3-1", "3–1", "3 – 1"
	if end+1 < b && d.is(end, "-", "–") && d.toks[end+1].kind == tNum && small(string(d.bytes(end+1))) &&
		(d.is(end, "–") || !d.toks[end].space && !d.toks[end+1].space) {
		m := float64(atoi(string(d.bytes(end + 1))))
		if n < m && !d.scoreCueNear(p.start, end+2, a, b) {
			return parsed{}, false
		}
		p.Value = Value{Kind: Score, Num: max(n, m), Num2: min(n, m)}
		p.attr, p.end = "score", end+2
		return p, true
	}
	// "62 votes to 38", "by 312 votes to 287"
	if end+2 < b && d.toks[end].kind == tWord && d.toks[end].roles&(rStop|rUnit|rMeasure|rCurrency) == 0 &&
		d.is(end+1, "to") && d.toks[end+2].kind == tNum && small(string(d.bytes(end+2))) {
		m := float64(atoi(string(d.bytes(end + 2))))
		p.Value = Value{Kind: Score, Num: max(n, m), Num2: min(n, m), Noun: d.lower(end)}
		p.attr, p.end = "score", end+3
		return p, true
	}
	return parsed{}, false
}

// small reports whether raw is a whole number of at most three digits, as
// goals, points and votes of a chamber are written.
func small(raw string) bool { return len(raw) <= 3 && atoi(raw) >= 0 }

// scoreCueNear reports whether a word of a result ("won", "victory",
// "draw") is within four words before [i, j) or two after it.
func (d *docState) scoreCueNear(i, j, a, b int) bool {
	for k := max(a, i-4); k < min(b, j+2); k++ {
		if d.toks[k].roles&rScoreCue != 0 {
			return true
		}
	}
	return false
}
