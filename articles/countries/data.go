package countries

// The project's own tables. They are plain data, parsed once on first use
// (see table.go), so that adding a name is a one-line change.

// shortNames replaces the ISO library's name where it is formal, dated or
// awkward; every other country keeps the library's name.
var shortNames = map[string]string{
	"AX": "Åland Islands",
	"BL": "Saint Barthélemy",
	"BN": "Brunei",
	"BQ": "Caribbean Netherlands",
	"CC": "Cocos Islands",
	"CD": "DR Congo",
	"CG": "Congo",
	"CI": "Côte d'Ivoire",
	"CW": "Curaçao",
	"FK": "Falkland Islands",
	"FM": "Micronesia",
	"GS": "South Georgia and the South Sandwich Islands",
	"HK": "Hong Kong",
	"IM": "Isle of Man",
	"IR": "Iran",
	"KP": "North Korea",
	"KR": "South Korea",
	"LA": "Laos",
	"LY": "Libya",
	"MD": "Moldova",
	"MF": "Saint Martin",
	"MK": "North Macedonia",
	"MO": "Macau",
	"PN": "Pitcairn Islands",
	"PS": "Palestine",
	"RE": "Réunion",
	"RU": "Russia",
	"SJ": "Svalbard and Jan Mayen",
	"ST": "São Tomé and Príncipe",
	"SX": "Sint Maarten",
	"SY": "Syria",
	"SZ": "Eswatini",
	"TL": "Timor-Leste",
	"TW": "Taiwan",
	"TZ": "Tanzania",
	"UM": "U.S. Minor Outlying Islands",
	"US": "United States",
	"GB": "United Kingdom",
	"VA": "Vatican City",
	"VE": "Venezuela",
	"BO": "Bolivia",
	"VG": "British Virgin Islands",
	"VI": "U.S. Virgin Islands",
	"VN": "Vietnam",
	"WF": "Wallis and Futuna",
}

// withdrawn codes the ISO library still lists: historical states, never tagged.
var withdrawn = map[string]bool{"YU": true, "AN": true}

// skipLibraryNames are library names that must not become aliases: they
// carry a qualifier a text never writes that way.
var skipLibraryNames = map[string]bool{
	"VG": true, "VI": true, "SX": true, "MF": true, "BQ": true,
}

// skipCapitals are the library's capitals that are not names a reader
// would take for the country: qualified spellings, common words and
// surnames, or towns that share their name with better-known places.
var skipCapitals = map[string]bool{
	"None": true, "Georgetown Guyana": true, "Basse-Terre Guadeloupe": true,
	"Kingston Norfolk Island": true, "Willemstad Curacao": true,
	"The Valley": true, "Male": true, "Hamilton": true, "Douglas": true,
	"Plymouth": true, "Stanley": true, "Jamestown": true, "Victoria": true,
	"Kingston": true, "San Jose": true, "George Town": true, "Saint-Denis": true,
	"Saint-Pierre": true, "West Island": true, "Diego Garcia": true,
	"St. John's": true, "St. George's": true, "Flying Fish Cove": true,
}

