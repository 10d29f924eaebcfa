package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/compare"
)

const (
	// sarifSchema is the URI of the SARIF 2.1.0 schema, as the schema
	// itself gives it.
	sarifSchema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	// toolURI is where factcheck lives: its module path.
	toolURI = "https://github.com/factcheck/factcheck"
	// The keys of a result's partial fingerprints.
	findingFingerprintKey = "factcheckFinding/v1"
	claimFingerprintKey   = "factcheckClaim/v1"
)

// writeSARIF writes the report as a SARIF 2.1.0 log, for code-scanning
// tools: one run whose driver is factcheck, with a rule for every kind of
// claim (see [kindRules]) and a result for every claim of each finding at
// least as serious as floor (see [flagFloor]), in the order of [writeLines]
// and with its message. Columns count UTF-16 code units, as the run's
// columnKind says (see [region]).
func writeSARIF(w io.Writer, rep compare.Report, texts sourceTexts, floor compare.Status) error {
	run := sarif.NewRunWithInformationURI("factcheck", toolURI).
		WithColumnKind("utf16CodeUnits").
		WithDefaultEncoding("utf-8")
	run.Tool.Driver.WithVersion(toolVersion())
	addRules(run)
	for _, a := range annotations(rep, floor) {
		run.AddResult(sarifResult(a, run.GetRuleIndex(a.finding.Kind.String()), texts))
	}
	log := sarif.NewReport().AddRun(run)
	log.Schema = sarifSchema
	return encodeJSON(w, log)
}

// toolVersion returns the version of the main module the binary was built
// from, or "devel" when it was not built from a versioned module.
func toolVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

// sarifResult returns the result of one annotation: its level, message and
// rule, the claim's location, the other claims of the finding as related
// locations, and partial fingerprints that identify the finding and the
// claim across runs whatever their lines.
func sarifResult(a annotation, ruleIndex int, texts sourceTexts) *sarif.Result {
	f := a.finding
	fp := compare.Fingerprint(*f)
	res := sarif.NewRuleResult(f.Kind.String()).
		WithRuleIndex(ruleIndex).
		WithLevel(a.sev.String()).
		WithMessage(sarif.NewTextMessage(a.msg)).
		WithPartialFingerprints(map[string]string{
			findingFingerprintKey: fp,
			claimFingerprintKey:   claimFingerprint(fp, f.Claims, a.claim),
		})
	if loc := sarifLocation(f.Claims[a.claim], texts); loc != nil {
		res.AddLocation(loc)
	}
	id := 0
	for k, c := range f.Claims {
		if k == a.claim {
			continue
		}
		loc := sarifLocation(c, texts)
		if loc == nil {
			continue
		}
		msg := plainCell(c.Value.String()) + " in " + plainCell(c.Source)
		res.AddRelatedLocation(loc.WithID(id).WithMessage(sarif.NewTextMessage(msg)))
		id++
	}
	return res
}

// sarifLocation returns the location of claim c's evidence: its file as a
// URI reference and its region, in lines and UTF-16 columns and as byte
// offsets. A claim read from standard input has no location: nil.
func sarifLocation(c claims.Claim, texts sourceTexts) *sarif.Location {
	if c.Source == stdinPath {
		return nil
	}
	r := texts.locate(c)
	reg := sarif.NewRegion().
		WithStartLine(r.line).WithStartColumn(r.col).
		WithEndLine(r.endLine).WithEndColumn(r.endCol).
		WithByteOffset(c.Span[0]).WithByteLength(c.Span[1] - c.Span[0])
	return sarif.NewLocationWithPhysicalLocation(sarif.NewPhysicalLocation().
		WithArtifactLocation(sarif.NewSimpleArtifactLocation(artifactURI(c.Source))).
		WithRegion(reg))
}

// artifactURI returns a source's path as a URI reference: a relative path
// as a relative reference with forward slashes, an absolute one as a file
// URI, with spaces, non-ASCII letters and other characters that URIs do
// not allow percent-encoded.
func artifactURI(path string) string {
	slashed := compare.PathKey(path)
	if !filepath.IsAbs(path) {
		return (&url.URL{Path: slashed}).String()
	}
	if !strings.HasPrefix(slashed, "/") { // a Windows drive letter
		slashed = "/" + slashed
	}
	return (&url.URL{Scheme: "file", Path: slashed}).String()
}

// claimFingerprint identifies claim i among cs, the claims of a finding
// whose fingerprint is findingFP: by its source, its value and how many
// claims of the same source and value come before it. Like the finding's
// fingerprint it does not depend on lines or columns, so it survives
// edits elsewhere in an article. The result is 32 hexadecimal digits.
func claimFingerprint(findingFP string, cs []claims.Claim, i int) string {
	c := cs[i]
	n := 0
	for _, o := range cs[:i] {
		if o.Source == c.Source && o.Value.String() == c.Value.String() {
			n++
		}
	}
	path := compare.PathKey(c.Source)
	sum := sha256.Sum256(fmt.Appendf(nil, "%s\n%s\n%s\n%d", findingFP, path, c.Value.String(), n))
	return hex.EncodeToString(sum[:16])
}
