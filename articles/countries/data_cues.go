package countries

// Cues beyond the names, demonyms and places of aliasTable. Same syntax:
// "CODE|name|name|…", markers as there. Each table is its own kind of
// reference, which --explain names.

// metonymTable holds the buildings, streets and districts that stand for a
// government: "Number 10 said", "Holyrood voted", "the Quai d'Orsay warned".
const metonymTable = `
GB|Number 10|No 10|No. 10|Number Ten|Holyrood|Stormont|Senedd|Whitehall|Westminster|Downing Street
FR|Quai d'Orsay|Élysée Palace|Matignon|Hôtel Matignon|Bercy
CN|Zhongnanhai|Great Hall of the People|Forbidden City
RU|Kremlin|Lubyanka|State Duma|Duma
US|White House|Pentagon|Foggy Bottom|Capitol Hill|Oval Office
DE|Bundestag|Bundesrat|Reichstag
IT|Palazzo Chigi|Quirinale|Quirinal Palace|Farnesina
ES|Moncloa|La Moncloa|Moncloa Palace
AR|Casa Rosada
BR|Planalto|Planalto Palace|Itamaraty
MX|Los Pinos|Palacio Nacional
KR|Blue House|Cheong Wa Dae|Yongsan
JP|Kantei|Kasumigaseki|Nagatacho
UA|Verkhovna Rada|Bankova
PL|Sejm
IN|Rashtrapati Bhavan|Lok Sabha|Rajya Sabha
IE|Dáil|Dáil Éireann|Oireachtas|Leinster House|Taoiseach|Áras an Uachtaráin
NL|Binnenhof
TR|Beştepe
IL|Knesset
`

// formerTable holds older and alternate names. Some point elsewhere today:
// White Russia is Belarus, not Russia; Little Russia is Ukraine.
const formerTable = `
BY|White Russia|Byelorussia|Belorussia|Byelorussian SSR
UA|Little Russia|Ukrainian SSR
TH|Siam|Siamese
IR|Persia
CD|Zaire|Zaïre
ZW|Rhodesia|Southern Rhodesia|Rhodesian
ZM|Northern Rhodesia
BF|Upper Volta
BJ|Dahomey
TW|Formosa
KH|Kampuchea
BD|East Pakistan
ET|Abyssinia|Abyssinian
BW|Bechuanaland
LS|Basutoland
MW|Nyasaland
TZ|Tanganyika
GH|Gold Coast Colony
IE|Eire|Éire|Irish Free State
JP|Nippon
KG|Kirghizia
TM|Turkmenia
MK|FYROM|Former Yugoslav Republic of Macedonia
CN|Peking|Cathay
RU|Leningrad|Stalingrad|Königsberg|Muscovy
TR|Constantinople
PL|Danzig|Breslau
UA|Lemberg
CD|Léopoldville|Leopoldville
ID|Batavia|Dutch East Indies
SR|Dutch Guiana
GY|British Guiana
BZ|British Honduras
LK|Ceylon
MM|Burma
SZ|Swaziland
CV|Cape Verde
`

// nicknameTable holds names in common use for a country, its people and
// its national teams.
const nicknameTable = `
NZ|Kiwi|Kiwis|All Blacks|Black Ferns|Aotearoa
AU|Aussie|Aussies|Down Under|Socceroos|Wallabies|Matildas|Kangaroos
GB|Blighty|Three Lions|Lionesses|Team GB|Pom|Poms|Pommie|Pommies
US|Yank|Yanks|Uncle Sam|Stars and Stripes|Team USA|USMNT|USWNT
ZA|Springboks|Bafana Bafana|Proteas|Mzansi
FR|Les Bleus
IT|Azzurri|Bel Paese
NL|Oranje
AR|Albiceleste|Los Pumas
BR|Seleção|Selecao
JP|Samurai Blue|Land of the Rising Sun
SG|Lion City
CA|Canuck|Canucks|Great White North
IE|Emerald Isle
NG|Super Eagles
GH|Black Stars
CM|Indomitable Lions
SN|Teranga Lions
MX|El Tri
`

