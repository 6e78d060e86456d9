package articles

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBrowserCopies parses whole pages copied out of a browser (select
// all, copy) in the style of several kinds of site, and checks the
// headline, date, source and author, and that no line of furniture is left
// in the body.
func TestBrowserCopies(t *testing.T) {
	tests := []struct {
		file, title, date, source, author, dateline string
		keep                                        []string // text the body must keep
		furniture                                   []string // lines that must be gone
	}{
		{file: "broadcaster.txt", title: "Iceland volcano erupts again near evacuated town", date: "", source: "BBC News", author: "Anna Jónsdóttir",
			keep:      []string{"Lava fountains lit up the night sky over the Reykjanes peninsula", "Scientists say the peninsula"},
			furniture: []string{"British Broadcasting Corporation", "3 hours ago", "Share", "Save", "Image source", "Image caption", "BBC Verify", "War in Ukraine", "Related topics", "Iceland", "Published 2 days ago", "Copyright"}},
		{file: "broadsheet.txt", title: "Spain's olive growers brace for a third year of drought", date: "2025-06-02", source: "The Guardian", author: "Lucía Moreno",
			keep:      []string{"Reservoirs in Andalusia stand at a quarter of capacity", "Olive groves near Jaén in southern Spain.", "The agriculture ministry has cut"},
			furniture: []string{"Back to home", "Europe edition", "Support", "Fund the free press", "This article is more than", "Photograph:", "Sign up", "Free daily newsletter", "Our morning email", "Privacy Notice", "after newsletter promotion", "Explore more", "Reuse this content", "Most viewed", "Mon 2 Jun"}},
		{file: "tabloid.txt", title: "Rail fares to rise by 4.6% in March, government confirms", date: "2025-01-08", source: "The Sun", author: "Priya Shah",
			keep:      []string{"Commuters face the biggest increase", "Labour said passengers"},
			furniture: []string{"Privacy Policy Feedback", "5-Day Forecast", "Login", "PRIYA SHAH", "Published:", "e-mail", "124", "shares", "View comments", "Advertisement", "Do you have a story", "Share or comment", "Comments 231", "MOST WATCHED"}},
		{file: "wire.txt", title: "Dockworkers strike shuts Europe's second-busiest port", date: "2025-04-14", source: "Reuters", author: "Marta Visser", dateline: "ANTWERP",
			keep:      []string{"Dockworkers at the port of Antwerp-Bruges walked off the job", "41 vessels were waiting"},
			furniture: []string{"Exclusive news", "Reuters home", "Breakingviews", "Sign In", "By Marta Visser", "8:12 AM", "Updated 2 hours ago", "(Reporting by", "Our Standards", "Read Next", "All quotes delayed"}},
		{file: "wire-ap.txt", title: "Wildfire forces 9,000 to flee Canadian oil town", date: "2025-05-15", source: "The Associated Press", author: "Claire Dubois", dateline: "FORT McMURRAY, Alberta",
			keep:      []string{"Smoke rises over Fort McMurray on Tuesday.", "The town is the center of Canada"},
			furniture: []string{"AP Logo", "Menu", "Donate", "SECTIONS", "1 of 3", "Jason Franson", "CLAIRE DUBOIS", "3:20 AM", "ADVERTISEMENT", "contributed to this report", "Copyright", "More From AP News"}},
		{file: "magazine.txt", title: "The Long Drought", date: "2025-06-08", source: "The Atlantic", author: "Daniel Ortiz",
			keep:      []string{"Spain’s olive country is running out of water", "In the hills above Úbeda", "The drought has doubled the price"},
			furniture: []string{"Popular", "Newsletters", "Subscribe", "Ideas", "By Daniel Ortiz", "7 AM ET", "Listen to this article", "00:00", "12:41", "ElevenLabs", "About the Author", "staff writer", "Explore More Topics", "Copyright"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("testdata", "copies", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			a, err := Parse(strings.TrimSuffix(tt.file, ".txt"), raw)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.title || a.TitleDerived {
				t.Errorf("title = %q (derived %v), want %q", a.Title, a.TitleDerived, tt.title)
			}
			if got := a.Date.String(); got != tt.date {
				t.Errorf("date = %q, want %q", got, tt.date)
			}
			if a.Source != tt.source {
				t.Errorf("source = %q, want %q", a.Source, tt.source)
			}
			if a.Author != tt.author {
				t.Errorf("author = %q, want %q", a.Author, tt.author)
			}
			if a.Dateline != tt.dateline {
				t.Errorf("dateline = %q, want %q", a.Dateline, tt.dateline)
			}
			var body strings.Builder
			for _, p := range a.Body {
				body.WriteString(p.Text + "\n")
			}
			for _, k := range tt.keep {
				if !strings.Contains(body.String(), k) {
					t.Errorf("body lost %q", k)
				}
			}
			for _, p := range a.Body {
				for _, f := range tt.furniture {
					if p.Text == f || strings.Contains(p.Text, f) && len(p.Text) < 2*len(f)+40 {
						t.Errorf("furniture %q left in the body: %q", f, p.Text)
					}
				}
			}
			if t.Failed() {
				t.Logf("body:\n%s", body.String())
			}
		})
	}
}
