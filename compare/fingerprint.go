package compare

import (
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	"slices"
)

// fingerprintVersion changes whenever the fingerprint is computed
// differently, so that old baselines are not silently misread.
const fingerprintVersion = "factcheck-finding/v1"

// Fingerprint identifies a finding across runs: it is made of the
// finding's kind and key and of the set of values each source gives, as
// (path, normalised value) pairs. It does not depend on line numbers,
// columns or spans, nor on the order of the sources or of the claims, so
// an article edited elsewhere, or listed in another order, keeps its
// fingerprints; a source that changes its figure, or a new source joining
// the finding, makes a new one. Paths are compared cleaned and with
// forward slashes. The result is 32 lower-case hexadecimal digits.
func Fingerprint(f Finding) string {
	parts := make([]string, 0, len(f.Claims))
	for _, c := range f.Claims {
		parts = append(parts, PathKey(c.Source)+"\x00"+c.Value.String())
	}
	slices.Sort(parts)
	parts = slices.Compact(parts)
	h := sha256.New()
	for _, s := range append([]string{fingerprintVersion, f.Kind.String(), f.Key}, parts...) {
		h.Write([]byte(s))
		h.Write([]byte{'\n'})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// PathKey returns a source's path as fingerprints compare it: cleaned, and
// with forward slashes, so that "./a.txt" and "a.txt" are one source.
func PathKey(path string) string { return filepath.ToSlash(filepath.Clean(path)) }
