// Package compare aligns the claims of several articles about one event and
// gives each aligned fact a verdict: the sources agree, are compatible
// (different but both can be true), conflict, or only one source states it.
//
// Build a [Source] per article from the claims package's output and call
// [Align]; the [Report] lists one [Finding] per fact, most serious first.
// A conflict among three or more sources names, where the figures allow, the
// majority that agree and the outliers that depart from it.
package compare
