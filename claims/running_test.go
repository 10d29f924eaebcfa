package claims

import (
	"errors"
	"strings"
	"testing"
)

// runningTests give a sentence, the key and value of one of its claims,
// and whether the wording marks that figure as a running tally. The cases
// come in pairs: the cue, then the same figure without it.
var runningTests = []struct {
	name, in, key, value string
	want                 bool
}{
	{"rose to", "The death toll rose to 45 on Sunday.", "kill/count", "45", true},
	{"has risen to", "The death toll has risen to 45.", "kill/count", "45", true},
	{"has climbed to", "The death toll has climbed to 45.", "kill/count", "45", true},
	{"climbed to, hedged", "The toll climbed to more than 45.", "kill/count", "more than 45", true},
	{"toll is", "The death toll is 45.", "kill/count", "45", false},
	{"has reached", "The number of dead has reached 45.", "kill/count", "45", true},
	{"now stands at", "The death toll now stands at 45.", "kill/count", "45", true},
	{"at least", "At least 45 people have died.", "kill/count", "at least 45 people", true},
	{"more than", "More than 45 people have died.", "kill/count", "more than 45 people", false},
	{"so far, before", "So far, 45 people have died.", "kill/count", "45 people", true},
	{"so far, after", "45 people have been confirmed dead so far.", "kill/count", "45 people", true},
	{"as of", "As of Tuesday evening, 45 people had died.", "kill/count", "45 people", true},
	{"to date", "The fire has destroyed 45 homes to date.", "house/count", "45 homes", true},
	{"no cue", "The storm killed 45 people on Sunday.", "kill/count", "45 people", false},
	{"amount so far", "Donors have pledged $45 million so far.", "donation/amount", "USD 45 million", true},
	{"amount", "Donors have pledged $45 million.", "donation/amount", "USD 45 million", false},
	// A cue of the other figure of the sentence, or across a semicolon.
	{"cue of a later figure", "Officials said 32 people died by Monday, but the toll rose to 45 on Tuesday.", "kill/count", "32 people", false},
	{"across a semicolon", "Officials said 32 people died; so far no one is missing.", "kill/count", "32 people", false},
	{"cue too far", "So far, officials who reached the remote valley on foot late on Monday said 32 people had died.", "kill/count", "32 people", false},
	// Only counts and amounts are tallies.
	{"a duration is no tally", "The strike has lasted 12 days so far.", "strike/duration", "12 days", false},
	{"an earlier figure is no tally", "The toll so far is 45, up from 32.", "kill/previous count", "32", false},
}

func TestRunning(t *testing.T) {
	x := NewExtractor(MustDefaultLexicon())
	for _, tc := range runningTests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, c := range x.Extract(Document{Path: "t.txt", Text: []byte(tc.in)}) {
				got = append(got, c.Key()+"="+c.Value.String())
				if c.Key() == tc.key && c.Value.String() == tc.value {
					if c.Running != tc.want {
						t.Errorf("Extract(%q): %s=%s Running = %v, want %v", tc.in, c.Key(), c.Value, c.Running, tc.want)
					}
					return
				}
			}
			t.Errorf("Extract(%q) = %q, want a claim %s=%s", tc.in, got, tc.key, tc.value)
		})
	}
}

// TestRunningCueData checks that a running cue must say where it stands.
func TestRunningCueData(t *testing.T) {
	lex := &Lexicon{words: map[string]wordInfo{}, phrases: map[string][]phrase{}}
	err := lex.loadWords(strings.NewReader("running so_far\n"), "words.txt")
	var de *DataError
	if !errors.As(err, &de) || !strings.Contains(err.Error(), `words.txt:1: running cue "so_far": want before or near`) {
		t.Errorf("loadWords(running so_far) = %v, want an error naming the line and the cue", err)
	}
}
