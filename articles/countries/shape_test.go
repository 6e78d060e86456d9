package countries

import (
	"slices"
	"testing"
)

// classCase is a text and the countries it must yield, sorted.
type classCase struct {
	text string
	want []string
}

func checkClass(t *testing.T, class string, cases []classCase) {
	t.Helper()
	for _, tt := range cases {
		got := codes(Tag(tt.text))
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			_, hits := Explain(Doc{Body: []string{tt.text}})
			t.Errorf("%s: Tag(%q) = %v, want %v; hits %+v", class, tt.text, got, tt.want, hits)
		}
	}
}

func TestClubs(t *testing.T) {
	checkClass(t, "club", []classCase{
		{"Real Madrid beat Bayern Munich 2-1.", nil},
		{"Dynamo Moscow and Spartak Moscow drew.", nil},
		{"Ajax Amsterdam signed a striker from Red Star Belgrade.", nil},
		{"Manchester United and Leeds United meet on Sunday.", nil},
		{"Bristol Rovers lost to Toronto FC in a friendly.", nil},
		{"AC Milan and Inter Milan share a ground.", nil},
		{"The Chicago Bulls beat the Boston Celtics.", nil},
		{"Paris Saint-Germain won the league.", nil},
		{"PSV Eindhoven and Borussia Dortmund qualified.", nil},
		{"The Miami Heat lost at home.", nil},
		// Negatives: the places themselves, and institutions named for them.
		{"Fans gathered in Madrid and Munich.", []string{"DE", "ES"}},
		{"Manchester City Council approved the plan.", []string{"GB"}},
		{"As Moscow pushes on, Kyiv waits.", []string{"RU", "UA"}},
		{"The Tokyo Olympics were delayed.", []string{"JP"}},
		{"Rain fell on Manchester.", []string{"GB"}},
	})
}

func TestCompanies(t *testing.T) {
	checkClass(t, "company", []classCase{
		{"Turkish Airlines ordered 200 jets.", nil},
		{"China Mobile and Swiss Re reported profits.", nil},
		{"Air India and Air France signed a code-share.", nil},
		{"Shares in China Construction Bank fell.", nil},
		{"The Korea Times and the Irish Times ran the story.", nil},
		{"British American Tobacco cut its forecast.", nil},
		{"Tokyo Electric Power Co. restarted a reactor.", nil},
		{"Singapore Airlines and Qatar Airways ordered jets.", nil},
		{"Fans watched the Qatar Airways Cup final.", nil},
		// Negatives: institutions of the country count.
		{"The Russian Central Bank raised rates.", []string{"RU"}},
		{"The Indian Air Force flew sorties.", []string{"IN"}},
		{"The Bank of England held rates.", []string{"GB"}},
		{"Turkish airlines are in trouble, said the minister in Ankara.", []string{"TR"}},
		{"Russian Oil Exports Fall", []string{"RU"}},
	})
}

func TestWorks(t *testing.T) {
	checkClass(t, "work", []classCase{
		{"She starred in the film The Italian Job.", nil},
		{"The orchestra played \"An American in Paris\" last night.", nil},
		{"The novel Beijing Coma was banned.", nil},
		{"He hummed 'Georgia on My Mind' all day.", nil},
		{"The Coen brothers' film Fargo turns 30.", nil},
		// Negatives: quoted speech and ordinary sentences count.
		{"\"We will visit Paris next week,\" she said.", []string{"FR"}},
		{"The film festival in Venice opened.", []string{"IT"}},
		{"England will play Brazil in March.", []string{"BR", "GB"}},
		{"She wrote a book about China.", []string{"CN"}},
	})
}

func TestSetPhrases(t *testing.T) {
	checkClass(t, "set phrase", []classCase{
		{"Serve the Brussels sprouts with Turkish delight.", nil},
		{"Open the French windows and bring the Dutch oven.", nil},
		{"A Swiss army knife and a Persian rug.", nil},
		{"Ferries cross the English Channel.", nil},
		// Negatives.
		{"Ministers met in Brussels.", []string{"BE"}},
		{"Turkish troops crossed the border.", []string{"TR"}},
	})
}

func TestPeople(t *testing.T) {
	checkClass(t, "person", []classCase{
		{"Chelsea Clinton spoke.", nil},
		{"Paris Jackson released an album.", nil},
		{"Neil Ireland scored twice and Dave Holland once.", nil},
		{"Mr Holland and Dr. Ireland disagreed.", nil},
		{"Michael Jordan won again. Jordan said he was tired.", nil},
		{"Florence Pugh and Sydney Sweeney starred.", nil},
		{"Tom Holland plays the lead.", nil},
		// Negatives.
		{"The king of Jordan visited Ireland.", []string{"IE", "JO"}},
		{"Holland beat Ireland on Saturday.", []string{"IE", "NL"}},
	})
}

