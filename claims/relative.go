package claims

import (
	"strconv"
	"time"
)

// complete reports whether d names one day.
func (d CalendarDate) complete() bool { return d.CalendarWeekday() != 0 }

// addDays returns the day n days after d, which must be complete.
func (d CalendarDate) addDays(n int) CalendarDate {
	t := time.Date(d.Year, time.Month(d.Month), d.Day, 12, 0, 0, 0, time.UTC).AddDate(0, 0, n)
	return CalendarDate{Year: t.Year(), Month: int(t.Month()), Day: t.Day(), Weekday: (int(t.Weekday())+6)%7 + 1}
}

// addMonths returns the month n months after d's, as year and month.
func (d CalendarDate) addMonths(n int) CalendarDate {
	m := d.Year*12 + d.Month - 1 + n
	return CalendarDate{Year: m / 12, Month: m%12 + 1}
}

// relative reads a date written relative to the day of publication:
// "yesterday", "last night", "last year", "this month", "next year". It is
// resolved when the publication date is known, and kept in words
// otherwise. A period ("last year", "this month") dates the event named
// right after it or by the sentence's frame, not any event word nearby: it
// is as often the time of a background fact as of the story's.
func (d *docState) relative(i, a, b int) (parsed, bool) {
	w := d.lower(i)
	off := int(d.x.lex.words[w].card)
	p := parsed{Value: Value{Kind: Date}, start: i, end: i + 1, num: i, attr: "date"}
	pub := d.pub
	switch w {
	case "yesterday", "tomorrow":
		if pub.complete() {
			p.Date = pub.addDays(off)
		} else {
			p.Date.Relative = w
		}
		return p, true
	}
	// last/this/next: only as a date, not "the last year" (a period) or
	// "this agreement"
	if i+1 >= b || i > a && d.is(i-1, "the", "a", "its", "their", "his", "her", "past", "over", "for") {
		return parsed{}, false
	}
	period := d.lower(i + 1)
	p.end, p.relative = i+2, period != "night"
	switch {
	case period == "night" && w == "last":
		if pub.complete() {
			p.Date = pub.addDays(-1)
		} else {
			p.Date.Relative = "yesterday"
		}
	case period == "year" && pub.Year != 0:
		p.Date.Year = pub.Year + off
	case period == "month" && pub.Year != 0 && pub.Month != 0:
		p.Date = pub.addMonths(off)
	case period == "year" || period == "month":
		p.Date.Relative = w + " " + period
	default:
		return parsed{}, false
	}
	return p, true
}

// ago makes p, a duration followed by "ago", the date that long before
// publication: "two days ago" a day, "two months ago" a month, "three
// years ago" a year. Weeks and days are counted in days.
func (d *docState) ago(p *parsed) {
	secs, pub := p.Num, d.pub
	p.Kind, p.attr, p.Unit, p.Num, p.Num2, p.Precision = Date, "date", "", 0, 0, 0
	p.Date = CalendarDate{}
	switch {
	case secs < Month-Day && pub.complete():
		p.Date = pub.addDays(-int(secs/Day + 0.5))
	case secs >= Month-Day && secs < Year-Day && pub.Year != 0 && pub.Month != 0:
		p.Date = pub.addMonths(-int(secs/Month + 0.5))
	case secs >= Year-Day && pub.Year != 0:
		p.Date.Year = pub.Year - int(secs/Year+0.5)
	default:
		n, unit := durationUnit(secs, 0)
		p.Date.Relative = strconv.FormatFloat(secs/n, 'f', -1, 64) + " " + unit + "s ago"
	}
}

// resolveWeekday gives a weekday alone ("on Monday") the date it names:
// the last such day on or before publication, or the next one after it
// when the sentence speaks of what will happen ("will meet on Monday").
func (d *docState) resolveWeekday(p *parsed, a int) {
	dt := p.Date
	if dt.Weekday == 0 || dt.Day != 0 || dt.Month != 0 || dt.Year != 0 || !d.pub.complete() {
		return
	}
	back := (d.pub.CalendarWeekday() - dt.Weekday + 7) % 7
	if d.future(p.start, a) {
		p.Date = d.pub.addDays((dt.Weekday-d.pub.CalendarWeekday()+6)%7 + 1)
		return
	}
	p.Date = d.pub.addDays(-back)
}

// future reports whether the words before token i in the sentence from a
// speak of the future: "will", "is due to", "plans to", "next".
func (d *docState) future(i, a int) bool {
	for k := max(a, i-8); k < i; k++ {
		if d.is(k, "will", "shall", "due", "scheduled", "expected", "plans", "planned", "set", "next", "upcoming", "later") {
			return true
		}
	}
	return false
}
