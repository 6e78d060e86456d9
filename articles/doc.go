package articles

import "sync"

// The document model stands between raw input and an Article. A front end
// (text files, or the parts of a structured source) turns input into
// blocks and metadata claims; the tail cleans the body, picks the headline
// and counts. Nothing writes an Article's fields until the end, when the
// precedence table turns the claims into them. Every block a rule removes
// or retypes, and every claim, keeps the rule's name, so a parse can say
// why it did what it did (Explain).

// Rule names a parsing rule: what removed or retyped a block, or made a
// claim.
type Rule string

// Rules of the text front end, the parts entry and the tail.
const (
	RuleFrontMatter     Rule = "front-matter"     // a Markdown file's YAML block at the top
	RuleMarkup          Rule = "markdown-markup"  // a horizontal rule or a link reference definition
	RuleDatePrefix      Rule = "date-prefix"      // " date 2025-09-09 " at the top
	RuleDateLine        Rule = "date-line"        // a time-stamp line above the text ("Published: 09 Sep. 2025, 18:21")
	RuleRelativeDate    Rule = "relative-date"    // "3 hours ago": a time stamp that gives no date
	RuleTail            Rule = "tail"             // what follows the article, from a line such as "More in North Korea" down
	RuleFooter          Rule = "copyright-footer" // "© 2024 Daily News Ltd. All rights reserved."
	RuleCookieNotice    Rule = "cookie-notice"    // a request to accept cookies
	RuleShareLink       Rule = "share-or-link"    // "Share on Facebook", "Read more: …", anywhere
	RuleInlineFurniture Rule = "inline-furniture" // "Advertisement", "Related Article", anywhere
	RuleEdgeFurniture   Rule = "edge-furniture"   // a button or menu word above or below the text ("print dictionary print")
	RuleEdgePrefix      Rule = "edge-prefix"      // "Sign up for …", "tags …" above or below the text
	RuleAppeal          Rule = "appeal"           // a donation, newsletter or subscription appeal
	RuleImageCredit     Rule = "image-credit"     // "Photograph: Jane Doe/Reuters", "Image source, Getty Images"
	RuleBreadcrumb      Rule = "breadcrumb"       // "Home > National > North Korea"
	RuleMenu            Rule = "menu"             // "Home | World | Business", or a run of one- and two-word lines above the headline
	RuleSection         Rule = "section-label"    // "World" above the headline
	RuleFooterMenu      Rule = "footer-menu"      // "About us | Privacy | Terms" below the text
	RuleLinkList        Rule = "link-list"        // the links under "Read more"
	RuleFurnitureDate   Rule = "furniture-date"   // a date in a furniture line ("By Ama Mensah | Published March 5, 2024")
	RuleCopyrightHolder Rule = "copyright-holder" // the holder of a copyright footer, as the source
	RuleHeadline        Rule = "headline"         // the line taken as the headline
	RuleByline          Rule = "byline"           // "By Jane Doe, Reuters"
	RuleDatelineLine    Rule = "dateline-line"    // "Baku, 21 April, AZERTAC"
	RulePlaceAndDate    Rule = "place-and-date"   // "SANTIAGO, DECEMBER 15, 2025"
	RuleMasthead        Rule = "masthead"         // an outlet's name right under the headline
	RuleWriterName      Rule = "writer-name"      // a person's name right under the headline
	RuleWireNote        Rule = "wire-note"        // "(Reporting by …; Editing by …)", an end mark
	RuleCreditLine      Rule = "credit-line"      // a last paragraph that only credits an agency ("Yonhap")
	RuleCreditSuffix    Rule = "credit-suffix"    // "… — VNS" at the end of the text
	RuleDuplicate       Rule = "duplicate"        // a second copy of the headline or of the paragraph before
	RuleLeadDateline    Rule = "lead-dateline"    // "HÀ NỘI — " at the start of the lead
	RuleLeadAgency      Rule = "lead-agency"      // the agency in a lead's dateline ("LONDON (Reuters) —")
	RuleHeadingShape    Rule = "heading-shape"    // a short title-like line between paragraphs is a heading
	RuleParts           Rule = "parts"            // the metadata a structured source gave (page metadata, a feed item)
	RuleExtractor       Rule = "extractor"        // what a web page's extractor left out: navigation, comments, related links
	RuleDerivedTitle    Rule = "derived-title"    // no headline: the lead's first sentence
	RuleMarkdownTable   Rule = "markdown-table"   // a Markdown table's rule line
	RuleSiteName        Rule = "site-name"        // the site's own name where a headline would stand
	RuleListenLine      Rule = "listen-line"      // "Listen to this article", "3 min read"
	RuleTopicLabel      Rule = "topic-label"      // a one- or two-word label above the headline
	RuleOutletLine      Rule = "outlet-line"      // the outlet a writer reports for, under the headline ("BBC News, Reykjavik")
)

// Field is an Article field that metadata claims fill.
type Field int

// Claimed fields.
const (
	FieldTitle Field = iota
	FieldDate
	FieldSource
	FieldDateline
	FieldAuthor
	FieldURL
	FieldLang
	fieldCount
)

// String names the field as the JSON for scripts does.
func (f Field) String() string {
	return [...]string{"title", "date", "source", "dateline", "author", "url", "lang"}[f]
}

// Claim says that a rule found a field's value in the input.
type Claim struct {
	Field Field
	Value string // the date's String for FieldDate
	Date  Date   // FieldDate only
	Rule  Rule
}

