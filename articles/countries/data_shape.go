package countries

// The words that give a name containing a place its shape: a club, a
// company or outlet, a work, a person. Folded, space-separated; see
// shape.go for how each is used.

// clubPrefixes come before a city in a club's name: Real Madrid, Dynamo
// Moscow, Ajax Amsterdam, Red Star Belgrade.
const clubPrefixes = `real atletico atletic athletic inter ac as ss us fc sc sv afc cf cd ud rcd vfb vfl tsv rb
dynamo dinamo spartak cska lokomotiv torpedo zenit krylia rubin olympique olympiacos sporting racing
partizan hapoel maccabi beitar ajax bayern borussia eintracht hertha union shakhtar zorya metalist
standard club deportivo celta rapid slavia sparta viktoria legia lech wisla steaua levski galatasaray
fenerbahce besiktas psv stade star bull bayer`

// clubSuffixes come after a place in a club's or a team's name:
// Manchester United, Bristol Rovers, Toronto FC, Miami Heat.
const clubSuffixes = `united city town rovers wanderers athletic athletico albion hotspur rangers celtic
argyle alexandra thistle academicals vale fc afc cf sc rfc cfc sk fk bk if ff heat jazz magic thunder
lightning wild galaxy dynamo`

// teamPlurals are the plural words after a place that are events or
// institutions, not a team: the Tokyo Olympics, the Paris Accords.
const teamPlurals = `olympics games talks accords agreements protocols conventions riots attacks bombings
championships masters nationals open awards elections islands hills mountains alps heights highlands
lowlands keys springs falls lakes plains gardens docks studios archives laws accords negotiations
protests sanctions forces police affairs relations ministries authorities courts days principles
guidelines rules papers files studies services declarations statements commitments
dialogues consultations exercises drills manoeuvres maneuvers states territories provinces nations
kingdoms emirates republics sevens nationals`

// companySuffixes come after a place or demonym in the name of a company,
// brand or outlet: Turkish Airlines, China Mobile, Swiss Re, Korea Times.
// The run of capitalised words after the place is searched for one, up to
// maxRunWords words: China Construction Bank, Korea Electric Power Corp.
const companySuffixes = `airlines airways air airline telecom telekom telecoms telecommunications mobile unicom
re motors motor tobacco electric electronics steel petroleum aramco inc corp corporation co ltd limited plc llc ag sa gmbh nv bv
holdings holding group industries bank securities insurance life financial capital ventures partners
brewing brewery breweries foods beverages pharmaceuticals pharma chemicals cement shipping lines
railways times post herald tribune daily gazette journal chronicle independent today inquirer express
broadcasting television tv network mail mirror observer guardian star sun record telegraph
solar resources minerals mining construction logistics media entertainment pictures records`

// weakCompanySuffixes are the company words that title case writes for
// ordinary nouns ("Russian Oil Exports Fall"): they count in sentence case only.
const weakCompanySuffixes = `bank group steel post times today star sun record media
life capital foods lines network mining resources construction`

// companyPrefixes come before a place in a company's or an outlet's name:
// Air India, Radio France.
const companyPrefixes = `air radio`

// workCues are the words after which a capitalised run is a title: the
// film An American in Paris, the song Georgia on My Mind.
const workCues = `film films movie movies novel novels song songs album albums musical musicals opera
sitcom documentary documentaries painting paintings poem poems memoir biopic thriller titled entitled
remake sequel`

// runFunctionWords may stand inside a capitalised run (a title, a
// company's name) without ending it.
const runFunctionWords = `of in the a an and on at to for from by with de du la le des del di da von van der`

// firstNames are given names common in English-language news. One before
// a place's name makes it a surname (Neil Ireland, Dave Holland); a place
// written like one (Paris, Florence, Charlotte) may be a person's. Names
// that are also common capitalised words (Will, May, Grant, Hope) are left out.
const firstNames = `aaron adam adrian aidan alan albert alex alexander alexandra alfred ali alice alison amanda amy
andrew andy angela anna anne anthony antonio arthur ashley barbara barry ben benjamin bernard beth betty
bob bobby brad brendan brian bruce bryan carl carlos carol caroline catherine charles charlie chloe chris
christine christopher claire colin connor craig daniel danny david dean deborah denis dennis
derek diana diane dominic donald donna douglas dylan ed eddie edward elizabeth ellen emily emma eric
ethan eugene fiona francis gareth gary gavin geoff geoffrey george georgina gerald gordon graham greg
gregory hannah harold harry heather helen henry howard hugh ian isabel jack jackie jake james jamie
jane janet jason jeff jeffrey jennifer jeremy jessica jim jimmy joan joe joel john johnny jon jonathan
joseph josh joshua judith julia julian julie justin karen kate katherine kathleen keith kelly ken
kenneth kevin kieran kim kyle larry laura lauren lee leo leon liam linda lisa louis louise lucy luke
margaret maria marie martin mary matt matthew maurice megan melissa michael michelle mike nancy
natalie nathan neil nicholas nick nicola nigel oliver olivia owen pamela patrick paul pete peter
philip phil rachel ralph raymond rebecca richard rick robert robin roger ronald ross roy russell ruth
ryan sally sam samuel sandra sarah scott sean sharon simon sophie stephen steve steven stuart susan
tim timothy tom tommy tony tracy trevor victor vincent walter wayne william zoe
jean pierre jacques francois marc michel philippe alain emmanuel hans klaus jurgen wolfgang stefan
giuseppe giovanni marco luca francesco jose juan luis miguel pedro manuel javier sergio vladimir
sergei dmitry ivan igor oleg olga natalia andrei alexei mohammed muhammad ahmed omar hassan hussein
yusuf ibrahim mustafa raj rahul amit priya wei li chen hiroshi kenji yuki jin hyun min`

