package claims

import (
	"bytes"
	"slices"

	"golang.org/x/net/html"
)

// skipElements are HTML elements whose content is never story text. The
// page's title is not either: it repeats the headline with the site's name.
var skipElements = []string{"script", "style", "nav", "header", "footer", "aside", "figcaption", "noscript", "template", "svg", "form", "button", "title"}

// htmlView reads the text of an HTML page: the content of text elements,
// with character references decoded and white space collapsed, without
// the content of skipElements. Block-level elements end paragraphs.
func htmlView(src []byte) *view {
	v := newView(len(src) / 2)
	z := html.NewTokenizer(bytes.NewReader(src))
	var skip []string // the open elements whose content is skipped
	pre := 0          // depth of <pre> elements
	for off := 0; ; {
		tt := z.Next()
		if tt == html.ErrorToken {
			return v
		}
		at := off
		off += len(z.Raw())
		switch tt {
		case html.TextToken:
			if len(skip) == 0 {
				v.addDecoded(src[at:off], at, false, pre == 0)
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			el := string(name)
			if tt != html.EndTagToken && len(skip) == 0 {
				v.tagBreak(el)
			}
			switch {
			case tt == html.StartTagToken && slices.Contains(skipElements, el):
				skip = append(skip, el)
			case tt == html.EndTagToken && slices.Contains(skip, el):
				skip = skip[:lastIndex(skip, el)]
			}
			if tt == html.EndTagToken && len(skip) == 0 {
				v.tagBreak(el)
			}
			if el == "pre" && tt != html.SelfClosingTagToken {
				pre = max(0, pre+boolInt(tt == html.StartTagToken)-boolInt(tt == html.EndTagToken))
			}
		}
	}
}

// tagBreak ends the line or the paragraph at the tag of element el, or
// separates words at an inline element whose content is skipped.
func (v *view) tagBreak(el string) {
	switch {
	case el == "br":
		v.breakLines(1)
	case isBlockTag(el):
		v.breakLines(2)
	case slices.Contains(skipElements, el):
		v.gap()
	}
}

func lastIndex(s []string, e string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == e {
			return i
		}
	}
	return -1
}

// isBlockTag reports whether the HTML element name is block-level: its
// tags end a paragraph.
func isBlockTag(name string) bool {
	switch name {
	case "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
		"table", "article", "section", "blockquote", "figure", "main", "body", "title", "dd", "dt", "pre", "hr", "header",
		"nav", "footer", "aside", "figcaption", "form", "address", "details", "summary", "dl", "fieldset", "hgroup":
		return true
	}
	return false
}
