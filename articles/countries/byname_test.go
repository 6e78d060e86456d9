package countries

import "testing"

func TestByName(t *testing.T) {
	tests := []struct{ name, code string }{
		{"BY", "BY"}, {"by", "BY"}, {"belarus", "BY"}, {"Belarus", "BY"}, {"Republic of Belarus", "BY"},
		{"belarusian", "BY"}, {"minsk", "BY"}, {"uk", "GB"}, {"U.K.", "GB"}, {"britain", "GB"},
		{"usa", "US"}, {"us", "US"}, {"united states", "US"}, {"viet nam", "VN"}, {"Việt Nam", "VN"},
		{"south korea", "KR"}, {"dprk", "KP"}, {"azerbaijan", "AZ"}, {"georgia", "GE"},
		{"narnia", ""}, {"", ""}, {"soviet union", ""}, {"korea joongang daily", ""}, {"XX", ""},
	}
	for _, tt := range tests {
		c, ok := ByName(tt.name)
		if ok != (tt.code != "") || c.Code != tt.code {
			t.Errorf("ByName(%q) = %q, %v; want %q", tt.name, c.Code, ok, tt.code)
		}
	}
}
