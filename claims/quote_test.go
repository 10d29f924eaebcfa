package claims

import (
	"strings"
	"testing"
)

// quotesOf returns the quotes Extract finds in text, each as
// "speaker|words", with "?" for a speaker given as a guess (a pronoun's)
// or not found.
func quotesOf(x *Extractor, text string) []string {
	var out []string
	for _, c := range x.Extract(Document{Path: "a.txt", Text: []byte(text)}) {
		if c.Value.Kind != Quote {
			continue
		}
		who := c.Subject
		if who == "" {
			who = "?" + strings.TrimPrefix(c.Topic, "unattributed")
		}
		out = append(out, who+"|"+c.Value.Text)
		if got := text[c.Span[0]:c.Span[1]]; got != c.Text {
			out = append(out, "span "+got+" != "+c.Text)
		}
	}
	return out
}

func TestQuotes(t *testing.T) {
	x := NewExtractor(MustDefaultLexicon())
	tests := []struct {
		name, text string
		want       []string
	}{
		{"curly, attribution after", "“We will rebuild the bridge,” Mayor Ana Costa said.",
			[]string{"Ana Costa|We will rebuild the bridge"}},
		{"straight, said before the name", `"We will rebuild the bridge," said Ana Costa, the mayor.`,
			[]string{"Ana Costa|We will rebuild the bridge"}},
		{"split by its attribution", `"We have not come," Ana Costa said, "to make speeches."`,
			[]string{"Ana Costa|We have not come … to make speeches."}},
		{"partial, subject of the verb", "Ana Costa urged residents to stay “calm and patient” overnight.",
			[]string{"Ana Costa|calm and patient"}},
		{"partial after a participle", "Ana Costa visited the site on Monday, calling it a “national tragedy”.",
			[]string{"Ana Costa|national tragedy"}},
		{"two fragments of one sentence", "Ana Costa called it a “grave loss” and a “warning to us all”.",
			[]string{"Ana Costa|grave loss … warning to us all"}},
		{"surname resolved to the full name", "Ana Costa arrived at noon. “The water is falling,” Ms Costa said.",
			[]string{"Ana Costa|The water is falling"}},
		{"description resolved to the titled name", "Interior Minister Rui Alves toured the area. “We will pay,” the interior minister said.",
			[]string{"Rui Alves|We will pay"}},
		{"description kept when no name fits", "“We will pay,” the company said.",
			[]string{"company|We will pay"}},
		{"pronoun: the last person named, as a guess", "Ana Costa, the mayor, spoke at noon. “The water is falling,” she said.",
			[]string{"?Ana Costa|The water is falling"}},
		{"a quote that carries on the speaker's words", "“The water is falling,” Ana Costa said. “We expect it to be gone by Friday.”",
			[]string{"Ana Costa|The water is falling", "Ana Costa|We expect it to be gone by Friday."}},
		{"next paragraph carries on", "“The water is falling,” Ana Costa said.\n\n“We expect it to be gone by Friday.”",
			[]string{"Ana Costa|The water is falling", "Ana Costa|We expect it to be gone by Friday."}},
		{"a quote over two paragraphs", "“The water is falling.\n\n“We expect it to be gone by Friday,” Ana Costa said.",
			[]string{"?|The water is falling.", "Ana Costa|We expect it to be gone by Friday"}},
		{"single quotes inside double", "“He told me, ‘Go home,’ and I did,” Ana Costa said.",
			[]string{"Ana Costa|He told me, ‘Go home,’ and I did"}},
		{"single quotes", "‘We will rebuild,’ Ana Costa said.",
			[]string{"Ana Costa|We will rebuild"}},
		{"apostrophes close no quote", "The two countries’ leaders met. Ana Costa said ‘the villages’ roads are gone’ today.",
			[]string{"Ana Costa|the villages’ roads are gone"}},
		{"according to", `"The roads are closed," according to Ana Costa.`,
			[]string{"Ana Costa|The roads are closed"}},
		{"apposition between the quote and the verb", `"The roads are closed," Rui Alves, the mayor's deputy, told reporters.`,
			[]string{"Rui Alves|The roads are closed"}},
		{"title and organisation before the name", `"The roads are closed," Harbour Board chief executive Rui Alves said.`,
			[]string{"Rui Alves|The roads are closed"}},
		{"scare quotes have no speaker", "The plan has been labelled a “sticking plaster”.",
			[]string{"?|sticking plaster"}},
		{"an unclosed quote ends with its paragraph", "He said “we will see\n\nNothing else.",
			[]string{"?|we will see"}},
		{"inches are no quotes", `The screen measures 6" across and weighs 200g.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := quotesOf(x, tc.text)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("quotes of %q:\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}
