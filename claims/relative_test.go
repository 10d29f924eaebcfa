package claims

import "testing"

// TestRelativeDates checks that dates written relative to publication are
// resolved against it, and kept in words without it.
func TestRelativeDates(t *testing.T) {
	x := NewExtractor(MustDefaultLexicon())
	pub := CalendarDate{Year: 2025, Month: 10, Day: 15} // a Wednesday
	tests := []struct {
		name, text string
		pub        CalendarDate
		want       string // the first date claim's value, "" for none
	}{
		{"weekday before publication", "The ship ran aground on Monday.", pub, "Monday 13 October 2025"},
		{"weekday of publication", "The ship ran aground on Wednesday.", pub, "Wednesday 15 October 2025"},
		{"weekday after a future verb", "The inquiry will open on Monday.", pub, "Monday 20 October 2025"},
		{"yesterday", "The ship ran aground yesterday.", pub, "Tuesday 14 October 2025"},
		{"last night", "The ship ran aground last night.", pub, "Tuesday 14 October 2025"},
		{"days ago", "The ship was inspected three days ago.", pub, "Sunday 12 October 2025"},
		{"months ago", "The ship was inspected two months ago.", pub, "August 2025"},
		{"years ago", "The ship was built 12 years ago.", pub, "2013"},
		{"last year's event", "It was bigger than last year's summit.", pub, "2024"},
		{"next month's event", "Next month's summit is in Lima.", pub, "November 2025"},
		{"no publication date", "The ship ran aground on Monday.", CalendarDate{}, "Monday"},
		{"unresolved yesterday", "The ship ran aground yesterday.", CalendarDate{}, "yesterday"},
		{"unresolved ago", "The ship was inspected two months ago.", CalendarDate{}, "2 months ago"},
		{"unresolved last year", "It was bigger than last year's summit.", CalendarDate{}, "last year"},
		{"a period, not a date", "Sales rose over the last year.", pub, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			for _, c := range x.Extract(Document{Path: "a.txt", Text: []byte(tc.text), Published: tc.pub}) {
				if c.Value.Kind == Date {
					got = c.Value.String()
					break
				}
			}
			if got != tc.want {
				t.Errorf("Extract(%q) published %v: date %q, want %q", tc.text, tc.pub, got, tc.want)
			}
		})
	}
}
