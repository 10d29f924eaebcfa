package compare

import (
	"cmp"
	"slices"
	"strings"

	"github.com/factcheck/factcheck/claims"
)

// Quotes are paired when they are one utterance: their speakers may be the
// same person and enough of their words come in the same order. Two
// sources quoting one person alike agree, as does a source quoting a
// fragment of what another quotes in full; different wording is a
// variant; the same words put in the mouths of two different named people
// are a conflict.

// Thresholds of quote pairing: the share of the shorter quote's words that
// the longest common subsequence of words must cover, for speakers that
// may be the same person, and for two different named people.
const (
	quoteAlike     = 0.6
	quoteMisquoted = 0.8
	// misquotedWords is the least number of common words for words of two
	// different people to count as one utterance.
	misquotedWords = 5
)

// alignQuotes groups the quotes of one utterance across sources.
func alignQuotes(list []statement) []Finding {
	var pairs []pair
	for i := range list {
		for j := i + 1; j < len(list); j++ {
			if list[i].src == list[j].src {
				continue
			}
			if sim, ok := quotePair(list[i].claims[0], list[j].claims[0]); ok {
				pairs = append(pairs, pair{i: i, j: j, sim: sim, tie: canonicalPair(list[i], list[j])})
			}
		}
	}
	slices.SortFunc(pairs, func(a, b pair) int { return cmp.Or(cmp.Compare(b.sim, a.sim), cmp.Compare(a.tie, b.tie)) })
	var out []Finding
	// Groups join by any one pair, so that a fragment, the full quote and
	// another outlet's paraphrase of it meet though the fragment and the
	// paraphrase share few words.
	for _, g := range joinPairs(list, pairs, nil) {
		if len(g) == 1 {
			out = append(out, textFinding(g, Single, ""))
			continue
		}
		status, note := quoteVerdict(g)
		out = append(out, textFinding(g, status, note))
	}
	return out
}

// quotePair reports whether two quotes may be one utterance, and how
// alike their words are (the share of the shorter quote's words in their
// longest common subsequence).
func quotePair(a, b claims.Claim) (float64, bool) {
	wa, wb := a.Value.Items, b.Value.Items
	common := lcs(wa, wb)
	shorter := min(len(wa), len(wb))
	if shorter == 0 {
		return 0, false
	}
	sim := float64(common) / float64(shorter)
	// One shared word is not enough unless a quote is that word, and the
	// words shared must include half the content words of the quote with
	// fewer ("the shot of a lifetime" and "the role of a mediator" share
	// only function words).
	if common < 2 && shorter > 1 {
		return sim, false
	}
	if ca, cb := a.Context, b.Context; len(ca) > 0 && len(cb) > 0 {
		if n := shared(ca, cb); n == 0 || 2*n < min(len(ca), len(cb)) {
			return sim, false
		}
	} else if a.Value.Text != b.Value.Text {
		return sim, false
	}
	switch speakers(a, b) {
	case sameSpeaker:
		return sim, sim >= quoteAlike
	case unknownSpeaker:
		return sim, sim >= quoteAlike && (common >= 2 || a.Value.Text == b.Value.Text)
	}
	return sim, sim >= quoteMisquoted && common >= misquotedWords
}

// quoteVerdict gives the status of a group of quotes of one utterance.
func quoteVerdict(g []statement) (Status, string) {
	status := Agree
	var others []string
	for i, a := range g {
		for _, b := range g[i+1:] {
			if a.src == b.src {
				continue
			}
			ca, cb := a.claims[0], b.claims[0]
			switch {
			case speakers(ca, cb) == otherSpeaker:
				status = Conflict
				others = append(others, ca.Subject, cb.Subject)
			case contained(ca.Value.Items, cb.Value.Items) || contained(cb.Value.Items, ca.Value.Items):
			default:
				status = max(status, Variant)
			}
		}
	}
	switch status {
	case Conflict:
		slices.Sort(others)
		return Conflict, "the words are put to different people: " + strings.Join(slices.Compact(others), ", ")
	case Variant:
		return Variant, "the sources word the quote differently"
	}
	return Agree, ""
}

// The ways two quotes' speakers stand to each other.
const (
	sameSpeaker    = iota // the same name, or names sharing a word
	unknownSpeaker        // one or both not named
	otherSpeaker          // two different named people
)

// speakers compares the speakers of two quotes. A speaker is named when
// its Subject is capitalised ("Xi Jinping"); a description ("chinese
// president") or none may be anyone.
func speakers(a, b claims.Claim) int {
	sa, sb := a.Subject, b.Subject
	if !named(sa) || !named(sb) {
		return unknownSpeaker
	}
	wa, wb := claims.FoldName(sa), claims.FoldName(sb)
	for _, w := range wa {
		if slices.Contains(wb, w) {
			return sameSpeaker
		}
	}
	if len(wa) < 2 || len(wb) < 2 {
		// "Seoul", "Reuters": a place or an outlet may stand for a
		// person; only two full names are told apart.
		return unknownSpeaker
	}
	return otherSpeaker
}

// named reports whether a speaker is a name rather than a description.
func named(s string) bool { return s != "" && s != strings.ToLower(s) }

// contained reports whether the words of a come, in order and together,
// in b: a fragment of a fuller quote.
func contained(a, b []string) bool {
	if len(a) == 0 || len(a) > len(b) {
		return false
	}
	for i := 0; i+len(a) <= len(b); i++ {
		if slices.Equal(a, b[i:i+len(a)]) {
			return true
		}
	}
	return false
}

// lcs returns the length of the longest common subsequence of two word
// lists.
func lcs(a, b []string) int {
	if len(a) < len(b) {
		a, b = b, a
	}
	row := make([]int, len(b)+1)
	for _, x := range a {
		diag := 0
		for j, y := range b {
			next := row[j+1]
			if x == y {
				row[j+1] = diag + 1
			} else {
				row[j+1] = max(row[j+1], row[j])
			}
			diag = next
		}
	}
	return row[len(b)]
}

// canonicalPair orders two statements' texts whatever the order of the
// sources, to break ties between equally alike pairs.
func canonicalPair(a, b statement) string {
	x, y := a.claims[0].Source+"\x00"+a.claims[0].Value.Text, b.claims[0].Source+"\x00"+b.claims[0].Value.Text
	if x > y {
		x, y = y, x
	}
	return x + "\x01" + y
}
