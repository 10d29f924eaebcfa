package compare

import (
	"slices"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/claims"
)

// consensusTests give each source (a.txt, b.txt, ...) one value for one
// key, and the sources that make up the majority and the outliers.
var consensusTests = []struct {
	name               string
	values             []claims.Value
	status             Status
	majority, outliers []string
}{
	{"three, last departs", []claims.Value{count(12, claims.Exact), count(12, claims.Exact), count(15, claims.Exact)},
		Conflict, []string{"a.txt", "b.txt"}, []string{"c.txt"}},
	{"three, first departs", []claims.Value{count(15, claims.Exact), count(12, claims.Exact), count(12, claims.Exact)},
		Conflict, []string{"b.txt", "c.txt"}, []string{"a.txt"}},
	{"three, compatible majority", []claims.Value{count(40, claims.AtLeast), count(43, claims.Exact), count(20, claims.Exact)},
		Conflict, []string{"a.txt", "b.txt"}, []string{"c.txt"}},
	{"three different figures", []claims.Value{count(10, claims.Exact), count(20, claims.Exact), count(30, claims.Exact)},
		Conflict, nil, nil},
	{"two sets of two", []claims.Value{count(100, claims.About), count(95, claims.Exact), count(108, claims.Exact)},
		Conflict, nil, nil},
	{"four, one departs", []claims.Value{count(12, claims.Exact), count(12, claims.Exact), count(20, claims.Exact), count(12, claims.Exact)},
		Conflict, []string{"a.txt", "b.txt", "d.txt"}, []string{"c.txt"}},
	{"four, two depart differently", []claims.Value{count(12, claims.Exact), count(30, claims.Exact), count(12, claims.Exact), count(20, claims.Exact)},
		Conflict, []string{"a.txt", "c.txt"}, []string{"b.txt", "d.txt"}},
	{"four, two pairs", []claims.Value{count(12, claims.Exact), count(12, claims.Exact), count(20, claims.Exact), count(20, claims.Exact)},
		Conflict, nil, nil},
	// "at least 40" is compatible with 70 but the majority holds three.
	{"four, outlier compatible with one", []claims.Value{count(40, claims.AtLeast), count(43, claims.Exact), count(45, claims.About), count(70, claims.Exact)},
		Conflict, []string{"a.txt", "b.txt", "c.txt"}, []string{"d.txt"}},
	{"two sources", []claims.Value{count(12, claims.Exact), count(15, claims.Exact)}, Conflict, nil, nil},
	{"three compatible", []claims.Value{count(40, claims.AtLeast), count(43, claims.Exact), count(45, claims.About)}, Compatible, nil, nil},
}

func TestAlignConsensus(t *testing.T) {
	for _, tc := range consensusTests {
		t.Run(tc.name, func(t *testing.T) {
			var cs []claims.Claim
			for i, v := range tc.values {
				cs = append(cs, mkClaim(string(rune('a'+i))+".txt", "kill", "count", v, v.String(), "kill", "storm"))
			}
			rep := Align(sourcesOf(cs...), Options{})
			if len(rep.Findings) != 1 {
				t.Fatalf("Align(%v) gave %d findings, want 1:\n%s", tc.values, len(rep.Findings), dump(rep.Findings))
			}
			f := rep.Findings[0]
			if f.Status != tc.status || !slices.Equal(f.Majority, tc.majority) || !slices.Equal(f.Outliers, tc.outliers) {
				t.Errorf("Align(%v) = %v, majority %q, outliers %q; want %v, %q, %q",
					tc.values, f.Status, f.Majority, f.Outliers, tc.status, tc.majority, tc.outliers)
			}
		})
	}
}

// TestConsensusOrderIndependent checks that every order of four sources
// names the same majority and outliers, each listed in the order of the
// sources, and leaves the order of the findings alone.
func TestConsensusOrderIndependent(t *testing.T) {
	srcs := sourcesOf(
		mkClaim("a.txt", "kill", "count", count(12, claims.Exact), "12 people", "kill", "storm"),
		mkClaim("a.txt", "house", "count", count(300, claims.Exact), "300 homes", "destroy", "home"),
		mkClaim("b.txt", "kill", "count", count(12, claims.Exact), "twelve people", "kill", "storm"),
		mkClaim("b.txt", "house", "count", count(300, claims.Exact), "300 houses", "destroy", "home"),
		mkClaim("c.txt", "kill", "count", count(19, claims.Exact), "19 people", "kill", "storm"),
		mkClaim("c.txt", "house", "count", count(250, claims.Exact), "250 homes", "destroy", "home"),
		mkClaim("d.txt", "kill", "count", count(12, claims.About), "about 12 people", "kill", "storm"),
		mkClaim("d.txt", "house", "count", count(300, claims.Exact), "300 homes", "destroy", "home"),
	)
	want := describe(Align(srcs, Options{}).Findings)
	for _, perm := range [][]int{{0, 1, 2, 3}, {3, 2, 1, 0}, {2, 0, 3, 1}, {1, 3, 0, 2}, {2, 3, 1, 0}} {
		var order []Source
		for _, i := range perm {
			order = append(order, srcs[i])
		}
		rep := Align(order, Options{})
		if got := describe(rep.Findings); !slices.Equal(got, want) {
			t.Errorf("Align(%s) =\n\t%s\nwant\n\t%s", paths(order), strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
		}
		var majority []string
		for _, s := range order {
			if s.Path != "c.txt" {
				majority = append(majority, s.Path)
			}
		}
		for _, f := range rep.Findings {
			if !slices.Equal(f.Majority, majority) || !slices.Equal(f.Outliers, []string{"c.txt"}) {
				t.Errorf("Align(%s): %s majority %q, outliers %q; want %q, [c.txt]", paths(order), f.Key, f.Majority, f.Outliers, majority)
			}
		}
	}
}

func TestLargestCliques(t *testing.T) {
	tests := []struct {
		name string
		adj  []uint64
		want []uint64
	}{
		{"no edges", []uint64{0, 0, 0}, []uint64{0b001, 0b010, 0b100}},
		{"one edge", []uint64{0b010, 0b001, 0}, []uint64{0b011}},
		{"triangle and tail", []uint64{0b0110, 0b0101, 0b1011, 0b0100}, []uint64{0b0111}},
		{"two triangles sharing an edge", []uint64{0b1110, 0b1101, 0b0011, 0b0011}, []uint64{0b0111, 0b1011}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := largestCliques(tc.adj)
			slices.Sort(got)
			if !slices.Equal(got, tc.want) {
				t.Errorf("largestCliques(%b) = %b, want %b", tc.adj, got, tc.want)
			}
		})
	}
}
