package articles

// Record is an article as `dateline list --json` prints it: a stable shape
// for scripts.
type Record struct {
	ID             string          `json:"id"`
	Title          string          `json:"title"`
	TitleDerived   bool            `json:"title_derived"`
	Date           string          `json:"date"` // "2025-07-04", "--04-21" or ""
	Source         string          `json:"source"`
	Dateline       string          `json:"dateline"`
	Author         string          `json:"author"`
	URL            string          `json:"url"`
	Lang           string          `json:"lang"`
	Paths          []string        `json:"paths"` // every file it came from; none for the bundled corpus
	Countries      []MentionRecord `json:"countries"`
	Words          int             `json:"words"`
	ReadingMinutes int             `json:"reading_minutes"`
	Read           bool            `json:"read"`  // opened in the reader, or marked read
	Saved          bool            `json:"saved"` // saved for later
}

// MentionRecord is a country of a Record.
type MentionRecord struct {
	Code     string `json:"code"`
	Name     string `json:"name"`
	Flag     string `json:"flag"`
	Mentions int    `json:"mentions"`
	Primary  bool   `json:"primary"`
}

// FullRecord is an article as `dateline show --json` prints it: a Record
// and the body.
type FullRecord struct {
	Record
	Body []ParagraphRecord `json:"body"`
}

// ParagraphRecord is one paragraph of a FullRecord.
type ParagraphRecord struct {
	Kind string `json:"kind"` // a ParagraphKind's String: "text", "heading", "list_item", …
	Text string `json:"text"`
}

// NewRecord returns a's Record.
func NewRecord(a *Article) Record {
	var r Record
	FillRecord(&r, a)
	r.Paths = append([]string{}, r.Paths...)
	return r
}

// FillRecord sets *r to a's Record as NewRecord makes it, but sharing a's
// paths and reusing r's countries, so that it holds until the next call:
// for printing the records one at a time without making each.
func FillRecord(r *Record, a *Article) {
	cs := r.Countries[:0]
	if cs == nil {
		cs = []MentionRecord{}
	}
	for _, c := range a.Countries {
		k := c.Country.Country()
		cs = append(cs, MentionRecord{Code: k.Code, Name: k.Name, Flag: k.Flag, Mentions: int(c.Count), Primary: c.Primary})
	}
	paths := a.Paths
	if paths == nil {
		paths = []string{}
	}
	*r = Record{
		ID: a.ID, Title: a.Title, TitleDerived: a.TitleDerived, Date: a.Date.String(),
		Source: a.Source, Dateline: a.Dateline, Author: a.Author, URL: a.URL, Lang: a.Lang,
		Paths: paths, Countries: cs, Words: a.Words, ReadingMinutes: a.ReadingMinutes,
	}
}

// NewFullRecord returns a's FullRecord.
func NewFullRecord(a *Article) FullRecord {
	body := make([]ParagraphRecord, len(a.Body))
	for i, p := range a.Body {
		body[i] = ParagraphRecord{Kind: p.Kind.String(), Text: p.Text}
	}
	return FullRecord{Record: NewRecord(a), Body: body}
}
