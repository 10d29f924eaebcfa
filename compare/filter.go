package compare

// summarize counts findings by status.
func summarize(findings []Finding) Summary {
	var s Summary
	for _, f := range findings {
		switch f.Status {
		case Agree:
			s.Agree++
		case Compatible:
			s.Compatible++
		case Conflict:
			s.Conflict++
		case Variant:
			s.Variant++
		case Single:
			s.Single++
		}
	}
	return s
}

// Without returns the report with the findings for which drop returns
// true left out and the summary counted again. The sources, and the order
// of the findings kept, are those of r; r itself is not changed.
func (r Report) Without(drop func(Finding) bool) Report {
	out := Report{Sources: r.Sources}
	for _, f := range r.Findings {
		if !drop(f) {
			out.Findings = append(out.Findings, f)
		}
	}
	out.Summary = summarize(out.Findings)
	return out
}
