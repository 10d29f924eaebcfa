package compare

import "fmt"

// Status is the verdict on one finding.
type Status uint8

// The verdicts, from least to most serious. The zero Status is invalid.
const (
	Single     Status = iota + 1 // stated by one source only
	Agree                        // the same value in every source
	Compatible                   // different values that can all be true
	Variant                      // the same words or name, written differently
	Conflict                     // values that cannot all be true
)

var statusNames = [...]string{Single: "single", Agree: "agree", Compatible: "compatible", Variant: "variant", Conflict: "conflict"}

// String returns the status's name, such as "conflict".
func (s Status) String() string {
	if int(s) < len(statusNames) && statusNames[s] != "" {
		return statusNames[s]
	}
	return fmt.Sprintf("status(%d)", s)
}

// MarshalText encodes the status as its name.
func (s Status) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// ParseStatus returns the status named s.
func ParseStatus(s string) (Status, error) {
	for st, name := range statusNames {
		if name != "" && name == s {
			return Status(st), nil
		}
	}
	return 0, fmt.Errorf("unknown status %q", s)
}
