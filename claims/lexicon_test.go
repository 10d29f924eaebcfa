package claims

import (
	"errors"
	"strings"
	"testing"
)

// TestLoadTopicsErrors checks that malformed topic data is refused with
// the file and line of the fault.
func TestLoadTopicsErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"no colon", "visit trip\n", "extra.txt:1: want CLASS: form, form"},
		{"form in two classes", "# comment\nzorb: zorb, quaffle\nblorb: blorb, quaffle\n", `extra.txt:3: "quaffle" is already in class "zorb"`},
		{"phrase in two classes", "zorb: big zorb day\nblorb: big zorb day\n", `extra.txt:2: "big zorb day" is already in class "zorb"`},
		{"unknown class marked", "@entity: nosuchclass\n", `extra.txt:1: unknown class "nosuchclass"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lex := MustDefaultLexicon()
			err := lex.LoadTopics(strings.NewReader(tc.data), "extra.txt")
			var de *DataError
			if !errors.As(err, &de) || err.Error() != tc.want {
				t.Errorf("LoadTopics(%q) = %v, want %s", tc.data, err, tc.want)
			}
		})
	}
}

// TestLoadTopicsExtends checks that topics loaded on top of the embedded
// data are used by extraction.
func TestLoadTopicsExtends(t *testing.T) {
	lex := MustDefaultLexicon()
	if err := lex.LoadTopics(strings.NewReader("regatta: regatta, boat race\n"), "extra.txt"); err != nil {
		t.Fatal(err)
	}
	cs := NewExtractor(lex).Extract(Document{Path: "t", Text: []byte("It was the 150th boat race on the river.")})
	if len(cs) != 1 || cs[0].Key() != "regatta/ordinal" {
		t.Errorf("claims %+v, want one regatta/ordinal", cs)
	}
}
