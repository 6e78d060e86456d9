# Article texts for the extraction set: (slug, title, standfirst, author, iso date, display date, place, section, body)
# body: list of ("p"|"h"|"li"|"q", text)
S = []
def story(slug, title, standfirst, author, iso, disp, place, section, body):
    S.append(dict(slug=slug, title=title, standfirst=standfirst, author=author, iso=iso, disp=disp, place=place, section=section, body=body))

story("port-strike", "Dockworkers strike shuts Europe's second-busiest port",
 "Thousands of containers stranded as unions demand inflation-linked pay rise",
 "Marta Visser", "2025-04-14T08:12:00Z", "April 14, 2025", "ANTWERP", "Business", [
 ("p","Dockworkers at the port of Antwerp-Bruges walked off the job on Monday, halting the loading of container ships at Europe's second-busiest port and leaving thousands of boxes stranded on the quays."),
 ("p","The strike, called by the three largest dockers' unions, is the first full stoppage at the port in more than a decade. Union leaders said wages had fallen behind prices for three years running and that talks with employers had broken down on Friday night."),
 ("p","\"We have been patient, and patience has not paid the rent,\" said Koen De Smet, a crane operator who has worked at the port for 22 years. \"Nobody here wanted this, but the offer on the table was an insult.\""),
 ("p","The port authority said 41 vessels were waiting at anchor in the Scheldt estuary by midday, and warned that a stoppage lasting more than a few days would ripple through supply chains already strained by disruption in the Red Sea."),
 ("p","Employers' federation Cepa said it had offered a 4.5% increase spread over two years, in line with the national wage norm, and accused the unions of seeking a deal that would make the port less competitive than Rotterdam and Hamburg."),
 ("p","Shipping lines including Maersk and MSC told customers to expect delays of up to a week on cargo bound for Belgium, and said some vessels could be diverted to other ports in the region."),
 ("p","The federal labour minister has invited both sides to talks on Wednesday."),
])
story("drought-olives", "Spain's olive growers brace for a third year of drought",
 "Reservoirs in Andalusia stand at a quarter of capacity as harvest forecasts are cut again",
 "Lucía Moreno", "2025-06-02T06:00:00Z", "2 June 2025", "JAÉN", "Environment", [
 ("p","Olive growers across Andalusia are preparing for a third consecutive year of drought after a dry spring left reservoirs in the region at just a quarter of their capacity, the regional water authority said on Monday."),
 ("p","The province of Jaén, which produces more olive oil than any other region in the world, received less than half its average rainfall between March and May. Farmers say many trees have stopped flowering altogether."),
 ("h","Prices at a record"),
 ("p","Wholesale prices for extra virgin olive oil have more than doubled since 2022, and supermarkets across Europe have begun rationing bottles or fitting them with security tags."),
 ("p","\"The trees are alive, but they are surviving, not producing,\" said Antonio Jiménez, who farms 80 hectares near the town of Úbeda. \"You cannot ask a tree to give fruit when it has nothing to drink.\""),
 ("p","The agriculture ministry has cut its harvest forecast for the season to 850,000 tonnes, down from 1.1 million tonnes in February. Before the drought, Spain routinely produced more than 1.5 million tonnes a year."),
 ("h","Water rationing"),
 ("p","Several towns in the province have introduced night-time water cuts, and irrigation allowances for farms have been reduced to a fifth of normal levels."),
 ("p","Environmental groups say the crisis has been made worse by the rapid expansion of intensive, irrigated groves over the past two decades, which they argue has drained aquifers faster than rain can refill them."),
])
story("chip-plant", "Chipmaker picks Ohio for $20bn factory after tax break deal",
 "The plant is expected to employ 3,000 people when it opens in 2028",
 "David Okafor", "2025-02-19T15:30:00Z", "Feb. 19, 2025", "COLUMBUS, Ohio", "Technology", [
 ("p","A leading semiconductor maker said on Wednesday it would build a $20 billion chip factory outside Columbus, Ohio, after state lawmakers approved a package of tax incentives worth about $2 billion over 30 years."),
 ("p","The company said the plant would produce advanced processors for data centres and cars, and would employ about 3,000 people when it opens in 2028, with thousands more jobs during construction."),
 ("p","Governor Mike DeWine called the decision \"a generational win\" for the state, which has spent the past decade trying to reinvent itself as a manufacturing hub for the technology industry."),
 ("p","The investment is the latest in a wave of factory announcements prompted by federal subsidies aimed at bringing chip production back to the United States. Washington has set aside $39 billion in grants for manufacturers."),
 ("p","Critics of the incentives say states are competing to give away too much. A study by a policy group in Cleveland estimated that each job at the plant would cost taxpayers more than $600,000."),
 ("p","Construction is due to start in the autumn, once environmental permits are granted."),
])
story("marathon-record", "Kiptum's protégé breaks course record in Berlin",
 "The 23-year-old finished in 2:02:16, the fastest time in the world this year",
 "Sam Whitaker", "2025-09-28T11:45:00Z", "Sunday 28 September 2025", "BERLIN", "Sport", [
 ("p","Kenya's Daniel Ruto broke the Berlin marathon course record for a debutant on Sunday, finishing in 2 hours, 2 minutes and 16 seconds on a cool, windless morning in the German capital."),
 ("p","The 23-year-old, who trained with the late world record holder Kelvin Kiptum, broke away from a group of five runners at the 30-kilometre mark and ran the final 10 kilometres alone."),
 ("p","\"I was thinking about Kelvin the whole way,\" Ruto said after crossing the line at the Brandenburg Gate. \"He told me I could run this time, and I did not believe him.\""),
 ("p","Ethiopia's Tigist Assefa won the women's race in 2:15:40, more than two minutes clear of her nearest rival, in what organisers called one of the strongest fields in the race's history."),
 ("p","About 45,000 runners from 150 countries took part. The race is one of six World Marathon Majors, along with Tokyo, Boston, London, Chicago and New York."),
])
story("rail-fares", "Rail fares to rise by 4.6% in March, government confirms",
 "Commuters face the biggest increase in two years despite calls for a freeze",
 "Priya Shah", "2025-01-08T07:00:00Z", "8 January 2025", "LONDON", "UK", [
 ("p","Regulated rail fares in England will rise by 4.6% from March, the government confirmed on Wednesday, meaning some season tickets will cost commuters hundreds of pounds more a year."),
 ("p","The increase, which covers about 45% of fares including most season tickets and off-peak returns, is the largest for two years. Passenger groups had called for a freeze after a winter of cancellations."),
 ("p","The transport secretary said the rise was below the rate of inflation in July, which is normally used to set fares, and that the government was investing record sums in the railway."),
 ("li","An annual season ticket from Brighton to London will rise by about £250."),
 ("li","A season ticket from Reading to London will rise by about £240."),
 ("li","Off-peak returns on regulated routes will rise by the same percentage."),
 ("p","Labour said passengers were being asked to pay more for a service that was getting worse, pointing to figures showing that one in 25 trains was cancelled in the last three months of the year."),
 ("p","Train operators said the extra revenue would help cover rising costs of energy and staff."),
])
story("volcano-iceland", "Iceland volcano erupts again near evacuated town",
 "Lava flows towards Grindavík for the seventh time in a year",
 "Anna Jónsdóttir", "2025-03-17T23:05:00Z", "March 17, 2025", "REYKJAVIK", "World", [
 ("p","A volcano on Iceland's Reykjanes peninsula erupted on Monday night for the seventh time in little more than a year, sending fountains of lava into the sky and flowing towards the evacuated fishing town of Grindavík."),
 ("p","The Icelandic Meteorological Office said the fissure, about three kilometres long, opened shortly after 11 p.m. following a burst of earthquakes. Emergency services closed roads in the area and the nearby Blue Lagoon spa was evacuated."),
 ("p","Authorities said there was no immediate danger to life and that flights at Keflavík international airport were operating normally."),
 ("p","Grindavík's nearly 4,000 residents were evacuated in November 2023 when magma began moving beneath the town. Most have not returned, and the government has offered to buy their homes."),
 ("p","Scientists say the peninsula has entered a new volcanic era after 800 years of quiet, and that eruptions could continue on and off for decades."),
])
story("bank-rates", "Central bank holds rates but signals cut in June",
 "Policymakers say inflation is on track to return to target",
 "Tomas Keller", "2025-04-30T12:00:00Z", "30 Apr 2025", "FRANKFURT", "Markets", [
 ("p","The European Central Bank left interest rates unchanged on Wednesday but gave its clearest signal yet that it would begin cutting borrowing costs in June, as inflation in the eurozone continues to fall."),
 ("p","The bank's deposit rate, which it raised to a record 4% in 2023 to fight the sharpest rise in prices in a generation, was held for a fifth consecutive meeting."),
 ("p","\"If our updated assessment confirms that inflation is converging to our target in a sustained manner, it would be appropriate to reduce the current level of monetary policy restriction,\" the bank said in a statement."),
 ("p","Inflation in the 20 countries that use the euro fell to 2.4% in March, close to the bank's 2% target, while the economy has barely grown for more than a year."),
 ("p","The euro fell 0.3% against the dollar after the announcement, and yields on German government bonds edged lower."),
 ("p","Economists expect the bank to move before the US Federal Reserve, which has signalled that it is in no hurry to cut rates while the American economy remains strong."),
])
story("wildfire-canada", "Wildfire forces 9,000 to flee Canadian oil town",
 "Residents of Fort McMurray told to leave as flames come within 16km",
 "Claire Dubois", "2025-05-15T03:20:00Z", "May 15, 2025", "FORT McMURRAY, Alberta", "World", [
 ("p","Thousands of residents of Fort McMurray in Alberta were ordered to leave their homes on Tuesday as a wildfire burning out of control came within 16 kilometres of the town, eight years after a blaze destroyed a tenth of its buildings."),
 ("p","Officials said the fire had grown to more than 20,000 hectares, driven by strong winds and low humidity, and that firefighters were struggling to contain it."),
 ("p","\"This is not a drill. Please leave now,\" the regional municipality said in a message to residents, who were directed south along Highway 63 towards Edmonton."),
 ("p","The town is the centre of Canada's oil sands industry. Several producers said they had reduced operations and flown out non-essential staff as a precaution."),
 ("p","Canada had its worst wildfire season on record in 2023, when more than 18 million hectares burned, and officials have warned that this year could be as bad after a winter with little snow."),
])
story("museum-return", "British Museum to lend Benin bronzes back to Nigeria",
 "Thirty-two objects will go on display in Benin City under a long-term loan",
 "Ngozi Adeyemi", "2025-07-22T09:00:00Z", "22 July 2025", "LONDON", "Culture", [
 ("p","The British Museum has agreed to lend 32 of the Benin bronzes back to Nigeria, where they will be displayed in a new museum in Benin City, in what officials from both countries described as a step towards resolving a long dispute."),
 ("p","The objects, which include brass plaques and carved ivory tusks, were taken by British soldiers during a punitive expedition against the Kingdom of Benin in 1897."),
 ("p","Under British law, the museum is forbidden from permanently giving away objects in its collection, which has led it to offer loans rather than restitution. Nigerian officials have accepted the arrangement while continuing to press for ownership."),
 ("p","\"This is not the end of the conversation, but it is a good beginning,\" said Abba Isa Tijani, director-general of Nigeria's National Commission for Museums and Monuments."),
 ("p","Several German museums and the Smithsonian in Washington have already transferred ownership of their Benin collections to Nigeria."),
])
story("heatwave-india", "Heatwave grips northern India as temperatures top 48C",
 "Schools closed and outdoor work banned in afternoon hours",
 "Rohan Mehta", "2025-05-28T10:10:00Z", "May 28, 2025", "NEW DELHI", "Asia", [
 ("p","Temperatures in parts of northern India rose above 48 degrees Celsius on Tuesday as a prolonged heatwave forced schools to close and prompted authorities to ban outdoor work during the hottest hours of the day."),
 ("p","The capital, New Delhi, recorded 47.4C at one weather station, and the India Meteorological Department issued a red alert for the states of Rajasthan, Punjab, Haryana and Uttar Pradesh."),
 ("p","Hospitals in the capital reported a rise in cases of heatstroke, and at least a dozen deaths were attributed to the heat across the region over the past week."),
 ("p","\"We start work at five in the morning and stop at eleven. After that it is impossible,\" said Ram Prasad, a construction worker in the suburb of Gurugram."),
 ("p","Electricity demand hit a record as households switched on air conditioners, and several cities suffered power cuts. The monsoon, which brings relief, is expected to reach Delhi at the end of June."),
])
story("space-probe", "European probe sends first images from Jupiter's icy moons",
 "Juice spacecraft tests its cameras on a flyby of Ganymede",
 "Elena Rossi", "2025-08-11T14:00:00Z", "11 August 2025", "DARMSTADT", "Science", [
 ("p","Europe's Juice spacecraft has sent back its first close-up images of Ganymede, the largest moon in the solar system, during a test of its instruments two years ahead of its arrival in orbit around Jupiter, the European Space Agency said on Monday."),
 ("p","The images show grooved terrain and bright craters on the moon's icy surface, which scientists believe covers a salty ocean holding more water than all of Earth's seas."),
 ("p","The mission, launched in April 2023, is designed to study whether Jupiter's moons Ganymede, Callisto and Europa could host conditions suitable for life."),
 ("p","\"Seeing these pictures arrive was an extraordinary moment for the whole team,\" said the mission's project scientist. \"They tell us the cameras are working perfectly.\""),
 ("p","Juice will make a series of flybys of Earth and Venus to gain speed before entering orbit around Jupiter in 2031."),
])
story("coffee-prices", "Coffee prices hit record as Brazil crop disappoints",
 "Arabica futures have risen 70% this year",
 "Beatriz Santos", "2025-10-03T16:20:00Z", "Oct 3, 2025", "SÃO PAULO", "Markets", [
 ("p","Arabica coffee futures hit a record high on Friday after Brazil's national crop agency cut its forecast for this year's harvest, deepening fears of a global shortage."),
 ("p","Prices on the ICE exchange in New York rose as much as 4% to $3.44 a pound, surpassing a peak set in 1977 after a frost destroyed much of Brazil's crop."),
 ("p","Conab, the Brazilian agency, said output of arabica beans would fall 5% from last year because of drought and high temperatures during the flowering season."),
 ("p","Roasters have already begun passing higher costs on to shoppers. Several large brands raised supermarket prices by 10% or more in the past two months."),
 ("p","Traders said stocks held in exchange warehouses had fallen to their lowest level in more than two decades."),
])
story("election-poland", "Poland's presidential race heads for run-off",
 "Liberal mayor and conservative historian face each other on 1 June",
 "Piotr Nowak", "2025-05-19T05:30:00Z", "May 19, 2025", "WARSAW", "Europe", [
 ("p","Poland's presidential election will go to a run-off after no candidate won more than half the vote in the first round on Sunday, setting up a close contest between the liberal mayor of Warsaw and a conservative historian."),
 ("p","Rafał Trzaskowski, backed by the governing coalition, won 31.4% of the vote, according to the electoral commission, while Karol Nawrocki, supported by the opposition Law and Justice party, took 29.5%."),
 ("p","Turnout was 67%, one of the highest for a first round since the fall of communism."),
 ("p","The result matters beyond Poland. The president can veto laws, and a victory for Nawrocki would allow the opposition to block the government's plans to reverse changes to the courts made under the previous administration."),
 ("p","Far-right candidates together won more than 20% of the vote, and both finalists will now court their supporters ahead of the second round on June 1."),
])
story("ferry-sinking", "Dozens rescued after ferry sinks off Indonesian island",
 "Search continues for 12 passengers still missing",
 "Budi Hartono", "2025-07-07T02:40:00Z", "7 July 2025", "JAKARTA", "Asia", [
 ("p","Rescuers pulled 43 people from the sea after a passenger ferry sank off the Indonesian island of Bali late on Wednesday, and were searching for 12 others still missing, the national search and rescue agency said."),
 ("p","The ferry, carrying 65 people and 22 vehicles, was travelling from East Java to Bali when it began taking on water in rough seas about half an hour after leaving port."),
 ("p","Four bodies have been recovered. Survivors said the vessel tilted sharply and sank within minutes, leaving little time to reach life jackets."),
 ("p","Ferry accidents are common in Indonesia, an archipelago of 17,000 islands where boats are often overcrowded and safety rules poorly enforced."),
])
story("ai-copyright", "Authors win early round in lawsuit over AI training",
 "Judge rejects bid to dismiss claims that books were copied without permission",
 "Hannah Cole", "2025-03-26T20:00:00Z", "March 26, 2025", "SAN FRANCISCO", "Technology", [
 ("p","A federal judge in San Francisco on Tuesday allowed a group of authors to proceed with a lawsuit accusing an artificial intelligence company of copying their books without permission to train its chatbot."),
 ("p","The company had asked the court to dismiss the case, arguing that using published works to train a model was fair use under American copyright law. The judge said that question could not be decided at this stage."),
 ("p","The authors, who include several prize-winning novelists, say the company downloaded hundreds of thousands of books from pirate websites. They are seeking damages and an order requiring the company to destroy models trained on their work."),
 ("p","The ruling is one of the first in a wave of copyright cases brought by writers, artists, musicians and news organisations against AI developers."),
 ("p","A trial date has not been set."),
])
story("flood-pakistan", "Monsoon floods kill more than 200 in Pakistan",
 "Officials warn of more heavy rain in the coming week",
 "Ayesha Khan", "2025-08-20T09:45:00Z", "August 20, 2025", "ISLAMABAD", "World", [
 ("p","Monsoon floods and landslides have killed more than 200 people in Pakistan since late June, the national disaster management authority said on Wednesday, warning that more heavy rain was expected in the coming week."),
 ("p","The worst-hit areas are in the northern province of Khyber Pakhtunkhwa, where flash floods swept away homes, bridges and roads in mountain valleys."),
 ("p","About 60 of the dead were children, the authority said. Thousands of people have been moved to relief camps."),
 ("p","In 2022, record floods submerged a third of the country, killing more than 1,700 people and causing damage estimated at $30 billion."),
 ("p","Scientists say climate change is making South Asia's monsoon more erratic and intense."),
])
story("tennis-final", "Alcaraz beats Sinner in five-set epic to retain title",
 "The Spaniard saved three championship points",
 "Luca Bianchi", "2025-06-08T19:30:00Z", "Sunday 8 June 2025", "PARIS", "Sport", [
 ("p","Carlos Alcaraz saved three championship points and came back from two sets down to beat Jannik Sinner in the longest final in the tournament's history on Sunday, retaining his title after five hours and 29 minutes."),
 ("p","The Spaniard won 4-6, 6-7, 6-4, 7-6, 7-6, sealing victory in a deciding tie-break as the light faded over Court Philippe-Chatrier."),
 ("p","\"I don't know how I did it,\" Alcaraz said. \"At two sets down, I just told myself to stay on court as long as possible and see what happens.\""),
 ("p","Sinner, the world number one, had been bidding for his first title in Paris and had not dropped a set all tournament before the final."),
 ("p","The two men, both in their early twenties, have now won the last six Grand Slam titles between them."),
])
story("housing-berlin", "Berlin rents rise fastest among German cities",
 "Average asking rent for new leases reaches €15 a square metre",
 "Jonas Weber", "2025-02-04T08:00:00Z", "4 February 2025", "BERLIN", "Economy", [
 ("p","Asking rents for new leases in Berlin rose 18% last year, the fastest increase among Germany's big cities, according to a study published on Tuesday, as a shortage of flats collides with a growing population."),
 ("p","The average asking rent for a new contract in the capital reached €15.70 a square metre, up from about €9 a decade ago, the study by a property research institute found."),
 ("p","Tenants' groups say the figures show that rent controls introduced in 2015 are being widely ignored, particularly for furnished flats, which are exempt from some of the rules."),
 ("p","The city government has promised to build 20,000 homes a year but has fallen well short of the target, blaming high construction costs and interest rates."),
])
story("whale-rescue", "Volunteers refloat dozens of stranded whales in New Zealand",
 "Thirty pilot whales were guided back to sea after a day-long effort",
 "Mere Parata", "2025-11-12T04:00:00Z", "12 November 2025", "WELLINGTON", "Environment", [
 ("p","Hundreds of volunteers helped refloat 30 pilot whales that stranded on a beach at the tip of New Zealand's South Island, the Department of Conservation said on Wednesday, after a rescue effort that lasted through the night."),
 ("p","About 50 whales came ashore at Farewell Spit on Tuesday morning. Twenty died or were put down before rescuers could move them."),
 ("p","Volunteers kept the surviving animals cool and wet with buckets and sheets until the evening high tide, when they were guided into deeper water."),
 ("p","\"It was a long night, but to see them swim off together made it worth it,\" said one volunteer, who drove four hours to the beach."),
 ("p","Farewell Spit, a long hook of sand, is a known trap for whales. Scientists are not sure why mass strandings happen, but they often involve pilot whales, which live in close-knit groups."),
])
story("strike-nurses", "Nurses in Ontario vote to strike over pay and staffing",
 "Union says hospitals are relying on agency staff at triple the cost",
 "Grace Lee", "2025-09-10T13:15:00Z", "Sept. 10, 2025", "TORONTO", "Canada", [
 ("p","Nurses at more than 100 hospitals in Ontario have voted to strike, their union said on Wednesday, escalating a dispute over pay and staffing levels that it says has pushed thousands out of the profession."),
 ("p","The Ontario Nurses' Association said 91% of members who took part in the ballot backed strike action. Nurses in the province are not allowed to walk out, so the union will ask an arbitrator to rule on its demands."),
 ("p","The union says hospitals are filling gaps with staff from private agencies, who are paid up to three times as much as permanent nurses doing the same work."),
 ("p","The province's health minister said the government had increased nursing places at colleges and universities and was working to recruit internationally trained nurses."),
])
story("lunar-lander", "Japanese firm's second moon lander touches down",
 "The mission succeeds two years after the company's first lander crashed",
 "Kenji Sato", "2025-06-06T08:30:00Z", "June 6, 2025", "TOKYO", "Science", [
 ("p","A lander built by the Tokyo start-up ispace touched down on the moon on Friday, two years after the company's first attempt ended in a crash, making it the first private Japanese company to land on the lunar surface."),
 ("p","Mission control in Tokyo erupted in applause when the craft confirmed it had landed in Mare Frigoris, a plain in the moon's far north, shortly after 4 a.m. local time."),
 ("p","The lander carries a small rover that will collect lunar soil and a model of a house made by a Swedish artist."),
 ("p","\"We learned from our failure and we came back,\" the company's chief executive told reporters."),
 ("p","Japan became the fifth country to land on the moon last year with a government mission."),
])
story("ceasefire-talks", "Ceasefire talks resume in Cairo as aid trucks wait at border",
 "Negotiators return after a week-long pause",
 "Omar Haddad", "2025-10-20T10:00:00Z", "20 October 2025", "CAIRO", "Middle East", [
 ("p","Negotiators returned to Cairo on Monday for a new round of ceasefire talks, officials said, as hundreds of aid trucks waited at the Rafah crossing for permission to enter."),
 ("p","Egyptian and Qatari mediators have spent months trying to broker an agreement that would pause the fighting and secure the release of hostages and prisoners."),
 ("p","The United Nations said the humanitarian situation was the worst it had been since the war began, with aid deliveries down by half over the past month."),
 ("p","A senior Egyptian official said the two sides had narrowed their differences but that several issues, including the sequence of releases, remained unresolved."),
])
