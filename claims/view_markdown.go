package claims

import (
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// markdownView reads the prose of a CommonMark document: the text of its
// paragraphs, headings, lists and quotes, and the text of its links, with
// escapes and character references decoded. Front matter, code, raw HTML,
// autolinks, images and link targets are not prose. Blocks end
// paragraphs, soft line breaks are spaces.
func markdownView(src []byte) *view {
	body := frontMatterEnd(src)
	md := src[body:]
	v := newView(len(md))
	root := goldmark.DefaultParser().Parse(text.NewReader(md))
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if n.Type() == ast.TypeBlock {
			v.breakLines(2)
		}
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.CodeSpan, *ast.AutoLink, *ast.Image:
			v.gap()
			return ast.WalkSkipChildren, nil
		case *ast.RawHTML, *ast.CodeBlock, *ast.FencedCodeBlock, *ast.HTMLBlock, *ast.LinkReferenceDefinition:
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			seg := n.Segment
			v.addDecoded(seg.Value(md), body+seg.Start, true, false)
			switch {
			case n.HardLineBreak():
				v.breakLines(1)
			case n.SoftLineBreak():
				v.gap()
			}
		}
		return ast.WalkContinue, nil
	})
	return v
}
