package claims

import (
	"fmt"
	"strings"
	"testing"
)

// attachTests pairs a sentence with the claims it must give, written as
// "key=value" in document order. The sentences are written for the tests
// and cover the domains the tool reads.
var attachTests = []struct {
	name string
	in   string
	want []string
}{
	{"premodifier duration", "The president began a four-day visit to Spain.", []string{"visit/duration=4 days"}},
	{"duration of", "It was a visit of three days.", []string{"visit/duration=3 days"}},
	{"lasting", "The trial, lasting nearly six weeks, ended in a verdict.", []string{"trial/duration=nearly 6 weeks"}},
	{"ordinal", "It was their second summit this year.", []string{"summit/ordinal=2nd"}},
	{"rank", "It is the group's second-largest acquisition.", []string{"acquisition/rank=2nd"}},
	{"superlative rank", "It was the biggest acquisition in its history.", []string{"acquisition/rank=1st"}},
	{"count with modifier", "The two sides signed 15 cooperation agreements.", []string{"side/count=2 sides", "agreement/count=15 agreements"}},
	{"people killed", "The blast left 12 people killed and dozens hurt.", []string{"kill/count=12 people", "injure/count=at least 12 hurt"}},
	{"killed people", "The storm killed at least 40 people.", []string{"kill/count=at least 40 people"}},
	{"death toll", "The death toll rose to 38 on Sunday.", []string{"kill/count=38", "kill/date=Sunday"}},
	{"partitive", "He was convicted on nine of the 11 counts.", []string{"charge/count=9 counts", "charge/total=11 counts"}},
	{"money verb", "The firm agreed to buy its rival for $3.2 billion in cash.", []string{"acquisition/amount=USD 3.2 billion"}},
	{"money rate", "Holders will get $58 a share.", []string{"share/amount=USD 58 per share"}},
	{"money range", "Revenue is expected to be between $2.95 billion and $3.05 billion.", []string{"revenue/expected amount=USD 2.95 to 3.05 billion"}},
	{"money conversion", "Investors pledged €8 billion ($9.3 billion) in new investment.", []string{"invest/amount=EUR 8 billion"}},
	{"percent premodifier", "The offer is a 27% premium to Friday's close.", []string{"premium/percent=27%", "close/date=Friday"}},
	{"percent of", "It offered a premium of 27 per cent.", []string{"premium/percent=27%"}},
	{"year premodifier", "The 2016 deployment angered Beijing.", []string{"deploy/date=2016"}},
	{"year after event noun", "The deployment of a missile system in 2017 angered Beijing.", []string{"deploy/date=2017"}},
	{"founded", "The company was founded in 1971 in Ohio.", []string{"establish/date=1971"}},
	{"took office", "She took office in June.", []string{"take office/date=June"}},
	{"since", "It is his first visit since 2019.", []string{"visit/ordinal=1st", "visit/since=2019"}},
	{"verb date", "The court convicted him on July 24.", []string{"conviction/date=24 July"}},
	{"full date", "Jurors returned their verdict on 24 July 2025.", []string{"conviction/date=24 July 2025"}},
	{"weekday and date", "The agreements were signed on Tuesday, Nov. 18.", []string{"agreement/date=Tuesday 18 November"}},
	{"reporting date dropped", "The quake killed 38 people, the agency said on Saturday.", []string{"kill/count=38 people"}},
	{"magnitude", "A magnitude 6.8 earthquake struck the region.", []string{"earthquake/magnitude=6.8 magnitude"}},
	{"hyphen magnitude", "A 6.7-magnitude quake hit the coast.", []string{"earthquake/magnitude=6.7 magnitude"}},
	{"score is a result, not a count", "The home side won 2-1 on Sunday.", []string{"score/score=2–1", "win/date=Sunday"}},
	{"clock time is a time, not a count", "The quake struck at 8:55 pm.", []string{"earthquake/time=20:55"}},
	{"race time is a duration", "Kiprop won in 2:05:48, ahead of the field.", []string{"win/duration=2:05:48"}},
	{"case number is not a count", "The case is 2:23-cr-00417 in federal court.", nil},
	{"one is not a count", "It was one of the worst storms.", nil},
	{"bare year without preposition", "He wants 2026 to be a good year.", nil},
	{"range", "Between 10 and 12 boats capsized.", []string{"ship/count=10–12 boats"}},
	{"vague", "Hundreds of homes were damaged.", []string{"house/count=at least 100 homes"}},
	{"evacuated", "More than 1,000 people were evacuated.", []string{"evacuate/count=more than 1,000 people"}},
	{"turnout", "Turnout was 51.6%, the commission said.", []string{"turnout/percent=51.6%"}},
	{"jobs", "About 900 jobs would be cut.", []string{"job cut/count=about 900 jobs"}},
	{"employees", "The group employs about 6,500 people in more than 20 countries.", []string{"employee/count=about 6,500 people", "country/count=more than 20 countries"}},
	{"sentence", "He was sentenced to 14 years in prison.", []string{"sentence/duration=14 years"}},
	{"sentence months", "The judge imposed 168 months in prison.", []string{"sentence/duration=14 years"}},
	{"frame", "The leaders pledged Monday to deepen ties during talks in Paris.", []string{"summit/date=Monday"}},
	// Figures that are other facts than the story's own.
	{"previous period before", "Net profit rose to $41 million, up from $30 million.", []string{"profit/amount=USD 41 million", "profit/previous amount=USD 30 million"}},
	{"previous period after", "Profit was $41 million, compared with $30 million a year earlier.", []string{"profit/amount=USD 41 million", "profit/previous amount=USD 30 million"}},
	{"analysts' estimate", "Analysts had expected revenue of $2.8 billion.", []string{"revenue/estimated amount=USD 2.8 billion"}},
	{"own forecast", "The firm forecast revenue of $3 billion to $3.1 billion.", []string{"revenue/expected amount=USD 3 to 3.1 billion"}},
	{"percent change", "Sales climbed 18 per cent to $2.8bn.", []string{"revenue/change=18%", "revenue/amount=USD 2.8 billion"}},
	{"percent share", "Exports made up 40 per cent of sales.", []string{"revenue/share=40%"}},
	{"size compound", "Her party won 74 seats in the 240-seat assembly.", []string{"seat/count=74 seats", "assembly/size=240 seats"}},
	{"appositive age", "Graham Pelling, 58, was jailed for six years.", []string{"person/name=Graham Pelling", "pelling/age=58 years", "sentence/duration=6 years"}},
	{"subset of a count", "In all 312 people were hurt, 58 of them seriously.", []string{"injure/count=312 people"}},
	{"times is not a count", "The rocket will fly three more times this year.", nil},
	{"offset from an event", "The rocket failed 70 seconds after liftoff.", []string{"launch/offset=70 seconds"}},
	{"relative time is not a duration", "The rocket failed two days later.", nil},
	{"phrase verb after a count", "Seventeen people were taken to hospital.", []string{"hospitalise/count=17 people"}},
	{"share of a qualified whole", "The cuts equal 11 per cent of the combined workforce.", []string{"employee/share=11%"}},
	{"currency subunit", "The offer is 1,240 pence per share.", []string{"share/amount=GBP 12.4 per share"}},
	{"none died", "There were no deaths in the crash.", []string{"kill/count=0 deaths"}},
	{"no one hurt", "No one was injured, police said.", []string{"injure/count=0"}},
	{"no more than is a bound", "It will cost no more than $5m.", []string{"cost/amount=up to USD 5 million"}},
	{"no plain noun", "There is no evidence of 12 deaths.", []string{"kill/count=12 deaths"}},
	{"no plans state no figure", "The firm has no plans to cut jobs.", nil},
	{"nobody of a class", "Nobody died in the blast.", []string{"kill/count=0 died"}},
	{"nobody of no class", "Nobody knows how many were there.", nil},
	{"digits glued to letters", "The 1Xtra show runs from 8am to 6pm.", nil},
	{"odds", "He is second favourite at 7/4.", nil},
	{"unit glued to its number", "Winds gusted to 70km/h.", []string{"speed/speed=70 km/h"}},
	{"vague numbers multiply", "Tens of thousands of homes lost power.", []string{"house/count=at least 10,000 homes"}},
	{"ordinal as an adverb", "The bridge was first opened in 1932.", []string{"open/date=1932"}},
	{"joined ordinal modifies the next word", "It reported second-quarter revenue of $2.8bn.", []string{"revenue/amount=USD 2.8 billion"}},
	{"plural ordinal", "Several firms plan first launches this year.", nil},
	{"share of the vote", "The party won 27.3 percent of the vote.", []string{"vote/share=27.3%"}},
	{"share that underwent something", "With 99.8% of ballots counted, it leads.", []string{"vote/share counted=99.8%"}},
	{"generic noun heading a compound", "It carried 236 passengers and 28 crew members.", []string{"passenger/count=236 passengers", "crew/count=28 members"}},
	{"participle is not a counted noun", "It is short of the 121 seats needed.", []string{"seat/count=121 seats"}},
	{"reduced relative", "Revenue for the quarter ended June 30 rose 18% to $2.84 billion.", []string{"end/date=30 June", "revenue/change=18%", "revenue/amount=USD 2.84 billion"}},
	{"main verb after a noun", "The storm killed at least 40 people.", []string{"kill/count=at least 40 people"}},
	{"the head of the phrase decides", "The first striking thing is the price.", nil},
	{"a verb form ends the phrase", "They met during a four-day visit aimed at ties.", []string{"visit/duration=4 days"}},
	{"verb after a bare count", "Three people died and two were injured.", []string{"kill/count=3 people", "injure/count=2"}},
	{"figure after from", "Inflation fell to 2.3% in October from 2.6% in September.", []string{"inflation/percent=2.3%", "inflation/date=October", "inflation/previous percent=2.6%", "inflation/date=September"}},
	{"change against a year earlier", "Deliveries rose 6% on a year earlier.", []string{"delivery/change=6%"}},
	{"basis points", "The bank raised its rate by 25 basis points.", []string{"interest rate/change=0.25%"}},
	{"compound duration", "He was jailed for three years and four months.", []string{"sentence/duration=40 months"}},
	{"hours and minutes", "The jury deliberated for 11 hours and 20 minutes.", []string{"deliberation/duration=680 minutes"}},
	{"span of a duration", "The jury deliberated for 11 hours over three days.", []string{"deliberation/duration=11 hours", "deliberation/span=3 days"}},
	{"ordinal of an earlier period", "She reached the fourth round last year.", []string{"round/previous ordinal=4th"}},
	{"spaced wire-style scale", "Calloway will buy Mercia for $4.2 bln.", []string{"acquisition/amount=USD 4.2 billion"}},
	{"subject of a change", "The death toll from the landslide in Orvo rose to 23 on Tuesday.", []string{"kill/count=23", "landslide/date=Tuesday"}},
	{"rate unit in one spelling", "Fuel cost 1.50 pounds a litre.", []string{"liter/amount=GBP 1.5 per liter"}},
	{"previous record of", "She beat the previous course record of 2:21:40.", []string{"record/previous duration=2:21:40"}},
	{"share of an unknown noun", "Some 38% of bus drivers stopped work.", []string{"driver/share stopped=about 38%"}},
}

