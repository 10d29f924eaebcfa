package compare

import (
	"testing"

	"github.com/factcheck/factcheck/claims"
)

// TestAlignQuotes checks how quotes of one utterance are paired and
// judged, on short articles written for the test.
func TestAlignQuotes(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		path  string // the source and the start of the quote to look up
		quote string
		want  string
	}{
		{"same words agree",
			[]string{`"We will rebuild the bridge," Ana Costa said.`, `“We will rebuild the bridge,” said Mayor Ana Costa.`},
			"a.txt", "We will", "agree a.txt:We will rebuild the bridge b.txt:We will rebuild the bridge"},
		{"a fragment of the full quote agrees",
			[]string{`"We will rebuild the bridge before winter," Ana Costa said.`, `Ana Costa vowed to "rebuild the bridge" soon.`},
			"b.txt", "rebuild", "agree a.txt:We will rebuild the bridge before winter b.txt:rebuild the bridge"},
		{"other wording is a variant",
			[]string{`"We will rebuild the bridge before winter," Ana Costa said.`, `"We are going to rebuild the bridge before the winter," Ms Costa told reporters.`},
			"a.txt", "We will", "variant a.txt:We will rebuild the bridge before winter b.txt:We are going to rebuild the bridge before the winter (the sources word the quote differently)"},
		{"a surname and a full name are one speaker",
			[]string{`Mayor Ana Costa spoke. "We will rebuild the bridge," Costa said.`, `"We will rebuild the bridge," Ana Costa said.`},
			"a.txt", "We will", "agree a.txt:We will rebuild the bridge b.txt:We will rebuild the bridge"},
		{"the same words from two named people conflict",
			[]string{`"We will rebuild the bridge before winter," Ana Costa said.`, `"We will rebuild the bridge before winter," Rui Alves said.`},
			"a.txt", "We will", "conflict a.txt:We will rebuild the bridge before winter b.txt:We will rebuild the bridge before winter (the words are put to different people: Ana Costa, Rui Alves)"},
		{"a speaker guessed from a pronoun conflicts with no one",
			[]string{`Rui Alves arrived. "We will rebuild the bridge before winter," he said.`, `"We will rebuild the bridge before winter," Ana Costa said.`},
			"a.txt", "We will", "agree a.txt:We will rebuild the bridge before winter b.txt:We will rebuild the bridge before winter"},
		{"one shared word is not one utterance",
			[]string{`Ana Costa called it a "new phase".`, `"Now we need a new road," Ana Costa said.`},
			"a.txt", "new phase", "single a.txt:new phase"},
		{"different utterances of one speaker stay apart",
			[]string{`"The water is falling," Ana Costa said.`, `"We expect the schools to open on Friday," Ana Costa said.`},
			"a.txt", "The water", "single a.txt:The water is falling"},
		{"each quote meets its own",
			[]string{`"The water is falling," Ana Costa said. "We expect the schools to open on Friday," she added.`,
				`"We expect schools to reopen on Friday," Ana Costa said. "The water level is falling," she said.`},
			"a.txt", "We expect", "variant a.txt:We expect the schools to open on Friday b.txt:We expect schools to reopen on Friday (the sources word the quote differently)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep := alignTexts(t, claims.CalendarDate{}, tc.texts...)
			if got := findingOf(rep, tc.path, tc.quote); got != tc.want {
				t.Errorf("finding of %s %q:\n got %s\nwant %s", tc.path, tc.quote, got, tc.want)
			}
		})
	}
}

// TestQuoteDiffs checks that a variant carries the word-level difference
// of each claim worded otherwise than the first.
func TestQuoteDiffs(t *testing.T) {
	rep := alignTexts(t, claims.CalendarDate{},
		`"We will rebuild the bridge," Ana Costa said.`,
		`"We will rebuild the old bridge," Ana Costa said.`,
		`"We will rebuild the bridge," Ana Costa said.`)
	for _, f := range rep.Findings {
		if f.Kind != claims.Quote {
			continue
		}
		if f.Status != Variant || len(f.Diffs) != 3 || f.Diffs[0] != nil || f.Diffs[2] != nil {
			t.Fatalf("finding %v with diffs %v: want a variant with a diff for b.txt only", f.Status, f.Diffs)
		}
		want := []Edit{{Equal, "We will rebuild the"}, {Insert, "old"}, {Equal, "bridge"}}
		if got := f.Diffs[1]; len(got) != len(want) || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
			t.Errorf("diff of b.txt = %v, want %v", got, want)
		}
		return
	}
	t.Fatal("no quote finding")
}
