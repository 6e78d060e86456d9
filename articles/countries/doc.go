// Package countries is the gazetteer: ISO 3166-1 countries with the
// project's short names and flags, and a tagger that finds the countries a
// text mentions and decides which ones it is about.
//
// # What counts as a reference to a country
//
// A phrase refers to a country when it names the country, its people or a
// place, event or institution located in it:
//
//   - its names, short, official, older and in other languages: Belarus,
//     the Republic of Belarus, White Russia, Weißrussland, Белоруссия, 白俄罗斯;
//     the forms statistical tables write, inverted, abbreviated or
//     qualified in brackets, which mean what the plain name means: Korea,
//     Republic of (KR); Korea DPR (KP); Iran (Islamic Republic of) (IR);
//     Virgin Islands (U.S.) (VI), not the United States;
//   - its people and their adjectives, with their plurals and -man forms,
//     the nations within it and nicknames in common use: Belarusian,
//     Belarusians, Welsh, Welshmen, Scots, Kiwis;
//   - its cities and regions, from the project's tables and a gazetteer
//     of larger cities (GeoNames): Minsk, Gomel, Bavaria;
//   - the buildings and streets that stand for its government: the
//     Kremlin, Number 10, Holyrood, Zhongnanhai, the Quai d'Orsay;
//   - events, institutions and places located in it: a stock exchange, a
//     national cup, a university, a central bank, a police headquarters, a
//     district or landmark (the Tokyo Stock Exchange, the Bank of England,
//     the Russian Central Bank, the Indian Air Force, Manchester City
//     Council).
//
// A phrase that merely carries a place's name does not:
//
//   - organisations named for a place: clubs and teams (Real Madrid,
//     Dynamo Moscow, Manchester United, the Chicago Bulls), companies,
//     brands and outlets (Turkish Airlines, China Mobile, Swiss Re, Air
//     India, the Korea Times), and so competitions named for a sponsor
//     (the Qatar Airways Cup);
//   - works: films, songs, books and games (the film The Italian Job,
//     "An American in Paris");
//   - people: Paris Jackson, Neil Ireland, Mr Holland, Michael Jordan, and
//     that person's name again later in the text ("Jordan said");
//   - set phrases (Brussels sprouts, Turkish delight, French windows),
//     organisations of several countries (the United Nations, NATO) and
//     historical states (the Soviet Union);
//   - a language: English-language, Russian speakers, said in French;
//   - a city whose name is also a word or a person's name (Bath, Split,
//     Mobile, Derby, Charlotte) unless a place cue makes it the city: in
//     Bath, Mobile, Alabama, or a dateline.
//
// Names are told apart by their shape, with data tables for the words
// that make each shape (data_shape.go): a club's first or last word before
// or after the place (Real, Dynamo; United, Rovers, FC), a plural team name
// after a city outside title case, a company's or outlet's word in the run
// of capitalised words after it (Airlines, Mobile, Bank, Times) unless an
// institution's word stands beside it (Central Bank, Air Force), a title or
// a given name before it, a run of capitalised words after a word such as
// film or novel, or quotes around a short title-case phrase.
//
// A name matches on whole words, longest first, after folding case and
// diacritics, and only when capitalised: china, turkey and chad are words.
// Chinese and Japanese names match inside runs of text, which have no
// spaces; a katakana name must be a whole katakana run (マリ, Mali, is not
// in マリア). Russian names match with their case endings, Arabic ones
// after the letters written joined before a word.
//
// Georgia is the country, unless the text says the state (Atlanta,
// Georgia; Georgia and Alabama; Georgia (U.S. state)), or its other cues are
// American (American cities and states, an American dateline) and none is
// Georgian or of Georgia's neighbours.
//
// # Primary countries
//
// A mention weighs by where it stands: in the headline three times one in
// the body, in the dateline twice, in the lead one and a half times (the
// lead is sometimes a photo's caption, which names places in passing). A
// country is primary when its weight is at least half the weightiest
// country's and at least that of two mentions in the body; where the
// headline names countries, one it does not name needs three quarters.
// An article's only country is primary, however often it is named. So a
// country named in passing almost as often as the main one stays
// secondary: the main one has the headline.
package countries