func TestExtractAttachesTopics(t *testing.T) {
	x := NewExtractor(MustDefaultLexicon())
	for _, tc := range attachTests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, c := range x.Extract(Document{Path: "t.txt", Text: []byte(tc.in)}) {
				got = append(got, c.Key()+"="+c.Value.String())
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("Extract(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestExtractEvidence checks the evidence of one claim field by field.
func TestExtractEvidence(t *testing.T) {
	text := "Headline without a stop\n\nThe visit began on Monday. It was a four-day visit,\nofficials said.\n"
	cs := NewExtractor(MustDefaultLexicon()).Extract(Document{Path: "dir/a.txt", Text: []byte(text)})
	if len(cs) != 2 {
		t.Fatalf("got %d claims, want 2: %+v", len(cs), cs)
	}
	c := cs[1]
	start := strings.Index(text, "four-day visit")
	want := Claim{Source: "dir/a.txt", Topic: "visit", Attribute: "duration", Text: "four-day visit",
		Span: [2]int{start, start + len("four-day visit")}, Line: 3, Column: 37,
		Sentence: "It was a four-day visit,\nofficials said."}
	got := fmt.Sprintf("%s %s %s %q %v %d:%d %q", c.Source, c.Topic, c.Attribute, c.Text, c.Span, c.Line, c.Column, c.Sentence)
	exp := fmt.Sprintf("%s %s %s %q %v %d:%d %q", want.Source, want.Topic, want.Attribute, want.Text, want.Span, want.Line, want.Column, want.Sentence)
	if got != exp {
		t.Errorf("claim evidence\n got %s\nwant %s", got, exp)
	}
	if len(c.Context) == 0 || !strings.Contains(strings.Join(c.Context, " "), "official") {
		t.Errorf("context %q lacks the sentence's content words", c.Context)
	}
}

func TestExtractSubject(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Civic Compass won 27.3 percent of the vote.", "Civic Compass"},
		// A name of three or more capitalised words is written with its
		// initials, to be paired with a figure stated of its acronym.
		{"It trails the Bulgarian Social Alliance, which won 19.8 per cent.", "Bulgarian Social Alliance / BSA"},
		{"The party won 27.3 percent of the vote.", ""},
		{"Turnout was 51.6 percent.", ""},
		{"Jonas Varga finished in 2:09:14.", "Jonas Varga"},
		{"Jonas Varga finished sixth in 2:09:14.", "Jonas Varga"},
		{"The race started in 2:09:14 conditions.", ""},
	}
	x := NewExtractor(MustDefaultLexicon())
	for _, tc := range tests {
		cs := x.Extract(Document{Path: "t", Text: []byte(tc.in)})
		if len(cs) != 1 || cs[0].Subject != tc.want {
			t.Errorf("Extract(%q): %d claims, subject %q; want 1 claim, subject %q", tc.in, len(cs), subjectOf(cs), tc.want)
		}
	}
}

func subjectOf(cs []Claim) string {
	if len(cs) == 0 {
		return ""
	}
	return cs[0].Subject
}

// TestExtractLoose checks which keys are weak guesses: a date dated by an
// event word near it and a measure keyed by its dimension, not a date read
// from its own phrase.
func TestExtractLoose(t *testing.T) {
	tests := []struct {
		in, figure string
		want       bool
	}{
		{"Strong winds drove the fire toward the town on Monday.", "Monday", true},
		{"The river rose to 6.1 metres.", "6.1 metres", true},
		{"The 2016 deployment angered Beijing.", "2016", false},
		{"The storm killed 12 people.", "12 people", false},
	}
	x := NewExtractor(MustDefaultLexicon())
	for _, tc := range tests {
		found := false
		for _, c := range x.Extract(Document{Path: "t", Text: []byte(tc.in)}) {
			if strings.HasPrefix(c.Text, tc.figure) {
				found = true
				if c.Loose != tc.want {
					t.Errorf("Extract(%q): %q loose %v, want %v", tc.in, c.Text, c.Loose, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("Extract(%q): no claim %q", tc.in, tc.figure)
		}
	}
}