// precedence is the order in which claims win, field by field: the first
// rule of a field's list that made a claim gives the value, and among the
// claims of one rule the first made. Metadata a source states outright
// beats what the text implies; near the top of the text beats further
// down. A rule missing from a field's list never fills it.
var precedence = [fieldCount][]Rule{
	FieldTitle:    {RuleParts, RuleFrontMatter, RuleHeadline},
	FieldDate:     {RuleParts, RuleFrontMatter, RuleDatePrefix, RuleDateLine, RuleFurnitureDate, RuleByline, RuleDatelineLine, RulePlaceAndDate, RuleLeadDateline},
	FieldSource:   {RuleParts, RuleFrontMatter, RuleByline, RuleOutletLine, RuleMasthead, RuleDatelineLine, RuleCopyrightHolder, RuleSiteName, RuleCreditLine, RuleCreditSuffix, RuleLeadAgency},
	FieldDateline: {RuleDatelineLine, RulePlaceAndDate, RuleLeadDateline},
	FieldAuthor:   {RuleParts, RuleFrontMatter, RuleByline, RuleWriterName},
	FieldURL:      {RuleParts, RuleFrontMatter},
	FieldLang:     {RuleParts, RuleFrontMatter},
}

// creditRules are the rules whose source claims, where they lose, still
// credit a wire service besides the source ("Yonhap" under a newspaper's
// masthead).
var creditRules = []Rule{RuleCreditLine, RuleCreditSuffix, RuleLeadAgency}

// Block is one block of a document: a paragraph of the input as the
// parser sees it, with its kind. A block that stands becomes one of the
// Article's paragraphs as it is.
type Block = Paragraph

// Ruled is a block a rule removed or retyped, and the rule.
type Ruled struct {
	Block
	Rule Rule
}

// doc is one input on its way to an Article: the claims made so far, and
// the blocks the rules removed or retyped.
type doc struct {
	id         string
	onePerLine bool   // the text has no blank lines: a paragraph a line
	wrap       int    // the width the text is hard-wrapped at, or 0
	webCopy    bool   // the text is a web page copied from a browser: furniture stood above it
	contentKey bool   // the article is given its content Key as its words are counted
	spool      *Spool // where the body's text goes, or nil for the heap
	claims     []Claim
	removed    []Ruled // in the order the rules removed them
	retyped    []Ruled // with the kind they were given
	claimBuf   [4]Claim
	removedBuf [4]Ruled
}

func newDoc(id string) *doc {
	d := docs.Get().(*doc)
	d.id = id
	d.claims, d.removed = d.claimBuf[:0], d.removedBuf[:0]
	return d
}

// docs keeps the documents that parses are done with: a load parses
// thousands, and each would otherwise be garbage.
var docs = sync.Pool{New: func() any { return new(doc) }}

// release gives d back for another parse. Nothing may use d afterwards.
func (d *doc) release() {
	*d = doc{} // drop the references into the parsed text
	docs.Put(d)
}

// claim records that rule found value for field.
func (d *doc) claim(f Field, rule Rule, value string) {
	if value != "" {
		d.claims = append(d.claims, Claim{Field: f, Value: value, Rule: rule})
	}
}

// claimDate records that rule found the date dt.
func (d *doc) claimDate(rule Rule, dt Date) {
	if dt.Precision != DateUnknown {
		d.claims = append(d.claims, Claim{Field: FieldDate, Value: dt.String(), Date: dt, Rule: rule})
	}
}

// remove records that rule removed the line or block text.
func (d *doc) remove(rule Rule, kind ParagraphKind, text string) {
	if text != "" {
		d.removed = append(d.removed, Ruled{Block{Kind: kind, Text: text}, rule})
	}
}

// removeLine records that rule removed a line of text.
func (d *doc) removeLine(rule Rule, line string) { d.remove(rule, KindText, line) }

// has reports whether any claim for f was made.
func (d *doc) has(f Field) bool {
	for _, c := range d.claims {
		if c.Field == f {
			return true
		}
	}
	return false
}

// winner returns the index of the claim that fills f, or -1.
func (d *doc) winner(f Field) int {
	best, bestRank := -1, len(precedence[f])
	for i, c := range d.claims {
		if c.Field != f {
			continue
		}
		for rank, r := range precedence[f][:bestRank] {
			if r == c.Rule {
				best, bestRank = i, rank
				break
			}
		}
	}
	return best
}

// value is the winning value of f, or "".
func (d *doc) value(f Field) string {
	if i := d.winner(f); i >= 0 {
		return d.claims[i].Value
	}
	return ""
}

// resolve fills a's metadata from the claims, by the precedence table.
func (d *doc) resolve(a *Article) {
	if i := d.winner(FieldDate); i >= 0 {
		a.Date = d.claims[i].Date
	}
	a.Source = d.value(FieldSource)
	a.Dateline = d.value(FieldDateline)
	a.Author = d.value(FieldAuthor)
	a.URL = d.value(FieldURL)
	a.Lang = d.value(FieldLang)
	for _, c := range d.claims {
		if c.Field == FieldSource && c.Value != a.Source && isCreditRule(c.Rule) {
			a.Credit = c.Value
			break
		}
	}
}

func isCreditRule(r Rule) bool {
	for _, c := range creditRules {
		if c == r {
			return true
		}
	}
	return false
}
