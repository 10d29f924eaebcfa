package main

import (
	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/factcheck/factcheck/claims"
)

// kindRule describes the SARIF rule of the findings of one kind of claim:
// the rule's id is the kind's name, such as "date".
type kindRule struct {
	kind  claims.Kind
	short string // one line: what the rule reports
	full  string // what a claim of the kind is, with examples
}

// kindRules lists a rule for every kind of claim, in the order of the
// kinds, so that a rule keeps its index in every log.
var kindRules = []kindRule{
	{claims.Count, "Sources give different counts",
		"A number of people or things, such as the dead of a disaster, the seats a party won or the agreements signed."},
	{claims.Ordinal, "Sources give different ranks",
		"A position in a series, such as the second summit or the third visit."},
	{claims.Duration, "Sources give different durations",
		"A length of time, such as a four-day visit or a strike of two weeks."},
	{claims.Date, "Sources give different dates",
		"A day, month or year on which something happened, such as the year a system was deployed."},
	{claims.Money, "Sources give different amounts of money",
		"An amount in a currency, such as the price of a deal or a fine."},
	{claims.Percent, "Sources give different percentages",
		"A percentage or a share, such as a vote share or a rise in prices."},
	{claims.Measure, "Sources give different measures",
		"A physical quantity with its unit: a length, an area, a mass, a temperature, a speed, a magnitude."},
	{claims.Score, "Sources give different scores or tallies",
		"A result or a tally, such as a final score or the votes for and against."},
	{claims.Time, "Sources give different times of day",
		"A time of day, such as the time a plane landed."},
	{claims.Quote, "Sources quote a speaker differently",
		"The words a person is quoted as saying, credited to that person."},
	{claims.Name, "Sources name the holder of a role differently",
		"The name of the person or organisation given in a role, such as a mayor, a judge or an operator."},
	{claims.Set, "Sources list different items",
		"The items of a list, such as the gifts exchanged or the charges brought."},
}

// ruleHelp is the help text every rule shares: what the levels mean and
// what to do about a result.
const ruleHelp = "factcheck aligns the claims several articles make about one event. " +
	"An error is a conflict: the sources' values cannot all be true. " +
	"A warning is a variant: the same words or name written differently. " +
	"A note, written only with --fail-on compatible, is a compatible finding: different values that can all be true. " +
	"Each result is one source's claim; its related locations are the other sources' claims of the same fact. " +
	"Check each sentence against the original reporting, then correct the article or record why the sources differ."

// addRules adds a rule for every kind of claim to run's driver.
func addRules(run *sarif.Run) {
	for _, k := range kindRules {
		run.AddRule(k.kind.String()).
			WithShortDescription(sarif.NewMultiformatMessageString().WithText(k.short)).
			WithFullDescription(sarif.NewMultiformatMessageString().WithText(k.full)).
			WithHelp(sarif.NewMultiformatMessageString().WithText(k.full + " " + ruleHelp))
	}
}
