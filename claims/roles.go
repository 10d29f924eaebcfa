package claims

// roleTable maps lower-case words to their roles.
type roleTable struct {
	keys  []string
	roles []role
	mask  uint32
}

// fnv1a hashes lower-case bytes.
func fnv1a(b []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range b {
		h = (h ^ uint32(c)) * 16777619
	}
	return h
}

// build fills the table from the words map.
func (t *roleTable) build(words map[string]wordInfo) {
	size := 1
	for size < 4*len(words) {
		size <<= 1
	}
	t.keys, t.roles, t.mask = make([]string, size), make([]role, size), uint32(size-1)
	for w, info := range words {
		i := fnv1a([]byte(w)) & t.mask
		for t.keys[i] != "" {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.roles[i] = w, info.roles
	}
}

// lookup returns the roles of the lower-case word w with hash h.
func (t *roleTable) lookup(w []byte, h uint32) role {
	for i := h & t.mask; t.keys[i] != ""; i = (i + 1) & t.mask {
		if t.keys[i] == string(w) {
			return t.roles[i]
		}
	}
	return 0
}
