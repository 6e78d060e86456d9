package articles

import (
	"fmt"
	"testing"
)

func TestDateLine(t *testing.T) {
	for _, tt := range []struct{ line, want string }{
		{"2024-03-05", "2024-03-05"},
		{"March 5, 2024", "2024-03-05"},
		{"5 March 2024", "2024-03-05"},
		{"Mar. 5, 2024", "2024-03-05"},
		{"Sept. 5, 2024", "2024-09-05"},
		{"Published March 5, 2024", "2024-03-05"},
		{"Published: March 5, 2024", "2024-03-05"},
		{"Published Mar. 5, 2024", "2024-03-05"},
		{"Published 2024-03-05", "2024-03-05"},
		{"Published: 09 Sep. 2025, 18:21", "2025-09-09"},
		{"Posted on 5 Mar 2024", "2024-03-05"},
		{"Updated: Mar. 5, 2024", "2024-03-05"},
		{"Updated March 5, 2024 at 3:45 p.m. EST", "2024-03-05"},
		{"Last updated 5th March 2024", "2024-03-05"},
		{"Tuesday, March 5, 2024", "2024-03-05"},
		{"Mar 5, 2024 10:00 AM", "2024-03-05"},
		{"5 March 2024 14:32 GMT", "2024-03-05"},
		{"2024-03-05T10:00:00Z", "2024-03-05"},
		{"Tue, 05 Mar 2024 10:00:00 +0000", "2024-03-05"},
		{"Published 2024-02-01 by Middle East Eye", "2024-02-01"},
		{"Published March 5, 2024 | 4 min read", "2024-03-05"},
		// Not time stamps: text that starts with a date, or no date at all.
		{"Published March 5, 2024 by a small press, the book sold out in days.", ""},
		{"Dated 12 May 1945, the last entry describes the liberation of the camp.", ""},
		{"March 5, 2024 was the day the talks collapsed.", ""},
		{"5 March 2024 saw the biggest protests in years", ""},
		{"Published by the ministry", ""},
		{"February 30, 2024", ""},
		{"Marching 5, 2024", ""},
		{"Ministers met in May 2024", ""},
	} {
		d, ok := dateLine(tt.line)
		if got := d.String(); got != tt.want || ok != (tt.want != "") {
			t.Errorf("dateLine(%q) = %q, %v; want %q", tt.line, got, ok, tt.want)
		}
	}
}

func TestDateIn(t *testing.T) {
	d, ok := dateIn("By Ama Mensah | Published March 5, 2024 | 4 min read")
	if !ok || d.String() != "2024-03-05" {
		t.Errorf("dateIn = %q, %v; want 2024-03-05", d, ok)
	}
	if _, ok := dateIn("By Ama Mensah | 4 min read"); ok {
		t.Error("a date found where there is none")
	}
}

func TestDatesInAnyOrder(t *testing.T) {
	tests := []struct{ line, want string }{
		{"Mon 2 Jun 2025 07.00 BST", "2025-06-02"},
		{"Published: 09:14 GMT, 8 January 2025 | Updated: 11:02 GMT, 8 January 2025", "2025-01-08"},
		{"June 8, 2025, 7 AM ET", "2025-06-08"},
		{"April 14, 2025 8:12 AM GMT+2", "2025-04-14"},
		{"Updated 3:20 AM GMT, May 15, 2025", "2025-05-15"},
		{"Sunday 8 June 2025", "2025-06-08"},
		{"8th January 2025", "2025-01-08"},
		{"Wednesday, January 8, 2025 at 9:14 a.m. EST", "2025-01-08"},
		{"3 hours ago", ""},
		{"The war began on June 6, 1944, with landings in Normandy.", ""},
	}
	for _, tt := range tests {
		d, ok := dateLine(tt.line)
		if got := d.String(); got != tt.want || ok != (tt.want != "") {
			t.Errorf("dateLine(%q) = %q, %v; want %q", tt.line, got, ok, tt.want)
		}
	}
}

func TestRelativeDate(t *testing.T) {
	for line, want := range map[string]bool{
		"3 hours ago": true, "Updated 2 hours ago": true, "Published 5 days ago": true, "an hour ago": true,
		"Yesterday": true, "Just now": true, "2h ago": true,
		"3 hours ago, the bridge fell.": false, "Three years": false, "Hours ago the city was calm": false,
	} {
		if got := isRelativeDate(line); got != want {
			t.Errorf("isRelativeDate(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestDateString: a date prints as fmt would print its fields, inside the
// range written by hand and outside it.
func TestDateString(t *testing.T) {
	for _, d := range []Date{
		{2025, 7, 4, DateFull}, {1, 1, 1, DateFull}, {9999, 12, 31, DateFull}, {0, 0, 0, DateFull},
		{10000, 1, 2, DateFull}, {-5, 3, 4, DateFull}, {2025, 123, 4, DateFull}, {2025, 1, -4, DateFull},
		{0, 4, 21, DateDayMonth}, {2025, 7, 4, DateUnknown},
	} {
		want := ""
		switch d.Precision {
		case DateFull:
			want = fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
		case DateDayMonth:
			want = fmt.Sprintf("--%02d-%02d", int(d.Month), d.Day)
		}
		if got := d.String(); got != want {
			t.Errorf("%+v: %q, want %q", d, got, want)
		}
	}
}