// aliasTable holds, one line per country, "CODE|name|name|…": common and
// official names, demonyms and adjectives, capitals, cities and regions in
// their English spelling. The country's short name, the library's name and
// its capital are added automatically. Markers in front of a name:
//
//	~  ambiguous with a person's or a thing's name: it does not count next to
//	   another capitalised word (Michael Jordan, Jordan Peterson)
//	@  ambiguous with another place: as ~, and also across a comma
//	   (Decatur, Georgia; Houston, Paris)
//	^  an acronym that is also an English word (US): it does not count in
//	   shouted text (TRUST US)
//	+  a place within the country (a city, a region): in an American
//	   article it makes a bare Georgia the state
//	?  also a common word (Bath): it counts only with a place cue
//
// A name written all in capitals (US, DPRK) matches only when written so.
// A plural in -s is added for names ending in -an, -i or -er (Belarusians,
// Israelis, New Zealanders); other plurals are listed.
const aliasTable = `
AD|Andorra|Andorran|Andorra la Vella
AE|United Arab Emirates|UAE|Emirati|Emirates|Dubai|Abu Dhabi|Sharjah
AF|Afghanistan|Afghan|Kabul|Kandahar|Herat|Mazar-i-Sharif|Jalalabad|Helmand
AG|Antigua and Barbuda|Antigua|Barbuda|Antiguan
AI|Anguilla|Anguillan
AL|Albania|Albanian|Tirana|Durrës
AM|Armenia|Armenian|Yerevan|Gyumri|Syunik
AO|Angola|Angolan|Luanda
AQ|Antarctica
AR|Argentina|Argentine|Argentinian|Argentinean|Buenos Aires
AS|American Samoa|Pago Pago
AT|Austria|Austrian|Vienna|Salzburg|Innsbruck|Graz
AU|Australia|Australian|Aussie|Aussies|Canberra|@Sydney|Melbourne|Brisbane|Perth|@Adelaide|Hobart|Queensland|New South Wales|Tasmania|Tasmanian
AW|Aruba|Aruban|Oranjestad
AX|Åland|Åland Islands|Aland Islands|Mariehamn
AZ|Azerbaijan|Azerbaijani|Azeri|Republic of Azerbaijan|Baku|Sumgait|Sumqayit|Nakhchivan|Nakhichevan|Karabakh|Nagorno-Karabakh|Shusha|Khankendi|Stepanakert|Aghdam|Lachin|Fuzuli|Kalbajar|Zangilan|Jabrayil|Khojaly|Gabala|Lankaran
BA|Bosnia and Herzegovina|Bosnia|Bosnian|Herzegovina|Bosniak|Sarajevo|Mostar|Srebrenica|Republika Srpska|Banja Luka|BiH
BB|Barbados|Barbadian|Bajan|Bridgetown
BD|Bangladesh|Bangladeshi|Dhaka|Dacca|Chittagong|Chattogram|Cox's Bazar
BE|Belgium|Belgian|Brussels|Antwerp|Ghent|Bruges|Flanders|Flemish|Wallonia|Liège
BF|Burkina Faso|Burkinabe|Ouagadougou
BG|Bulgaria|Bulgarian|@Sofia|Plovdiv|Varna
BH|Bahrain|Bahraini|Manama
BI|Burundi|Burundian|Bujumbura|Gitega
BJ|Benin|Beninese|Porto-Novo|Cotonou
BM|Bermuda|Bermudian
BN|Brunei|Bruneian|Brunei Darussalam|Bandar Seri Begawan
BO|Bolivia|Bolivian|La Paz|Sucre|Cochabamba
BR|Brazil|Brazilian|Brasília|Rio de Janeiro|São Paulo|Belo Horizonte|Manaus|Recife|Porto Alegre
BS|Bahamas|Bahamian|@Nassau
BT|Bhutan|Bhutanese|Thimphu
BW|Botswana|Botswanan|Motswana|Batswana|Gaborone
BY|Belarus|Belarusian|Byelorussian|Belorussian|Republic of Belarus|Minsk|Gomel|Homel|Grodno|Hrodna|Vitebsk|Viciebsk|Mogilev|Mahilyow|Babruysk|Bobruisk
BZ|Belize|Belizean|Belmopan
CA|Canada|Canadian|Ottawa|Toronto|Montreal|Vancouver|Quebec|Calgary|Edmonton|Winnipeg|Ontario|British Columbia|Alberta|Nova Scotia|Manitoba|Saskatchewan|Newfoundland
CD|DR Congo|DRC|Democratic Republic of the Congo|Democratic Republic of Congo|Congo-Kinshasa|Congolese|Kinshasa|Goma|Lubumbashi|Kivu|North Kivu|South Kivu|Dem. Rep. Congo|Dem. Rep. of the Congo
CF|Central African Republic|Bangui
CG|Congo|Republic of the Congo|Republic of Congo|Congo-Brazzaville|Brazzaville|Pointe-Noire
CH|Switzerland|Swiss|Geneva|Zurich|Bern|Berne|Basel|Lausanne|Davos
CI|Côte d'Ivoire|Ivory Coast|Ivorian|Abidjan|Yamoussoukro
CK|Cook Islands|Avarua
CL|Chile|Chilean|@Santiago|Valparaíso
CM|Cameroon|Cameroonian|Yaoundé|Douala
CN|China|Chinese|People's Republic of China|PRC|Mainland China|Sino|Beijing|Shanghai|Guangzhou|Shenzhen|Wuhan|Chengdu|Chongqing|Tianjin|Nanjing|Hangzhou|Xi'an|Harbin|Qingdao|Dalian|Xiamen|Suzhou|Kunming|Urumqi|Xinjiang|Tibet|Tibetan|Lhasa|Inner Mongolia|Guangdong|Fujian|Yunnan|Hainan|Sichuan|Hubei|Zhejiang|Jiangsu|Shandong|Henan|Hebei|Liaoning|Heilongjiang|Guangxi|Gansu|Qinghai|Ningxia|Anhui|Jiangxi|Hunan|Guizhou|Uyghur|Uighur
CO|Colombia|Colombian|Bogotá|Medellín|Barranquilla
CR|Costa Rica|Costa Rican
CU|~Cuba|Cuban|Havana
CV|Cape Verde|Cabo Verde|Cape Verdean|Praia
CW|Curaçao|Willemstad
CY|Cyprus|Cypriot|Nicosia|Limassol|Larnaca|Famagusta
CZ|Czechia|Czech Republic|Czech|Czechs|Prague|Brno|Ostrava|Bohemia|Moravia
DE|Germany|German|Federal Republic of Germany|Berlin|Munich|Hamburg|Frankfurt|Cologne|Stuttgart|Düsseldorf|Dresden|Leipzig|Bonn|Bavaria|Bavarian|Bundestag|Hanover|Hannover|Nuremberg
DJ|Djibouti|Djiboutian
DK|Denmark|Danish|Dane|Danes|Copenhagen|Aarhus
DM|Dominica|Roseau
DO|Dominican Republic|Dominican|Santo Domingo
DZ|Algeria|Algerian|Algiers|Oran
EC|Ecuador|Ecuadorian|Ecuadorean|Quito|Guayaquil|Galápagos
EE|Estonia|Estonian|Tallinn|Tartu
EG|Egypt|Egyptian|Cairo|@Alexandria|Giza|Luxor|Aswan|Suez|Sharm el-Sheikh|~Sinai|Sinai Peninsula
EH|Western Sahara|Sahrawi|Laayoune
ER|Eritrea|Eritrean|Asmara
ES|Spain|Spanish|Spaniard|Spaniards|Madrid|Barcelona|Seville|~Valencia|Bilbao|Málaga|Catalonia|Catalan|Andalusia|Basque Country|Canary Islands|Ibiza|Majorca|Mallorca
ET|Ethiopia|Ethiopian|Addis Ababa|Tigray|Amhara|Oromia
FI|Finland|Finnish|Finn|Finns|Helsinki|Tampere|Turku
FJ|Fiji|Fijian|Suva
FK|Falkland Islands|Falklands|Malvinas
FM|Micronesia|Federated States of Micronesia|Micronesian|Palikir
FO|Faroe Islands|Faroes|Faroese|Tórshavn
FR|France|French|@Paris|Marseille|Marseilles|Lyon|Toulouse|Bordeaux|Strasbourg|Lille|Nantes|Élysée|Corsica|Corsican|Normandy|Provence
GA|Gabon|Gabonese|Libreville
GB|United Kingdom|UK|U.K.|Britain|Great Britain|British|Briton|Britons|Brit|Brits|England|~Wales|Welsh|Scotland|Scottish|Northern Ireland|Northern Irish|London|Londoner|Manchester|Liverpool|@Birmingham|Leeds|Sheffield|Bristol|Edinburgh|Glasgow|Aberdeen|Cardiff|Belfast|Downing Street|Whitehall|Westminster|+Kent|+Surrey|+Essex|+Sussex|+East Sussex|+West Sussex|+Devon|+Yorkshire|+Lancashire|+Norfolk|+Suffolk|+Hampshire|+Dorset|+Somerset|+Cumbria|+Merseyside|+Tyneside|+Hertfordshire|+Berkshire|+Oxfordshire|+Cambridgeshire|+Lincolnshire|+Derbyshire|+Nottinghamshire|+Leicestershire|+Staffordshire|+Warwickshire|+Gloucestershire|+Wiltshire|+Shropshire|+Cheshire|+Northumberland|+Scottish Highlands|+Shetland|+Orkney
GD|Grenada|Grenadian
GE|@Georgia|~Georgian|~Georgians|Tbilisi|Batumi|Kutaisi|Abkhazia|Abkhaz|Abkhazian|South Ossetia|Sukhumi|Tskhinvali
GF|French Guiana|Cayenne
GG|Guernsey|St Peter Port
GH|Ghana|Ghanaian|Accra|Kumasi
GI|Gibraltar
GL|Greenland|Greenlandic|Nuuk
GM|Gambia|Gambian|Banjul
GN|~Guinea|Guinean|Conakry|Republic of Guinea
GP|Guadeloupe
GQ|Equatorial Guinea|Equatorial Guinean|Malabo
GR|Greece|Greek|Greeks|Hellenic Republic|Athens|Thessaloniki|Piraeus|Crete|Cretan|Corfu|Santorini|Lesbos|Mykonos
GS|South Georgia|South Georgia and the South Sandwich Islands
GT|Guatemala|Guatemalan|Guatemala City
GU|Guam|Guamanian|Hagåtña
GW|Guinea-Bissau|Bissau-Guinean|Bissau
GY|Guyana|Guyanese
HK|Hong Kong|Hong Konger|Kowloon
HN|Honduras|Honduran|Tegucigalpa|San Pedro Sula
HR|Croatia|Croatian|Croat|Croats|Zagreb|Dubrovnik|Rijeka
HT|Haiti|Haitian|Port-au-Prince
HU|Hungary|Hungarian|Budapest|Debrecen
ID|Indonesia|Indonesian|Jakarta|Bali|Balinese|Surabaya|Sumatra|Bandung|Aceh
IE|Ireland|Irish|Republic of Ireland|Dublin|Galway|Limerick
IL|~Israel|Israeli|Israel Defense Forces|Israel Defence Forces|IDF|Knesset|Jerusalem|Tel Aviv|Haifa|Eilat
IM|Isle of Man|Manx
IN|~India|Indian|New Delhi|Delhi|Mumbai|Bombay|Kolkata|Calcutta|Chennai|Madras|Bangalore|Bengaluru|Hyderabad|Ahmedabad|Pune|Jaipur|Lucknow|Kerala|Goa|Gujarat|Maharashtra|Tamil Nadu|Uttar Pradesh|Bihar|Rajasthan|West Bengal|Karnataka|Assam|Manipur
IO|British Indian Ocean Territory|Chagos Islands|Chagos
IQ|Iraq|Iraqi|Baghdad|Basra|Mosul|Erbil|Kirkuk|Fallujah|Najaf|Karbala|Ramadi|Tikrit
IR|Iran|Iranian|Islamic Republic of Iran|Tehran|Teheran|Isfahan|Mashhad|Tabriz|~Shiraz|Qom|Persian
IS|Iceland|Icelandic|Icelander|Reykjavík
IT|Italy|Italian|Rome|Milan|Naples|Turin|Venice|@Florence|Bologna|Genoa|Palermo|Sicily|Sicilian|Sardinia|Tuscany|Lombardy
JE|@Jersey|Saint Helier|St Helier
JM|Jamaica|Jamaican
JO|~Jordan|Jordanian|Amman|Aqaba
JP|Japan|Japanese|Tokyo|Osaka|Kyoto|Yokohama|Nagoya|~Kobe|Sapporo|Fukuoka|Hiroshima|Nagasaki|Okinawa|Okinawan|Fukushima|Hokkaido|Kyushu|Honshu
KE|Kenya|Kenyan|Nairobi|Mombasa|Kisumu
KG|Kyrgyzstan|Kyrgyz|Kyrgyz Republic|Bishkek
KH|Cambodia|Cambodian|Phnom Penh|Siem Reap
KI|Kiribati|Tarawa
KM|Comoros|Comorian|@Moroni
KN|Saint Kitts and Nevis|St Kitts and Nevis|St Kitts|Saint Kitts|Nevis|Basseterre
KP|North Korea|North Korean|N. Korea|N. Korean|DPRK|Democratic People's Republic of Korea|Pyongyang|Kaesong|Wonsan|Sinuiju|Yongbyon|Hamhung|Workers' Party of Korea|Korean People's Army|DPR Korea|D.P.R. Korea
KR|South Korea|South Korean|S. Korea|S. Korean|Korea|Korean|Republic of Korea|ROK|Seoul|Busan|Pusan|Incheon|Daegu|Gwangju|Daejeon|Ulsan|Jeju|Gyeonggi|Pyeongtaek|Gangnam|Rep. of Korea
KW|Kuwait|Kuwaiti|Kuwait City
KY|Cayman Islands|Caymanian
KZ|Kazakhstan|Kazakh|Kazakhs|Kazakhstani|Astana|Nur-Sultan|Almaty|Shymkent|Baikonur
LA|Laos|~Lao|Laotian|Lao People's Democratic Republic|Vientiane|Luang Prabang|Lao PDR|Lao P.D.R.
LB|Lebanon|Lebanese|Beirut|Sidon
LC|Saint Lucia|St Lucia|Castries
LI|Liechtenstein|Liechtensteiner|Vaduz
LK|Sri Lanka|Sri Lankan|Colombo|Kandy|Jaffna|Ceylon
LR|Liberia|Liberian|Monrovia
LS|Lesotho|Basotho|Maseru
LT|Lithuania|Lithuanian|Vilnius|Kaunas|Klaipėda
LU|Luxembourg|Luxembourger|Luxembourgish
LV|Latvia|Latvian|Riga
LY|Libya|Libyan|Tripoli|Benghazi|Misrata
MA|Morocco|Moroccan|Rabat|Casablanca|Marrakesh|Marrakech|Tangier|Fez
MC|Monaco|Monegasque|Monte Carlo
MD|Moldova|Moldovan|Republic of Moldova|Chișinău|Transnistria|Transnistrian|Gagauzia
ME|Montenegro|Montenegrin|Podgorica|Kotor
MF|Saint Martin
MG|Madagascar|Malagasy|Antananarivo
MH|Marshall Islands|Marshallese|Majuro
MK|North Macedonia|North Macedonian|Macedonia|Macedonian|Republic of North Macedonia|Skopje|Ohrid|N. Macedonia
ML|~Mali|Malian|Bamako|Timbuktu
MM|Myanmar|Burma|Burmese|Yangon|Rangoon|Naypyidaw|Nay Pyi Taw|Mandalay|Rakhine
MN|Mongolia|Mongolian|Ulaanbaatar|Ulan Bator
MO|Macau|Macao|Macanese
MP|Northern Mariana Islands|Saipan
MQ|Martinique
MR|Mauritania|Mauritanian|Nouakchott
MS|Montserrat
MT|Malta|Maltese|Valletta
MU|Mauritius|Mauritian|Port Louis
MV|Maldives|Maldivian
MW|Malawi|Malawian|Lilongwe|Blantyre
MX|Mexico|Mexican|Mexico City|Baja California|Baja California Sur|Guadalajara|Monterrey|Tijuana|Cancún|Acapulco|Oaxaca|Chiapas|Sinaloa|Ciudad Juárez
MY|Malaysia|Malaysian|Kuala Lumpur|Penang|~Sabah|Sarawak|Johor|Putrajaya
MZ|Mozambique|Mozambican|Maputo|Cabo Delgado
NA|Namibia|Namibian|Windhoek
NC|New Caledonia|Nouméa
NE|Niger|Nigerien|Niamey|Agadez
NG|Nigeria|Nigerian|Lagos|Abuja|Kano|Ibadan|Port Harcourt|Niger Delta|Borno|Maiduguri
NI|Nicaragua|Nicaraguan|Managua
NL|Netherlands|Dutch|~Holland|Amsterdam|Rotterdam|~Hague|Utrecht|Eindhoven
NO|Norway|Norwegian|Oslo
NP|Nepal|Nepali|Nepalese|Kathmandu|Pokhara
NR|Nauru|Nauruan
NZ|New Zealand|New Zealander|Auckland|@Wellington|Christchurch|NZ
OM|Oman|Omani|Muscat|Salalah
PA|Panama|Panamanian|Panama City
PE|Peru|Peruvian|@Lima|Cusco|Cuzco|Machu Picchu|Arequipa
PF|French Polynesia|Tahiti|Tahitian|Papeete
PG|Papua New Guinea|Papua New Guinean|Port Moresby|PNG
PH|Philippines|Philippine|Filipino|Filipinos|Filipina|Manila|Quezon City|Cebu|Davao|Mindanao|Luzon
PK|Pakistan|Pakistani|Islamabad|Karachi|Lahore|Peshawar|Rawalpindi|Quetta|Balochistan|Baluchistan|Khyber Pakhtunkhwa|Sindh|Multan|Faisalabad
PL|Poland|Polish|Poles|Warsaw|Kraków|Cracow|Gdańsk|Wrocław|Poznań|Łódź|Lublin|Rzeszów
PR|Puerto Rico|Puerto Rican|San Juan
PS|Palestine|Palestinian|State of Palestine|Gaza|Gaza Strip|West Bank|Ramallah|East Jerusalem|Rafah|Khan Younis|Hebron|Nablus|Jenin
PT|Portugal|Portuguese|Lisbon|Porto|Madeira|Azores|Algarve
PW|Palau|Palauan|Melekeok
PY|Paraguay|Paraguayan|Asunción
QA|Qatar|Qatari|Doha
RE|~Réunion|Réunion Island
RO|Romania|Romanian|Bucharest|Cluj-Napoca|Cluj|Timișoara|Transylvania|Constanța
RS|Serbia|Serbian|Serb|Serbs|Belgrade|Novi Sad
RU|Russia|Russian|Russian Federation|Moscow|Muscovite|Kremlin|St Petersburg|Saint Petersburg|Siberia|Siberian|Chechnya|Chechen|Dagestan|Kaliningrad|Vladivostok|Novosibirsk|Yekaterinburg|~Kazan|Sochi|Volgograd|Belgorod|Kursk|Murmansk|Rostov|Krasnodar|Tatarstan
RW|Rwanda|Rwandan|Kigali
SA|Saudi Arabia|Saudi|Saudi Arabian|Riyadh|Jeddah|Mecca|Makkah|~Medina|Dammam|KSA|Kingdom of Saudi Arabia
SB|Solomon Islands|Solomon Islander|Honiara
SC|Seychelles|Seychellois
SD|Sudan|Sudanese|Khartoum|Darfur|Omdurman|Port Sudan
SE|Sweden|Swedish|Swede|Swedes|Stockholm|Gothenburg|Malmö
SG|Singapore|Singaporean
SH|Saint Helena|St Helena
SI|Slovenia|Slovenian|Slovene|Slovenes|Ljubljana|Maribor
SJ|Svalbard|Longyearbyen
SK|Slovakia|Slovak|Slovaks|Slovak Republic|Bratislava|Košice
SL|Sierra Leone|Sierra Leonean|Freetown
SM|San Marino|Sammarinese
SN|Senegal|Senegalese|Dakar
SO|Somalia|Somali|Somalian|Mogadishu|Somaliland|Puntland
SR|Suriname|Surinamese|Paramaribo
SS|South Sudan|South Sudanese|Juba
ST|São Tomé and Príncipe|São Tomé
SV|El Salvador|Salvadoran|Salvadorean|San Salvador
SX|Sint Maarten|Philipsburg
SY|Syria|Syrian|Syrian Arab Republic|Damascus|Aleppo|Homs|Idlib|Raqqa|Deir ez-Zor|Latakia|Daraa|Hama
SZ|Eswatini|Swaziland|Swazi|Mbabane
TC|Turks and Caicos Islands|Turks and Caicos
TD|~Chad|Chadian|N'Djamena
TF|French Southern Territories
TG|Togo|Togolese|Lomé
TH|Thailand|Thai|Bangkok|Phuket|Chiang Mai|Pattaya
TJ|Tajikistan|Tajik|Tajiks|Dushanbe
TK|Tokelau
TL|Timor-Leste|East Timor|Timorese|Dili
TM|Turkmenistan|Turkmen|Ashgabat
TN|Tunisia|Tunisian|Tunis
TO|Tonga|Tongan|Nuku'alofa
TR|~Turkey|Türkiye|Turkish|Turk|Turks|Ankara|Istanbul|Izmir|Antalya
TT|Trinidad and Tobago|Trinidad|Tobago|Trinidadian|Port of Spain
TV|Tuvalu|Tuvaluan|Funafuti
TW|Taiwan|Taiwanese|Republic of China|Chinese Taipei|Taipei|Kaohsiung|Taichung|Tainan
TZ|Tanzania|Tanzanian|Dar es Salaam|Dodoma|Zanzibar|Arusha
UA|Ukraine|Ukrainian|Kyiv|Kiev|Kharkiv|Kharkov|Odesa|Odessa|Lviv|Dnipro|Donetsk|Luhansk|Lugansk|Donbas|Donbass|Crimea|Crimean|Sevastopol|Mariupol|Zaporizhzhia|Zaporizhia|Kherson|Bakhmut|Mykolaiv|Chernihiv|Sumy|Poltava|Avdiivka|Pokrovsk|Chernobyl|Chornobyl
UG|Uganda|Ugandan|Kampala|Entebbe
US|United States|United States of America|^US|U.S.|USA|U.S.A.|America|American|American Indian|@Washington|Washington DC|Washington D.C.|D.C.|District of Columbia|New Mexican|White House|Pentagon|Capitol Hill|Wall Street|+New York|+New York City|+Los Angeles|+Chicago|+San Francisco|+Boston|+Miami|+@Houston|+@Dallas|+@Denver|+Seattle|+Atlanta|+Philadelphia|+Detroit|+Las Vegas|+Silicon Valley|+Manhattan|+~Brooklyn|+Honolulu|+Pearl Harbor
UY|Uruguay|Uruguayan|Montevideo
UZ|Uzbekistan|Uzbek|Uzbeks|Uzbekistani|Tashkent|Samarkand|Bukhara
VA|Vatican|Vatican City|Holy See
VC|Saint Vincent and the Grenadines|St Vincent and the Grenadines|Saint Vincent|St Vincent|Grenadines|Kingstown
VE|Venezuela|Venezuelan|Caracas|Maracaibo
VG|British Virgin Islands|Road Town
VI|U.S. Virgin Islands|US Virgin Islands|Charlotte Amalie|Virgin Islands|United States Virgin Islands
VN|Vietnam|Việt Nam|Vietnamese|Việt Namese|Socialist Republic of Vietnam|Socialist Republic of Việt Nam|Hanoi|Hà Nội|Ho Chi Minh City|HCMC|Saigon|Đà Nẵng|Danang|Hải Phòng|Haiphong|Cần Thơ|Nha Trang|Hạ Long|Mekong Delta|North Vietnam|North Vietnamese|South Vietnam|South Vietnamese
VU|Vanuatu|Ni-Vanuatu|Port Vila
WS|Samoa|Samoan|Apia
XK|Kosovo|Kosovar|Kosovan|Pristina|Prishtina
YE|Yemen|Yemeni|Sanaa|Sana'a|Aden|Hodeidah
YT|Mayotte|Mamoudzou
ZA|South Africa|South African|Johannesburg|Cape Town|Pretoria|Durban|Soweto|Gqeberha|S. Africa
ZM|Zambia|Zambian|Lusaka
ZW|Zimbabwe|Zimbabwean|Harare|Bulawayo
`