// placeFirstNames are places' names that are also given names: followed
// by a capitalised word they name a person (Paris Jackson, Chelsea
// Clinton, Florence Pugh), and cities among them need a place cue.
const placeFirstNames = `paris chelsea florence sydney adelaide victoria charlotte austin savannah phoenix
madison georgia india israel jordan chad cuba kenya milan orlando denver dallas houston
brooklyn jackson lincoln regina aurora camden sofia alexandria eugene raleigh lorraine siena
sienna tyler logan hamilton wellington carson irving clinton franklin warren murray kent
cleveland lawrence columbus nelson howard jefferson preston dudley stanley chester salem`

// placeCues are the words before a place that make it one: in Bath, near
// Split, the mayor of Mobile.
const placeCues = `in at near from to outside around across of via toward towards into through
between throughout within left leave leaving reached reach visited visit visiting toured entered fled`

// titleWords, abbreviated or not, before a name make it a person's
// (Mr. Jordan, Mr Holland, Dr Ireland).
const titleWords = `mr mrs ms dr prof gen sen rep gov lt col capt sgt rev jr sr sir dame lady lord judge
justice coach detective inspector constable officer`

// languageDemonyms are the demonyms that are also a language's name.
const languageDemonyms = `english french spanish german portuguese italian russian chinese japanese korean
arabic dutch turkish persian polish greek swedish danish norwegian finnish hungarian czech
ukrainian belarusian vietnamese thai hebrew welsh irish scots hindi urdu bengali swahili
mandarin cantonese catalan basque serbian croatian romanian bulgarian albanian armenian georgian
azerbaijani kazakh uzbek mongolian indonesian malay filipino tagalog`

// languageWords, after a language's name or before it, make it the
// language, not the country: English-language, in Russian, speaks French.
const languageWords = `language languages speaking speaker speakers speak speaks spoke spoken translation
translations translated subtitles subtitled version dub dubbed teacher teachers lessons lesson
class classes course courses word words name names text texts proficiency fluent fluently
literature grammar dictionary alphabet dialect accent accents medium`

// languageBefore are the words before a language's name that make it the
// language: in English, into French, speaks Russian.
const languageBefore = `in into speak speaks speaking spoke spoken fluent learn learning learned learnt
teach teaching taught translate translated translating write writes written read reads`

// institutionWords, before or after a company word in a capitalised run,
// make the run an institution of the country, which counts: the Russian
// Central Bank, the Indian Air Force.
const institutionWords = `central national reserve force forces defence defense base command traffic space
ministry department agency authority council commission`

// landmarkWords, after a place's name that may be a person's, make it the
// place: an event, institution or landmark located there (the Paris
// Olympics, the Sydney Opera House, Jordan Valley, the Kenya Defence Forces).
const landmarkWords = `airport university college stock exchange zoo museum cathedral harbour harbor bridge
tower metro police council hall declaration agreement accord accords summit conference talks peace
marathon olympics olympic games open masters opera philharmonic symphony orchestra festival biennale
fashion week station port court mayor governor province region district valley river lake
defence defense forces army navy parliament government ministry embassy consulate stadium arena
airshow motor show fair expo grand prix`

// peoplePlurals are plural nouns of peoples and faiths: after a demonym
// they name people (Iraqi Kurds, Russian Jews), not a team.
const peoplePlurals = `kurds arabs jews muslims christians catholics protestants sunnis shias shiites hindus
sikhs buddhists druze copts yazidis alawites tamils berbers roma pashtuns uyghurs uighurs tatars
americans europeans africans asians`

// teamModifiers start a team's two-word name after its city: the Boston
// Red Sox, the Toronto Maple Leafs, the Detroit Red Wings.
const teamModifiers = `red white blue golden maple trail black silver green`
