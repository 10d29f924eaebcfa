package compare

import (
	"regexp"
	"testing"

	"github.com/factcheck/factcheck/claims"
)

var hex32 = regexp.MustCompile(`^[0-9a-f]{32}$`)

func TestFingerprint(t *testing.T) {
	a := mkClaim("a.txt", "kill", "count", count(12, claims.Exact), "12 people")
	b := mkClaim("b.txt", "kill", "count", count(15, claims.Exact), "15 people")
	moved := a
	moved.Line, moved.Column, moved.Span = 40, 7, [2]int{900, 909}
	base := Finding{Key: "kill/count", Topic: "kill", Attribute: "count", Kind: claims.Count, Status: Conflict, Claims: []claims.Claim{a, b}}
	with := func(edit func(f *Finding)) Finding {
		f := base
		f.Claims = append([]claims.Claim(nil), base.Claims...)
		edit(&f)
		return f
	}
	tests := []struct {
		name string
		f    Finding
		same bool
	}{
		{"claims in the other order", with(func(f *Finding) { f.Claims = []claims.Claim{b, a} }), true},
		{"moved to another line", with(func(f *Finding) { f.Claims[0] = moved }), true},
		{"a value repeated by one source", with(func(f *Finding) { f.Claims = append(f.Claims, moved) }), true},
		{"path written another way", with(func(f *Finding) { f.Claims[0].Source = "./a.txt" }), true},
		{"another status", with(func(f *Finding) { f.Status = Compatible }), true},
		{"another value", with(func(f *Finding) { f.Claims[1].Value = count(16, claims.Exact) }), false},
		{"another source", with(func(f *Finding) { f.Claims[1].Source = "c.txt" }), false},
		{"a third source", with(func(f *Finding) {
			f.Claims = append(f.Claims, mkClaim("c.txt", "kill", "count", count(12, claims.Exact), "12"))
		}), false},
		{"another key", with(func(f *Finding) { f.Key = "injure/count" }), false},
	}
	want := Fingerprint(base)
	if !hex32.MatchString(want) {
		t.Fatalf("Fingerprint = %q, want 32 hexadecimal digits", want)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Fingerprint(tc.f)
			if (got == want) != tc.same {
				t.Errorf("Fingerprint = %s, base %s; want same = %v", got, want, tc.same)
			}
		})
	}
}