// usStates are the American states, aliases of the United States that
// also make a place before them and a comma American: "Paris, Texas" and
// "Athens, Ga." are towns in the United States, not in France or Greece.
// A name ending in a full stop is an abbreviation of a dateline ("Springfield,
// Mass."): it counts only written with its stop, after a capitalised word and
// a comma; those that are also words (Pa., Miss., Mo., La., Ore., Ark.,
// Wash., Me.) are left out. Markers as in aliasTable.
//
// Georgia is not here: it is the country's name (see aliasTable), and the
// state's only where the text says so (Atlanta, Georgia; Alabama and
// Georgia). Washington and New York are American already (see aliasTable),
// but written out they make no place before them American: "Moscow,
// Washington" and "London, New York" are lists of cities far more often
// than namesakes.
const usStates = `
Alabama|Ala.|Alaska|Arizona|Ariz.|Arkansas|California|Calif.|Colorado|Colo.|Connecticut|Conn.
Delaware|Del.|Florida|Fla.|Ga.|Hawaii|Idaho|Illinois|Ill.|~Indiana|Ind.|Iowa|Kansas|Kan.
Kentucky|Ky.|Louisiana|Maine|Maryland|Md.|Massachusetts|Mass.|Michigan|Mich.|Minnesota|Minn.
Mississippi|Missouri|~Montana|Mont.|Nebraska|Neb.|Nevada|Nev.|New Hampshire|N.H.|New Jersey|N.J.
New Mexico|N.M.|N.Y.|North Carolina|N.C.|North Dakota|N.D.|Ohio|Oklahoma|Okla.|Oregon|Pennsylvania
Rhode Island|R.I.|South Carolina|S.C.|South Dakota|S.D.|Tennessee|Tenn.|Texas|Tex.|Utah
Vermont|Vt.|~Virginia|Va.|West Virginia|W.Va.|Wisconsin|Wis.|Wyoming|Wyo.
`