func TestMetonymsAndFormerNames(t *testing.T) {
	checkClass(t, "metonym", []classCase{
		{"Number 10 said the plan stood.", []string{"GB"}},
		{"Holyrood voted against it.", []string{"GB"}},
		{"Zhongnanhai has not commented.", []string{"CN"}},
		{"The Quai d'Orsay summoned the ambassador.", []string{"FR"}},
		{"The Kremlin and Downing Street disagreed.", []string{"GB", "RU"}},
		{"The Blue House and the Kantei spoke.", []string{"JP", "KR"}},
	})
	checkClass(t, "former name", []classCase{
		{"White Russia was part of the empire.", []string{"BY"}},
		{"Travellers reached Siam and Persia.", []string{"IR", "TH"}},
		{"Zaire and Rhodesia changed their names.", []string{"CD", "ZW"}},
		{"Ceylon tea and Burma teak.", []string{"LK", "MM"}},
		{"They sailed from Constantinople to Leningrad.", []string{"RU", "TR"}},
	})
}

func TestPeopleNouns(t *testing.T) {
	checkClass(t, "demonym", []classCase{
		{"The Welshmen beat the Englishmen.", []string{"GB"}},
		{"An Englishwoman and a Frenchman met.", []string{"FR", "GB"}},
		{"Two Scots and an Irishman walked in.", []string{"GB", "IE"}},
		{"The Kiwis beat the Aussies.", []string{"AU", "NZ"}},
		{"Cypriots and Kosovars voted.", []string{"CY", "XK"}},
		{"Argentines and Uzbeks joined.", []string{"AR", "UZ"}},
		{"Catalans and Basques marched.", []string{"ES"}},
		{"The Springboks toured.", []string{"ZA"}},
		// Negatives: the language.
		{"An English-language newspaper reported it.", nil},
		{"She spoke in Russian, and he answered in French.", nil},
		{"Russian speakers gathered.", nil},
		{"The town is in Russian hands.", []string{"RU"}},
	})
}

func TestCities(t *testing.T) {
	checkClass(t, "city", []classCase{
		{"Floods hit Gomel.", []string{"BY"}},
		{"Factories in Chittagong and Surat closed.", []string{"BD", "IN"}},
		{"A strike in Gdynia and Bremen.", []string{"DE", "PL"}},
		{"Police in Fresno said.", []string{"US"}},
		{"He moved to Bath last year.", []string{"GB"}},
		{"The ferry left Split at dawn.", []string{"HR"}},
		{"She lives near Derby.", []string{"GB"}},
		{"MOBILE, Alabama — A storm hit.", []string{"US"}},
		// Negatives: the words, and a city's name as a person's.
		{"Take a bath.", nil},
		{"Bath time is over.", nil},
		{"Split the bill.", nil},
		{"Mobile phones are banned.", nil},
		{"Derby day is here.", nil},
		{"Kevin Garland said so.", nil},
	})
}

func TestQualifiedNames(t *testing.T) {
	checkClass(t, "qualified", []classCase{
		{"Korea DPR", []string{"KP"}},
		{"Korea, Dem. People's Rep.", []string{"KP"}},
		{"Korea, Democratic People's Republic of", []string{"KP"}},
		{"Korea, Republic of", []string{"KR"}},
		{"Korea, Rep.", []string{"KR"}},
		{"Korea (the Republic of)", []string{"KR"}},
		{"Virgin Islands (U.S.)", []string{"VI"}},
		{"Virgin Islands (British)", []string{"VG"}},
		{"Iran (Islamic Republic of)", []string{"IR"}},
		{"Iran, Islamic Rep.", []string{"IR"}},
		{"Congo, Dem. Rep.", []string{"CD"}},
		{"Congo, Rep.", []string{"CG"}},
		{"Congo (Kinshasa)", []string{"CD"}},
		{"Venezuela, RB", []string{"VE"}},
		{"Hong Kong SAR, China", []string{"HK"}},
		{"China, Hong Kong SAR", []string{"HK"}},
		{"Taiwan, Province of China", []string{"TW"}},
		{"Micronesia (Federated States of)", []string{"FM"}},
		{"Tanzania, United Republic of", []string{"TZ"}},
		{"Gambia, The", []string{"GM"}},
		{"Bolivia (Plurinational State of)", []string{"BO"}},
		{"Lao PDR", []string{"LA"}},
		{"Saint Martin (French part)", []string{"MF"}},
		// Negatives: a list goes on.
		{"France, the United States and Britain", []string{"FR", "GB", "US"}},
		{"Korea, Japan and China", []string{"CN", "JP", "KR"}},
		{"Hong Kong, China and Japan", []string{"CN", "HK", "JP"}},
	})
}

