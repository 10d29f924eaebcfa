package claims

import "strings"

// clockTime reads a time of day at the number p starts with: "12:50",
// "1:20 pm", "1.20pm", "6pm", "6 p.m.", "0847 GMT", with a time zone after
// it ("local time", "GMT"). A bare number is a time only with "am"/"pm" or
// a zone after it.
func (d *docState) clockTime(p parsed, b int) (parsed, bool) {
	i := p.num
	if d.toks[i].kind != tNum {
		return parsed{}, false
	}
	raw := string(d.bytes(i))
	h, m, j := -1, 0, i+1
	switch {
	case j+1 < b && d.is(j, ":") && !d.toks[j].space && !d.toks[j+1].space && d.toks[j+1].kind == tNum && len(d.bytes(j+1)) == 2:
		h, m = atoi(raw), atoi(string(d.bytes(j+1)))
		j += 2
		if h < 0 || m < 0 {
			return parsed{}, false // "0,0:00": digits with separators
		}
		if q, ok := d.stopwatch(p, h, m, j, b); ok {
			return q, true
		}
		if j < b && !d.toks[j].space && !d.meridiemAt(j, b) && (d.toks[j].kind != tPunct || d.is(j, "-", ":", "/")) {
			return parsed{}, false // "2:23-cr-00417": a case number
		}
	case len(raw) == 4 && strings.IndexByte(raw, '.') == 1 || len(raw) == 5 && strings.IndexByte(raw, '.') == 2:
		// "1.20pm", "10.45am": the British form, only with am/pm after
		hh, mm, _ := strings.Cut(raw, ".")
		if !d.meridiemAt(j, b) {
			return parsed{}, false
		}
		h, m = atoi(hh), atoi(mm)
		if h < 0 || m < 0 {
			return parsed{}, false
		}
	case len(raw) <= 2:
		if !d.meridiemAt(j, b) {
			return parsed{}, false
		}
		h = atoi(raw)
	case len(raw) == 4 && !strings.ContainsAny(raw, ".,"):
		// "0847 GMT": the wire form, only with a zone after
		if zone, _ := d.zoneAt(j, b); zone == "" {
			return parsed{}, false
		}
		h, m = atoi(raw[:2]), atoi(raw[2:])
	}
	if h < 0 || h > 24 || m < 0 || m > 59 {
		return parsed{}, false
	}
	if d.meridiemAt(j, b) {
		if h == 0 || h > 12 {
			return parsed{}, false
		}
		pm := d.x.lex.words[d.lower(j)].name == "pm"
		switch {
		case pm && h < 12:
			h += 12
		case !pm && h == 12:
			h = 0
		}
		j++
	}
	p.Value = Value{Kind: Time, Num: float64(h*60 + m)}
	p.attr, p.end = "time", j
	if zone, end := d.zoneAt(j, b); zone != "" {
		p.Unit, p.end = zone, end
	}
	p.end = d.bracketed(p.end, b, func(q parsed) bool { return q.Kind == Time }) // "(0847 GMT)"
	return p, true
}

// stopwatch reads a race time, "2:05:48" (hours, minutes, seconds) or
// "62:40" (minutes and seconds, more than a day's hours), as a duration.
// h and m are the first two numbers; the third, if any, is at j.
func (d *docState) stopwatch(p parsed, h, m, j, b int) (parsed, bool) {
	secs := -1
	switch {
	case j+1 < b && d.is(j, ":") && !d.toks[j].space && !d.toks[j+1].space && d.toks[j+1].kind == tNum && len(d.bytes(j+1)) == 2:
		secs = h*3600 + m*60 + atoi(string(d.bytes(j+1)))
		if m > 59 || atoi(string(d.bytes(j+1))) > 59 {
			return parsed{}, false
		}
		j += 2
	case h > 24 && m <= 59 && !d.meridiemAt(j, b):
		secs = h*60 + m
	default:
		return parsed{}, false
	}
	p.Value = Value{Kind: Duration, Num: float64(secs), Unit: "s"}
	p.attr, p.end = "duration", j
	return p, true
}

// meridiemAt reports whether token j is "am" or "pm".
func (d *docState) meridiemAt(j, b int) bool { return j < b && d.toks[j].roles&rMeridiem != 0 }

// zoneAt returns the time zone written at token j, "local time" or "GMT",
// and the index after it.
func (d *docState) zoneAt(j, b int) (string, int) {
	if j >= b || d.toks[j].kind != tWord {
		return "", j
	}
	if j+1 < b {
		for _, ph := range d.x.lex.phrases[d.lower(j+1)] {
			if ph.role == rZone && len(ph.words) == 2 && d.lower(j) == ph.words[0] {
				return ph.name, j + 2
			}
		}
	}
	if d.toks[j].roles&rZone != 0 {
		// Zone abbreviations are written in capitals: "ET", not "et".
		if raw := d.bytes(j); len(raw) <= 4 && strings.ToUpper(string(raw)) != string(raw) && d.lower(j) != "local" {
			return "", j
		}
		return d.x.lex.words[d.lower(j)].name, j + 1
	}
	return "", j
}

// atoi reads a short run of digits; it returns -1 for anything else.
func atoi(s string) int {
	if s == "" || len(s) > 4 {
		return -1
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return -1
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}