// stopPhrases are matched like names and thrown away: they consume their
// words, so that "Korea JoongAng Daily" is no mention of Korea and "Papua
// New Guinea" none of Guinea. One group a line.
const stopPhrases = `
United Nations|UN|U.N.|EU|European Union|EAEU|Eurasian Economic Union|Eurasian Union|ASEAN|Association of Southeast Asian Nations|CIS|CIS Games|Commonwealth of Independent States|Non-Aligned Movement|NATO|North Atlantic Treaty Organization|North Atlantic Treaty Organisation|OSCE|CSTO|Collective Security Treaty Organization|Collective Security Treaty Organisation|Shanghai Cooperation Organisation|Shanghai Cooperation Organization|SCO|BRICS|African Union|Arab League|League of Arab States|Organization of American States|Organisation of American States|Gulf Cooperation Council|OPEC|IMF|International Monetary Fund|Asian Development Bank|Inter-American|Pan-American|Pan American
Korea JoongAng Daily|JoongAng Daily|Korea Herald|Korea Times|Korea Economic Daily|Korea Bizwire|Korean Central News Agency|Korean Central Television|China Daily|China Global Television Network|China Central Television|China News Service|South China Morning Post|Vietnam News Agency|Việt Nam News Agency|Việt Nam News|Vietnam News|Vietnam Investment Review|Vietnam Plus|Belarusian Telegraph Agency|Azerbaijan State News Agency|Russia Today|Moscow Times|Kyiv Independent|Kyiv Post|Japan Times|Times of India|India Today|Times of Israel|Jerusalem Post|Jordan Times|Tehran Times|Washington Post|Washington Times|New York Times|New York Post|Wall Street Journal|Los Angeles Times|Chicago Tribune|Voice of America|Irish Times|Sydney Morning Herald|Bangkok Post|Jakarta Post|Kathmandu Post|Manila Times|Philippine Daily Inquirer|Agence France-Presse|France Presse|France 24|British Broadcasting Corporation
Paris Saint-Germain|PSG|Sheffield Wednesday|Preston North End|Bank of America|Bank of China|Bank of Ireland|Bank of Scotland|Royal Bank of Scotland|Royal Bank of Canada|Bank of Montreal|Bank of Communications|Bank of the Philippine Islands
Soviet Union|USSR|U.S.S.R.|Union of Soviet Socialist Republics|Yugoslavia|Yugoslav|Yugoslavian|Federal Republic of Yugoslavia|Socialist Federal Republic of Yugoslavia|Czechoslovakia|Czechoslovak|East Germany|East German|West Germany|West German|German Democratic Republic|Serbia and Montenegro|Netherlands Antilles|Austria-Hungary|Russian Empire|British Empire|Ottoman Empire
Korean Peninsula|Korean War|Korean Demilitarized Zone|Latin America|Latin American|South America|South American|North America|North American|Central America|Central American|Central African|Middle East|Middle Eastern|Far East|Far Eastern|Near East|Georgia Tech|New England|Sierra Nevada|Colorado Party|New Guinea|Guinea pig|Guinea pigs|Gulf of Guinea|Niger River|Congo River|Congo Basin|Indian Ocean|West Indian|South China Sea|East China Sea|Sea of Japan|Gulf of Mexico|Gulf of America|Gulf of Oman|Gulf of Aden|Gulf of Thailand|Irish Sea|North Pole|South Pole|Ho Chi Minh|Ho Chi Minh Trail
English Channel|Persian Gulf|Dutch disease|Dutch courage|Dutch auction|Dutch uncle|Scotch egg|Scotch eggs|Scotch tape|Scotch bonnet|Welsh rarebit|Welsh dresser|English breakfast|English muffin|English muffins|Turkish bath|Turkish baths|Turkish coffee|Swedish massage|Russian salad|Spanish omelette|Spanish fly|French door|French doors|French window|French windows|French polish|French braid|French leave|French bulldog|French bulldogs|English bulldog|English setter|Irish setter|Irish wolfhound|Scottish terrier|Welsh corgi|Siberian husky|Siberian huskies|Tibetan mastiff|Afghan hound|Maltese cross|Chinese lantern|Chinese lanterns|India ink|Indian ink|Japanese knotweed|Mexican standoff|Belgian waffle|Belgian waffles|Swiss army knife|Swiss roll|Danish blue|Irish stew|Brazil nut|Brazil nuts|Persian cat|Persian cats|Persian rug|Persian rugs|Siamese twins|Siamese cat|Siamese cats|Moscow mule|Singapore sling|Peking duck|Boston terrier|Greek yogurt|Greek yoghurt|Greek salad|German measles|Hawaiian shirt|Hawaiian pizza|Baked Alaska|Stockholm syndrome|Venetian blind|Venetian blinds|Egyptian cotton|Arabian horse|Jersey cow|French fries|French toast|French kiss|French horn|French press|French Quarter|Turkish delight|Brussels sprouts|Brussels sprout|Swiss cheese|Swiss chard|Dutch oven|Russian roulette|Russian doll|Russian dolls|Chinese checkers|Chinese whispers|Chinese New Year|German shepherd|German shepherds|Great Dane|Great Danes|Irish coffee|Danish pastry|Spanish flu|Panama hat|Jerusalem artichoke|Canadian bacon|Indian summer|Mexican wave
`

// neutralWords are capitalised words that do not make an ambiguous name
// part of a person's or a thing's name: function words that start titles
// and sentences, compass words, days and months.
const neutralWords = `the a an and or but nor of in on at to for from with by as into via vs versus than
then both between also while when where if after before since until about against across over under near
toward towards like including neighbouring neighboring i it its this that these those his her their our
north south east west northern southern eastern western central northeast northwest southeast southwest
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december however meanwhile moreover furthermore nevertheless still yet
instead indeed now today yesterday tomorrow tonight last next earlier later separately elsewhere overall
ultimately currently together even only`