// nationTable holds the nations within a country and their people, where
// aliasTable does not already: the United Kingdom's four nations, Spain's,
// Belgium's, Canada's. -man and -woman forms are made from every demonym in
// -sh or -ch and from Scots (see manForms).
const nationTable = `
GB|English|Scot|Scots|Ulster|Ulsterman|Ulstermen|Cornwall|Cornish|Geordie|Scouse|Scouser
ES|Basque|Basques|Galician|Galicians|Andalusian|Andalusians|Valencian|Catalans|Castilian
BE|Walloon|Walloons|Flemings
CA|Québécois|Quebecer|Quebecers|Quebecker|Quebeckers|Newfoundlander|Albertan
FR|Breton|Bretons|Alsace|Brittany|Parisian|Parisians
IT|Sardinian|Sardinians|Neapolitan|Venetian|Milanese
DE|Saxony|Swabian|Rhineland
RU|Tatar|Tatars|Bashkir|Yakut|Buryat
CN|Cantonese|Uyghurs|Uighurs|Tibetans|Han Chinese
IN|Tamil Nadu|Punjabi|Bengali|Gujarati|Marathi|Keralite
US|Texan|Texans|Californian|Californians|New Yorkers|Floridian|Hawaiian|Hawaiians|Alaskan|Alaskans
`

// manForms are the demonyms whose people are written X-man, X-men,
// X-woman, X-women; the forms are made at build time.
const manForms = `English Welsh Scots Irish French Dutch Cornish Manx Ulster`

// qualifierTable holds the qualifiers that official and statistical
// tables put after a name, after a comma, in brackets or after a space:
// "Korea, Republic of", "Iran (Islamic Republic of)", "Korea DPR". A
// qualifier keeps the name's country unless a line says which it means:
// "BASE>CODE|qualifier|…" gives CODE where the name's country is BASE.
// Lines without ">" apply to any name. A qualifier marked "_" may follow
// after a plain space, not only after a comma or a bracket.
const qualifierTable = `
|Republic of|the Republic of|Rep.|_Rep.|Rep. of|Islamic Republic of|Islamic Rep.|Arab Rep.|Arab Republic of|the Arab Republic of
|United Republic of|the United Republic of|Bolivarian Republic of|_RB|RB|Plurinational State of|the Plurinational State of
|Federated States of|Fed. Sts.|Federal Republic of|Fed. Rep.|Federal Democratic Republic of|the|The|State of|Kingdom of the|Kingdom of
|the Former Yugoslav Republic of|Former Yugoslav Republic of|The Former Yugoslav Republic of|Hashemite Kingdom of|Sultanate of
|Principality of|Grand Duchy of|Commonwealth of|Commonwealth of the|Independent State of|Union of the|Oriental Republic of
|Socialist Republic of|Islamic State of|Democratic Socialist Republic of|Co-operative Republic of
|Malvinas|Kingdom of the Netherlands
KR>KP|DPR|_DPR|D.P.R.|_D.P.R.|Democratic People's Republic of|the Democratic People's Republic of|Dem. People's Rep.|Dem. People's Rep. of|Dem. Rep.|North
KR>KR|South|Rep. of Korea
CG>CD|Democratic Republic of the|the Democratic Republic of the|Democratic Republic of|Dem. Rep.|_DR|DR|Dem. Rep. of the|Kinshasa|Congo-Kinshasa
CG>CG|Rep.|Republic of the|the Republic of the|Brazzaville|Congo-Brazzaville
VI>VI|U.S.|US|USA|United States|_U.S.
VI>VG|British|UK|U.K.
MF>MF|French part|French Part
SX>SX|Dutch part|Dutch Part
CN>HK|Hong Kong SAR|Hong Kong Special Administrative Region
CN>MO|Macao SAR|Macau SAR|Macao Special Administrative Region
CN>TW|Taiwan Province of
HK>HK|_SAR|SAR|SAR, China|_SAR, China|Special Administrative Region|Special Administrative Region of China
MO>MO|_SAR|SAR|SAR, China|_SAR, China|Special Administrative Region
TW>TW|Province of China|Taiwan Province of China
SD>SS|South
LA>LA|_PDR|PDR|P.D.R.|_P.D.R.|People's Democratic Republic|the People's Democratic Republic
GE>US|U.S. state|US state|state|the state|American state
GE>GE|country|the country
`

// georgiaNeighbours are the countries whose mention makes a bare "Georgia"
// the country even where the other cues are American.
const georgiaNeighbours = `RU AM AZ TR UA IR`
