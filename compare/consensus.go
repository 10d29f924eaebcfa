package compare

import "math/bits"

// maxConsensus is the most statements a finding may hold for its majority
// to be sought: the statements are a set of bits of one word.
const maxConsensus = 64

// consensus names, for a conflict among three or more sources, the sources
// that depart from the others. The majority is the largest set of
// statements that agree or are compatible pair by pair (as [relate] judges
// them); it must hold at least two sources and be the only set of its
// size. Every statement outside it then conflicts with some statement in
// it, since it would otherwise belong to it: those are the outliers. Both
// lists give the sources' paths in the order of group. When no such set
// exists — three different figures, or two pairs that each agree — both
// are nil.
func consensus(group []statement, rel [][]relation, sources []Source) (majority, outliers []string) {
	if len(group) < 3 || len(group) > maxConsensus {
		return nil, nil
	}
	fits := make([]uint64, len(group)) // bit j of fits[i]: i and j may stand together
	for i := range group {
		for j := range group {
			if i != j && group[i].src != group[j].src && rel[i][j].status != Conflict {
				fits[i] |= 1 << j
			}
		}
	}
	largest := largestCliques(fits)
	if len(largest) != 1 || bits.OnesCount64(largest[0]) < 2 {
		return nil, nil
	}
	for i, st := range group {
		if largest[0]&(1<<i) != 0 {
			majority = append(majority, sources[st.src].Path)
		} else {
			outliers = append(outliers, sources[st.src].Path)
		}
	}
	return majority, outliers
}

// largestCliques returns the largest sets of vertices that are pairwise
// adjacent in the graph whose adjacency sets are adj, as bit sets. It
// lists the maximal sets with the Bron–Kerbosch algorithm, pivoting on the
// vertex with the most candidate neighbours.
func largestCliques(adj []uint64) []uint64 {
	var best []uint64
	var grow func(r, p, x uint64)
	grow = func(r, p, x uint64) {
		if p == 0 && x == 0 {
			n := bits.OnesCount64(r)
			if len(best) > 0 && n > bits.OnesCount64(best[0]) {
				best = best[:0]
			}
			if len(best) == 0 || n == bits.OnesCount64(best[0]) {
				best = append(best, r)
			}
			return
		}
		pivot, most := 0, -1
		for u := p | x; u != 0; u &= u - 1 {
			v := bits.TrailingZeros64(u)
			if n := bits.OnesCount64(p & adj[v]); n > most {
				pivot, most = v, n
			}
		}
		for u := p &^ adj[pivot]; u != 0; u &= u - 1 {
			v := bits.TrailingZeros64(u)
			grow(r|1<<v, p&adj[v], x&adj[v])
			p &^= 1 << v
			x |= 1 << v
		}
	}
	grow(0, uint64(1)<<len(adj)-1, 0) // 1<<64 is 0: all 64 bits set

	return best
}