func TestGeorgiaTheState(t *testing.T) {
	tests := []struct {
		doc  Doc
		want []string
	}{
		{Doc{Headline: "Georgia votes", Dateline: "ATLANTA", Body: []string{"Voters in Georgia queued for hours."}}, []string{"US"}},
		{Doc{Body: []string{"Georgia's governor signed the bill.", "Lawmakers in Texas and Florida watched."}}, []string{"US"}},
		{Doc{Body: []string{"Georgia's parliament passed the law.", "Protesters filled Tbilisi."}}, []string{"GE"}},
		{Doc{Body: []string{"Georgia's president met officials in New York.", "Russia objected."}}, []string{"GE", "RU", "US"}},
		{Doc{Body: []string{"Georgia held elections on Saturday."}}, []string{"GE"}},
	}
	for _, tt := range tests {
		got := codes(TagDoc(tt.doc))
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("TagDoc(%+v) = %v, want %v", tt.doc, got, tt.want)
		}
	}
}

func TestOtherLanguages(t *testing.T) {
	checkClass(t, "language", []classCase{
		{"Die Bundesregierung in Deutschland und Frankreich verhandelt.", []string{"DE", "FR"}},
		{"Die Wirtschaft Russlands schrumpft.", []string{"RU"}},
		{"Les États-Unis et la Corée du Sud ont signé.", []string{"KR", "US"}},
		{"España y Estados Unidos firmaron.", []string{"ES", "US"}},
		{"Президент России встретился с лидером Китая.", []string{"CN", "RU"}},
		{"Белоруссия и Германия подписали соглашение.", []string{"BY", "DE"}},
		{"中国和美国的贸易谈判在日本举行。", []string{"CN", "JP", "US"}},
		{"印度尼西亚总统访问了印度。", []string{"ID", "IN"}},
		{"ロシアとウクライナの首脳が会談した。", []string{"RU", "UA"}},
		{"マリアさんはアメリカに住んでいる。", []string{"US"}},
		{"وقعت روسيا والصين اتفاقا.", []string{"CN", "RU"}},
		{"زار الرئيس الولايات المتحدة وألمانيا.", []string{"DE", "US"}},
		// Negatives: English words that are names in another language.
		{"Island life is slow.", nil},
		{"A grenade exploded.", nil},
	})
}

func TestPrimaryWeights(t *testing.T) {
	type row struct {
		code    string
		primary bool
	}
	tests := []struct {
		name string
		doc  Doc
		want []row
	}{
		{"a country named only after the lead is not primary", Doc{Dateline: "BAKU", Body: []string{"Officials met.", "Belarus and Azerbaijan talked. Belarus said."}},
			[]row{{"AZ", true}, {"BY", false}}},
		{"a lone country named once is primary", Doc{Headline: "Talks resume", Body: []string{"The talks resumed.", "Officials in Kenya said so."}},
			[]row{{"KE", true}}},
		{"a passing country named almost as often is not", Doc{
			Headline: "Belarus signs potash deal",
			Body:     []string{"Belarus signed a potash deal on Monday.", "Russia, a partner, approved. Russia said so.", "Belarus said the deal helps. Russia agreed."}},
			[]row{{"BY", true}, {"RU", false}}},
		{"two countries in the headline are both primary", Doc{
			Headline: "Vietnam and Belarus sign accord",
			Body:     []string{"Vietnam and Belarus signed an accord.", "China watched."}},
			[]row{{"BY", true}, {"VN", true}, {"CN", false}}},
		{"the dateline weighs", Doc{Dateline: "BAKU", Body: []string{"Belarus and Azerbaijan talked.", "Belarus said."}},
			[]row{{"AZ", true}, {"BY", true}}},
	}
	for _, tt := range tests {
		var rows []row
		for _, c := range TagDoc(tt.doc) {
			rows = append(rows, row{c.Code, c.Primary})
		}
		slices.SortFunc(rows, func(a, b row) int {
			if a.primary != b.primary {
				if a.primary {
					return -1
				}
				return 1
			}
			if a.code < b.code {
				return -1
			}
			return 1
		})
		if !slices.Equal(rows, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, rows, tt.want)
		}
	}
}

func TestExplainHits(t *testing.T) {
	_, hits := Explain(Doc{Headline: "Real Madrid in Belarus", Body: []string{"Fans in Minsk cheered."}})
	want := []Hit{
		{Part: "the headline", Phrase: "Madrid", Kind: "alias", Code: "", Rule: ruleClub.String()},
		{Part: "the headline", Phrase: "Belarus", Kind: "name", Code: "BY", Rule: ruleCounted.String()},
		{Part: "paragraph 1", Phrase: "Minsk", Kind: "alias", Code: "BY", Rule: ruleCounted.String()},
	}
	if !slices.Equal(hits, want) {
		t.Errorf("Explain hits = %+v, want %+v", hits, want)
	}
}
