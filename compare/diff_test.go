package compare

import (
	"fmt"
	"slices"
	"testing"
)

func TestWordDiff(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       []Edit
	}{
		{"same words", "to shop.", "to shop.", []Edit{{Equal, "to shop."}}},
		{"one word replaced", "make correct strategic choices", "make the right strategic choices",
			[]Edit{{Equal, "make"}, {Delete, "correct"}, {Insert, "the right"}, {Equal, "strategic choices"}}},
		{"case and apostrophes are equal, b's spelling kept", "We didn't Come", "we didn’t come",
			[]Edit{{Equal, "we didn’t come"}}},
		{"punctuation is a word of its own", "shop.", "shop, now",
			[]Edit{{Equal, "shop"}, {Delete, "."}, {Insert, ", now"}}},
		{"hyphenated word is one word", "a four-day visit", "a three-day visit",
			[]Edit{{Equal, "a"}, {Delete, "four-day"}, {Insert, "three-day"}, {Equal, "visit"}}},
		{"fragment inside a fuller quote", "took their retirements", "You took their retirements, their funds",
			[]Edit{{Insert, "You"}, {Equal, "took their retirements"}, {Insert, ", their funds"}}},
		{"empty", "", "words", []Edit{{Insert, "words"}}},
		{"both empty", "", "", nil},
		{"accented letters", "Nguyễn Văn An", "Nguyen Van An",
			[]Edit{{Delete, "Nguyễn Văn"}, {Insert, "Nguyen Van"}, {Equal, "An"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := WordDiff(tc.a, tc.b); !slices.Equal(got, tc.want) {
				t.Errorf("WordDiff(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

func TestPrivateRune(t *testing.T) {
	seen := map[rune]bool{}
	for n := range 0x1900 + 10 {
		r := privateRune(n)
		if seen[r] || r >= 0xD800 && r <= 0xDFFF {
			t.Fatalf("privateRune(%d) = %U: repeated or a surrogate", n, r)
		}
		seen[r] = true
	}
	if r := privateRune(1 << 30); r != 0x10FFFD {
		t.Errorf("privateRune(huge) = %U, want U+10FFFD", r)
	}
}

func ExampleWordDiff() {
	for _, e := range WordDiff("make correct strategic choices", "make the right strategic choices") {
		fmt.Printf("%s %q\n", e.Op, e.Text)
	}
	// Output:
	// equal "make"
	// delete "correct"
	// insert "the right"
	// equal "strategic choices"
}
