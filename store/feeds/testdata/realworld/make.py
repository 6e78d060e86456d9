#!/usr/bin/python3
"""Writes the real-world-style feeds of this folder and what Python's
feedparser reads in each (expected.json), for store/feeds' TestRealWorldFeeds.

Run by hand, with python3-feedparser installed:

    /usr/bin/python3 store/feeds/testdata/realworld/make.py

Each feed is written as the publisher's software emits it, quirks and all;
manifest.json says what Content-Type the test server sends with each.
"""

import calendar
import json
import os
import sys

import feedparser

HERE = os.path.dirname(os.path.abspath(__file__))
FEEDS = os.path.join(HERE, "feeds")
BASE = "http://feeds.test/"  # the test server's address stands in for this

feeds = []  # (file, content type or None, bytes)


def feed(name, ctype, text, encoding="utf-8"):
    data = text if isinstance(text, bytes) else text.encode(encoding)
    feeds.append((name, ctype, data))


RSS = "application/rss+xml; charset=UTF-8"
ATOM = "application/atom+xml; charset=UTF-8"
XML = "text/xml"

feed("wordpress.xml", RSS, """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>

<channel>
	<title>The Harbour Gazette</title>
	<atom:link href="https://harbourgazette.example/feed/" rel="self" type="application/rss+xml" />
	<link>https://harbourgazette.example</link>
	<description>News from the waterfront</description>
	<lastBuildDate>Wed, 02 Jul 2025 08:15:22 +0000</lastBuildDate>
	<language>en-GB</language>
	<sy:updatePeriod>
	hourly	</sy:updatePeriod>
	<sy:updateFrequency>
	1	</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.5.3</generator>
	<item>
		<title>Ferry timetable changes from Monday</title>
		<link>https://harbourgazette.example/2025/07/02/ferry-timetable-changes/</link>
					<comments>https://harbourgazette.example/2025/07/02/ferry-timetable-changes/#respond</comments>
		<dc:creator><![CDATA[Anna Berg]]></dc:creator>
		<pubDate>Wed, 02 Jul 2025 07:58:10 +0000</pubDate>
				<category><![CDATA[Transport]]></category>
		<guid isPermaLink="false">https://harbourgazette.example/?p=40211</guid>

					<description><![CDATA[The morning crossings move half an hour earlier from Monday, the operator said. [&#8230;]]]></description>
										<content:encoded><![CDATA[<p>The morning crossings move half an hour earlier from Monday, the operator said.</p>
<p>Evening sailings are unchanged. Season tickets remain valid on every crossing.</p>
]]></content:encoded>
					<wfw:commentRss>https://harbourgazette.example/2025/07/02/ferry-timetable-changes/feed/</wfw:commentRss>
			<slash:comments>0</slash:comments>
		</item>
		<item>
		<title>Council&#8217;s harbour plan: what we know so far</title>
		<link>https://harbourgazette.example/2025/07/01/council-harbour-plan/</link>
		<dc:creator><![CDATA[Tom O&#039;Neill]]></dc:creator>
		<pubDate>Tue, 01 Jul 2025 21:40:03 +0000</pubDate>
				<category><![CDATA[Politics]]></category>
		<guid isPermaLink="false">https://harbourgazette.example/?p=40198</guid>
					<description><![CDATA[Councillors meet on Thursday to vote on the plan. [&#8230;]]]></description>
										<content:encoded><![CDATA[<p>Councillors meet on Thursday to vote on the plan, which would rebuild the north quay.</p>
<figure class="wp-block-image"><img src="https://harbourgazette.example/wp-content/uploads/2025/07/quay.jpg" alt="" /></figure>
<p>The vote is expected to be close &#8211; a third of members are undecided.</p>
]]></content:encoded>
			<slash:comments>4</slash:comments>
		</item>
		<item>
		<title>Sailing club wins regional cup &#038; a trophy for its juniors</title>
		<link>https://harbourgazette.example/2025/06/30/sailing-club-wins/</link>
		<dc:creator><![CDATA[Anna Berg]]></dc:creator>
		<pubDate>Mon, 30 Jun 2025 16:05:00 +0000</pubDate>
		<guid isPermaLink="false">https://harbourgazette.example/?p=40150</guid>
					<description><![CDATA[<p>Juniors took three of the five races.</p>]]></description>
		</item>
	</channel>
</rss>
""")

feed("blogger.xml", ATOM, """<?xml version='1.0' encoding='UTF-8'?><?xml-stylesheet href="http://www.blogger.com/styles/atom.css" type="text/css"?><feed xmlns='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' xmlns:blogger='http://schemas.google.com/blogger/2008' xmlns:georss='http://www.georss.org/georss' xmlns:gd="http://schemas.google.com/g/2005" xmlns:thr='http://purl.org/syndication/thread/1.0'><id>tag:blogger.com,1999:blog-8812345678901234567</id><updated>2025-07-02T10:11:12.345-07:00</updated><category term="gardening"/><title type='text'>Allotment Diaries</title><subtitle type='html'>Notes from plot 14</subtitle><link rel='http://schemas.google.com/g/2005#feed' type='application/atom+xml' href='https://allotment-diaries.blogspot.com/feeds/posts/default'/><link rel='self' type='application/atom+xml' href='https://www.blogger.com/feeds/8812345678901234567/posts/default'/><link rel='alternate' type='text/html' href='https://allotment-diaries.blogspot.com/'/><author><name>Margaret</name><uri>http://www.blogger.com/profile/0123</uri><email>noreply@blogger.com</email><gd:image rel='http://schemas.google.com/g/2005#thumbnail' width='16' height='16' src='https://img1.blogblog.com/img/b16-rounded.gif'/></author><generator version='7.00' uri='http://www.blogger.com'>Blogger</generator><openSearch:totalResults>312</openSearch:totalResults><openSearch:startIndex>1</openSearch:startIndex><openSearch:itemsPerPage>25</openSearch:itemsPerPage><entry><id>tag:blogger.com,1999:blog-8812345678901234567.post-1111111111111111111</id><published>2025-07-02T09:00:00.000-07:00</published><updated>2025-07-02T10:11:12.345-07:00</updated><category scheme="http://www.blogger.com/atom/ns#" term="beans"/><title type='text'>Runner beans at last</title><content type='html'>&lt;div dir="ltr" style="text-align: left;" trbidi="on"&gt;The runner beans have finally climbed the canes.&lt;br /&gt;&lt;br /&gt;Slugs took the first sowing.&lt;/div&gt;</content><link rel='replies' type='application/atom+xml' href='https://allotment-diaries.blogspot.com/feeds/1111111111111111111/comments/default' title='Post Comments'/><link rel='replies' type='text/html' href='https://allotment-diaries.blogspot.com/2025/07/runner-beans-at-last.html#comment-form' title='2 Comments'/><link rel='edit' type='application/atom+xml' href='https://www.blogger.com/feeds/8812345678901234567/posts/default/1111111111111111111'/><link rel='self' type='application/atom+xml' href='https://www.blogger.com/feeds/8812345678901234567/posts/default/1111111111111111111'/><link rel='alternate' type='text/html' href='https://allotment-diaries.blogspot.com/2025/07/runner-beans-at-last.html' title='Runner beans at last'/><author><name>Margaret</name><uri>http://www.blogger.com/profile/0123</uri><email>noreply@blogger.com</email></author><thr:total>2</thr:total></entry><entry><id>tag:blogger.com,1999:blog-8812345678901234567.post-2222222222222222222</id><published>2025-06-28T18:30:00.001-07:00</published><updated>2025-06-28T18:31:40.120-07:00</updated><title type='text'>Rain, rain &amp; more rain</title><content type='html'>&lt;p&gt;Three inches this week.&lt;/p&gt;</content><link rel='alternate' type='text/html' href='https://allotment-diaries.blogspot.com/2025/06/rain-rain-more-rain.html' title='Rain, rain &amp; more rain'/><author><name>Margaret</name></author><thr:total>0</thr:total></entry><entry><id>tag:blogger.com,1999:blog-8812345678901234567.post-3333333333333333333</id><published>2025-06-20T07:05:00.000-07:00</published><updated>2025-06-20T07:05:00.000-07:00</updated><title type='text'></title><content type='html'>&lt;p&gt;A photo of the first courgette.&lt;/p&gt;</content><link rel='alternate' type='text/html' href='https://allotment-diaries.blogspot.com/2025/06/blog-post.html'/><author><name>Margaret</name></author></entry></feed>""")

feed("medium.xml", "text/xml; charset=utf-8", """<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:cc="http://cyber.law.harvard.edu/rss/creativeCommonsRssModule.html"><channel><title><![CDATA[Stories by Priya Raman on Medium]]></title><description><![CDATA[Stories by Priya Raman on Medium]]></description><link>https://medium.com/@priyaraman?source=rss-1a2b3c4d5e6f------2</link><image><url>https://cdn-images-1.medium.com/fit/c/150/150/1*abc.jpeg</url><title>Stories by Priya Raman on Medium</title><link>https://medium.com/@priyaraman?source=rss-1a2b3c4d5e6f------2</link></image><generator>Medium</generator><lastBuildDate>Wed, 02 Jul 2025 12:00:01 GMT</lastBuildDate><atom:link href="https://medium.com/@priyaraman/feed" rel="self" type="application/rss+xml"/><webMaster><![CDATA[yourfriends@medium.com]]></webMaster><atom:link href="http://medium.superfeedr.com" rel="hub"/><item><title><![CDATA[Why your dashboards lie to you]]></title><link>https://medium.com/@priyaraman/why-your-dashboards-lie-to-you-9f8e7d6c5b4a?source=rss-1a2b3c4d5e6f------2</link><guid isPermaLink="false">https://medium.com/p/9f8e7d6c5b4a</guid><category><![CDATA[data]]></category><category><![CDATA[analytics]]></category><dc:creator><![CDATA[Priya Raman]]></dc:creator><pubDate>Tue, 01 Jul 2025 14:22:31 GMT</pubDate><atom:updated>2025-07-01T14:25:02.117Z</atom:updated><content:encoded><![CDATA[<h3>Why your dashboards lie to you</h3><p>Averages hide the customers who leave.</p><figure><img alt="" src="https://cdn-images-1.medium.com/max/1024/1*x.png" /></figure><p>Look at the distribution before the mean.</p><img src="https://medium.com/_/stat?event=post.clientViewed&referrerSource=full_rss&postId=9f8e7d6c5b4a" width="1" height="1" alt="">]]></content:encoded></item><item><title><![CDATA[Five queries I run every Monday]]></title><link>https://medium.com/@priyaraman/five-queries-i-run-every-monday-0a1b2c3d4e5f?source=rss-1a2b3c4d5e6f------2</link><guid isPermaLink="false">https://medium.com/p/0a1b2c3d4e5f</guid><dc:creator><![CDATA[Priya Raman]]></dc:creator><pubDate>Mon, 23 Jun 2025 09:00:12 GMT</pubDate><atom:updated>2025-06-23T09:00:12.501Z</atom:updated><content:encoded><![CDATA[<p>Retention by cohort, first.</p>]]></content:encoded></item></channel></rss>""")

feed("substack.xml", "application/xml; charset=utf-8", """<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:googleplay="http://www.google.com/schemas/play-podcasts/1.0"><channel><title><![CDATA[The Weekly Ledger]]></title><description><![CDATA[Money, markets and the people behind them.]]></description><link>https://weeklyledger.substack.com</link><image><url>https://substackcdn.com/image/fetch/w_256,c_limit,f_auto,q_auto:good,fl_progressive:steep/https%3A%2F%2Fbucketeer.s3.amazonaws.com%2Fpublic%2Fimages%2Flogo.png</url><title>The Weekly Ledger</title><link>https://weeklyledger.substack.com</link></image><generator>Substack</generator><lastBuildDate>Wed, 02 Jul 2025 11:03:44 GMT</lastBuildDate><atom:link href="https://weeklyledger.substack.com/feed" rel="self" type="application/rss+xml"/><copyright><![CDATA[Jo Marsh]]></copyright><language><![CDATA[en]]></language><webMaster><![CDATA[weeklyledger@substack.com]]></webMaster><itunes:owner><itunes:email><![CDATA[weeklyledger@substack.com]]></itunes:email><itunes:name><![CDATA[Jo Marsh]]></itunes:name></itunes:owner><itunes:author><![CDATA[Jo Marsh]]></itunes:author><googleplay:owner><![CDATA[weeklyledger@substack.com]]></googleplay:owner><googleplay:email><![CDATA[weeklyledger@substack.com]]></googleplay:email><googleplay:author><![CDATA[Jo Marsh]]></googleplay:author><item><title><![CDATA[Rates, rents and the summer slowdown]]></title><description><![CDATA[Why landlords are cutting prices for the first time since 2020]]></description><link>https://weeklyledger.substack.com/p/rates-rents-and-the-summer-slowdown</link><guid isPermaLink="false">https://weeklyledger.substack.com/p/rates-rents-and-the-summer-slowdown</guid><dc:creator><![CDATA[Jo Marsh]]></dc:creator><pubDate>Wed, 02 Jul 2025 11:00:21 GMT</pubDate><enclosure url="https://substack-post-media.s3.amazonaws.com/public/images/abc_1456x816.png" length="0" type="image/jpeg"/><content:encoded><![CDATA[<p>Rents fell in June in eleven of the twelve regions we track.</p><div class="subscription-widget-wrap"><p>Thanks for reading! Subscribe for free.</p></div><p>Landlords say demand cooled after the rate rise.</p>]]></content:encoded></item><item><title><![CDATA[Q&A: your questions on pensions]]></title><description><![CDATA[Answers to the fifty you sent]]></description><link>https://weeklyledger.substack.com/p/qa-your-questions-on-pensions</link><guid isPermaLink="false">https://weeklyledger.substack.com/p/qa-your-questions-on-pensions</guid><dc:creator><![CDATA[Jo Marsh]]></dc:creator><pubDate>Thu, 26 Jun 2025 06:30:00 GMT</pubDate><content:encoded><![CDATA[<p>You asked about transfers, so here goes.</p>]]></content:encoded></item></channel></rss>""")

feed("ghost.xml", "application/rss+xml; charset=utf-8", """<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title><![CDATA[Field Notes]]></title><description><![CDATA[Birds, mostly.]]></description><link>https://fieldnotes.example/</link><image><url>https://fieldnotes.example/favicon.png</url><title>Field Notes</title><link>https://fieldnotes.example/</link></image><generator>Ghost 5.82</generator><lastBuildDate>Wed, 02 Jul 2025 06:40:18 GMT</lastBuildDate><atom:link href="https://fieldnotes.example/rss/" rel="self" type="application/rss+xml"/><ttl>60</ttl><item><title><![CDATA[The swifts are back]]></title><description><![CDATA[<p>Twelve over the church tower this evening.</p>]]></description><link>https://fieldnotes.example/the-swifts-are-back/</link><guid isPermaLink="false">6683b1c2e4f5a60001a2b3c4</guid><category><![CDATA[Sightings]]></category><dc:creator><![CDATA[Rob Kerr]]></dc:creator><pubDate>Tue, 01 Jul 2025 19:12:44 GMT</pubDate><media:content url="https://fieldnotes.example/content/images/2025/07/swifts.jpg" medium="image"/><content:encoded><![CDATA[<img src="https://fieldnotes.example/content/images/2025/07/swifts.jpg" alt="Swifts"><p>Twelve over the church tower this evening, screaming as they do.</p><p>First seen on 4 May this year.</p>]]></content:encoded></item><item><title><![CDATA[Ringing day at the reservoir]]></title><description><![CDATA[<p>Forty-one birds ringed.</p>]]></description><link>https://fieldnotes.example/ringing-day/</link><guid isPermaLink="false">6679a0b1c2d3e40001f5e6d7</guid><dc:creator><![CDATA[Rob Kerr]]></dc:creator><pubDate>Sat, 21 Jun 2025 15:00:00 GMT</pubDate><content:encoded><![CDATA[<p>Forty-one birds ringed, including a reed warbler from Spain.</p>]]></content:encoded></item></channel></rss>""")

feed("youtube.xml", "text/xml; charset=UTF-8", """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns:yt="http://www.youtube.com/xml/schemas/2015" xmlns:media="http://search.yahoo.com/mrss/" xmlns="http://www.w3.org/2005/Atom">
 <link rel="self" href="http://www.youtube.com/feeds/videos.xml?channel_id=UCabcdefghijklmnopqrstuv"/>
 <id>yt:channel:abcdefghijklmnopqrstuv</id>
 <yt:channelId>abcdefghijklmnopqrstuv</yt:channelId>
 <title>Workshop Weekly</title>
 <link rel="alternate" href="https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv"/>
 <author>
  <name>Workshop Weekly</name>
  <uri>https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv</uri>
 </author>
 <published>2014-03-02T10:00:00+00:00</published>
 <entry>
  <id>yt:video:dQw4w9WgXcQ</id>
  <yt:videoId>dQw4w9WgXcQ</yt:videoId>
  <yt:channelId>UCabcdefghijklmnopqrstuv</yt:channelId>
  <title>Building a workbench from pallets | Part 2</title>
  <link rel="alternate" href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"/>
  <author>
   <name>Workshop Weekly</name>
   <uri>https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv</uri>
  </author>
  <published>2025-07-01T16:00:06+00:00</published>
  <updated>2025-07-02T03:14:15+00:00</updated>
  <media:group>
   <media:title>Building a workbench from pallets | Part 2</media:title>
   <media:content url="https://www.youtube.com/v/dQw4w9WgXcQ?version=3" type="application/x-shockwave-flash" width="640" height="390"/>
   <media:thumbnail url="https://i3.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg" width="480" height="360"/>
   <media:description>In part two we glue up the top &amp; fit the vice.

Tools used:
- track saw
- clamps (lots)</media:description>
   <media:community>
    <media:starRating count="1520" average="5.00" min="1" max="5"/>
    <media:statistics views="48211"/>
   </media:community>
  </media:group>
 </entry>
 <entry>
  <id>yt:video:oHg5SJYRHA0</id>
  <yt:videoId>oHg5SJYRHA0</yt:videoId>
  <yt:channelId>UCabcdefghijklmnopqrstuv</yt:channelId>
  <title>Sharpening chisels: the 10-minute method</title>
  <link rel="alternate" href="https://www.youtube.com/watch?v=oHg5SJYRHA0"/>
  <author>
   <name>Workshop Weekly</name>
   <uri>https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv</uri>
  </author>
  <published>2025-06-24T16:00:00+00:00</published>
  <updated>2025-06-30T08:00:00+00:00</updated>
  <media:group>
   <media:title>Sharpening chisels: the 10-minute method</media:title>
   <media:thumbnail url="https://i2.ytimg.com/vi/oHg5SJYRHA0/hqdefault.jpg" width="480" height="360"/>
   <media:description></media:description>
  </media:group>
 </entry>
</feed>""")

feed("github.xml", "application/atom+xml; charset=utf-8", """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xml:lang="en-US">
  <id>tag:github.com,2008:https://github.com/example/widget/releases</id>
  <link type="text/html" rel="alternate" href="https://github.com/example/widget/releases"/>
  <link type="application/atom+xml" rel="self" href="https://github.com/example/widget/releases.atom"/>
  <title>Release notes from widget</title>
  <updated>2025-07-01T12:34:56Z</updated>
  <entry>
    <id>tag:github.com,2008:Repository/123456789/v2.4.0</id>
    <updated>2025-07-01T12:34:56Z</updated>
    <link rel="alternate" type="text/html" href="https://github.com/example/widget/releases/tag/v2.4.0"/>
    <title>v2.4.0</title>
    <content type="html">&lt;h2&gt;What&amp;#39;s Changed&lt;/h2&gt;
&lt;ul&gt;
&lt;li&gt;Faster start-up by &lt;a class=&quot;user-mention notranslate&quot; href=&quot;https://github.com/alice&quot;&gt;@alice&lt;/a&gt; in &lt;a href=&quot;https://github.com/example/widget/pull/812&quot;&gt;#812&lt;/a&gt;&lt;/li&gt;
&lt;/ul&gt;</content>
    <author>
      <name>alice</name>
    </author>
    <media:thumbnail height="30" width="30" url="https://avatars.githubusercontent.com/u/1?s=60&amp;v=4"/>
  </entry>
  <entry>
    <id>tag:github.com,2008:Repository/123456789/v2.3.1</id>
    <updated>2025-06-12T08:00:00Z</updated>
    <link rel="alternate" type="text/html" href="https://github.com/example/widget/releases/tag/v2.3.1"/>
    <title>v2.3.1: fix &lt;select&gt; rendering</title>
    <content type="html">&lt;p&gt;Bug fix release.&lt;/p&gt;</content>
    <author>
      <name>bob</name>
    </author>
  </entry>
  <entry>
    <id>tag:github.com,2008:Repository/123456789/v2.3.0</id>
    <updated>2025-06-01T08:00:00Z</updated>
    <link rel="alternate" type="text/html" href="https://github.com/example/widget/releases/tag/v2.3.0"/>
    <title>v2.3.0</title>
    <content type="html">No content.</content>
    <author>
      <name>bob</name>
    </author>
  </entry>
</feed>
""")

feed("github_commits.xml", "application/atom+xml; charset=utf-8", """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xml:lang="en-US">
  <id>tag:github.com,2008:/example/widget/commits/main</id>
  <link type="text/html" rel="alternate" href="https://github.com/example/widget/commits/main"/>
  <link type="application/atom+xml" rel="self" href="https://github.com/example/widget/commits/main.atom"/>
  <title>Recent Commits to widget:main</title>
  <updated>2025-07-02T09:01:02Z</updated>
  <entry>
    <id>tag:github.com,2008:Grit::Commit/4f2a9c1e0b3d5a7c9e1f3a5b7d9c1e3f5a7b9d1c</id>
    <link type="text/html" rel="alternate" href="https://github.com/example/widget/commit/4f2a9c1e0b3d5a7c9e1f3a5b7d9c1e3f5a7b9d1c"/>
    <title>
        Merge pull request #815 from alice/fix-&lt;tabs&gt;
    </title>
    <updated>2025-07-02T09:01:02Z</updated>
    <media:thumbnail height="30" width="30" url="https://avatars.githubusercontent.com/u/1?s=30&amp;v=4"/>
    <author>
      <name>alice</name>
      <uri>https://github.com/alice</uri>
    </author>
    <content type="html">
      &lt;pre style=&#39;white-space:pre-wrap;width:81ex&#39;&gt;Merge pull request #815 from alice/fix-tabs

Keep tabs in code blocks&lt;/pre&gt;
    </content>
  </entry>
  <entry>
    <id>tag:github.com,2008:Grit::Commit/9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b</id>
    <link type="text/html" rel="alternate" href="https://github.com/example/widget/commit/9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b"/>
    <title>
        Bump golang.org/x/net from 0.61.0 to 0.62.0
    </title>
    <updated>2025-07-01T22:10:00Z</updated>
    <author>
      <name>dependabot[bot]</name>
    </author>
    <content type="html">
      &lt;pre&gt;Bumps golang.org/x/net.&lt;/pre&gt;
    </content>
  </entry>
</feed>
""")

feed("reddit.xml", "application/atom+xml; charset=UTF-8", """<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"><category term="cycling" label="r/cycling"/><updated>2025-07-02T10:20:30+00:00</updated><icon>https://www.redditstatic.com/icon.png/</icon><id>/r/cycling/.rss</id><link rel="self" href="https://www.reddit.com/r/cycling/.rss" type="application/atom+xml" /><link rel="alternate" href="https://www.reddit.com/r/cycling/" type="text/html" /><subtitle>A place for cyclists</subtitle><title>cycling</title><entry><author><name>/u/spokesperson</name><uri>https://www.reddit.com/user/spokesperson</uri></author><category term="cycling" label="r/cycling"/><content type="html">&lt;!-- SC_OFF --&gt;&lt;div class=&quot;md&quot;&gt;&lt;p&gt;Rode 200 km yesterday &amp;amp; my knees hate me. Tips?&lt;/p&gt; &lt;/div&gt;&lt;!-- SC_ON --&gt; &amp;#32; submitted by &amp;#32; &lt;a href=&quot;https://www.reddit.com/user/spokesperson&quot;&gt; /u/spokesperson &lt;/a&gt; &lt;br/&gt; &lt;span&gt;&lt;a href=&quot;https://www.reddit.com/r/cycling/comments/1lpq2rs/first_200k/&quot;&gt;[link]&lt;/a&gt;&lt;/span&gt; &amp;#32; &lt;span&gt;&lt;a href=&quot;https://www.reddit.com/r/cycling/comments/1lpq2rs/first_200k/&quot;&gt;[comments]&lt;/a&gt;&lt;/span&gt;</content><id>t3_1lpq2rs</id><link href="https://www.reddit.com/r/cycling/comments/1lpq2rs/first_200k/" /><updated>2025-07-02T09:58:11+00:00</updated><published>2025-07-02T09:58:11+00:00</published><title>First 200k &amp;amp; what I learnt</title></entry><entry><author><name>/u/gravelgrinder</name><uri>https://www.reddit.com/user/gravelgrinder</uri></author><category term="cycling" label="r/cycling"/><content type="html">&lt;table&gt; &lt;tr&gt;&lt;td&gt; &lt;a href=&quot;https://www.reddit.com/r/cycling/comments/1lpmx0a/new_bike_day/&quot;&gt; &lt;img src=&quot;https://b.thumbs.redditmedia.com/abc.jpg&quot; alt=&quot;New bike day&quot; title=&quot;New bike day&quot; /&gt; &lt;/a&gt; &lt;/td&gt;&lt;td&gt; &amp;#32; submitted by &amp;#32; &lt;a href=&quot;https://www.reddit.com/user/gravelgrinder&quot;&gt; /u/gravelgrinder &lt;/a&gt; &lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</content><id>t3_1lpmx0a</id><media:thumbnail url="https://b.thumbs.redditmedia.com/abc.jpg" /><link href="https://www.reddit.com/r/cycling/comments/1lpmx0a/new_bike_day/" /><updated>2025-07-02T06:12:40+00:00</updated><published>2025-07-02T06:12:40+00:00</published><title>New bike day! &quot;Gravel&quot; edition</title></entry></feed>""")

feed("googlenews.xml", "application/xml; charset=utf-8", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><generator>NFE/5.0</generator><title>Top stories - Google News</title><link>https://news.google.com/?hl=en-GB&amp;gl=GB&amp;ceid=GB:en</link><language>en-GB</language><webMaster>news-webmaster@google.com</webMaster><copyright>2025 Google Inc.</copyright><lastBuildDate>Wed, 02 Jul 2025 10:31:07 GMT</lastBuildDate><description>Google News</description><item><title>Heatwave warning extended to the weekend - BBC</title><link>https://news.google.com/rss/articles/CBMiXkFVX3lxTE1hYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3ODk?oc=5</link><guid isPermaLink="false">CBMiXkFVX3lxTE1hYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3ODk</guid><pubDate>Wed, 02 Jul 2025 09:47:00 GMT</pubDate><description>&lt;ol&gt;&lt;li&gt;&lt;a href="https://news.google.com/rss/articles/CBMiXk?oc=5" target="_blank"&gt;Heatwave warning extended to the weekend&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;BBC&lt;/font&gt;&lt;/li&gt;&lt;li&gt;&lt;a href="https://news.google.com/rss/articles/CBMiYm?oc=5" target="_blank"&gt;Amber alert as temperatures hit 34C&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;The Guardian&lt;/font&gt;&lt;/li&gt;&lt;/ol&gt;</description><source url="https://www.bbc.co.uk">BBC</source></item><item><title>Markets rally as inflation eases to 2.1% - Financial Times</title><link>https://news.google.com/rss/articles/CBMiZmh0dHBzOi8vd3d3LmZ0LmNvbS9jb250ZW50LzEyMzQ?oc=5</link><guid isPermaLink="false">CBMiZmh0dHBzOi8vd3d3LmZ0LmNvbS9jb250ZW50LzEyMzQ</guid><pubDate>Wed, 02 Jul 2025 08:05:00 GMT</pubDate><description>&lt;a href="https://news.google.com/rss/articles/CBMiZm?oc=5" target="_blank"&gt;Markets rally as inflation eases to 2.1%&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;Financial Times&lt;/font&gt;</description><source url="https://www.ft.com">Financial Times</source></item><item><title>&#39;We will not back down&#39;: strikers march on parliament - The Independent</title><link>https://news.google.com/rss/articles/CBMiaWh0dHBzOi8vd3d3LmluZGVwZW5kZW50LmNvLnVr?oc=5</link><guid isPermaLink="false">CBMiaWh0dHBzOi8vd3d3LmluZGVwZW5kZW50LmNvLnVr</guid><pubDate>Tue, 01 Jul 2025 23:30:00 GMT</pubDate><description>&lt;a href="https://news.google.com/rss/articles/CBMiaW?oc=5"&gt;strikers march&lt;/a&gt;</description><source url="https://www.independent.co.uk">The Independent</source></item></channel></rss>""")

feed("podcast.xml", "application/rss+xml", """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:podcast="https://podcastindex.org/namespace/1.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Kitchen Table Science</title>
    <link>https://kitchentable.example</link>
    <language>en-us</language>
    <copyright>&#xA9; 2025 Kitchen Table Media</copyright>
    <itunes:author>Dr. Lee &amp; Dr. Okafor</itunes:author>
    <description>Big questions, small budgets.</description>
    <itunes:type>episodic</itunes:type>
    <itunes:owner><itunes:name>Kitchen Table Media</itunes:name><itunes:email>hello@kitchentable.example</itunes:email></itunes:owner>
    <itunes:image href="https://kitchentable.example/art.jpg"/>
    <itunes:category text="Science"><itunes:category text="Physics"/></itunes:category>
    <itunes:explicit>false</itunes:explicit>
    <item>
      <itunes:episodeType>full</itunes:episodeType>
      <itunes:episode>87</itunes:episode>
      <itunes:season>4</itunes:season>
      <title>Ep. 87 &#8211; Why does ice float?</title>
      <itunes:title>Why does ice float?</itunes:title>
      <description><![CDATA[<p>Hydrogen bonds, explained with a freezer and a glass of water.</p><p>Show notes: <a href="https://kitchentable.example/87">kitchentable.example/87</a></p>]]></description>
      <itunes:summary>Hydrogen bonds, explained with a freezer and a glass of water.</itunes:summary>
      <enclosure length="48318842" type="audio/mpeg" url="https://cdn.example/kitchentable/ep87.mp3?source=feed"/>
      <guid isPermaLink="false">a4c1e7f0-5b2d-4e8a-9c3f-1d2e3f4a5b6c</guid>
      <pubDate>Tue, 1 Jul 2025 05:00:00 -0400</pubDate>
      <itunes:duration>00:50:12</itunes:duration>
      <itunes:explicit>no</itunes:explicit>
    </item>
    <item>
      <title>Ep. 86 - Soap films and minimal surfaces</title>
      <description>Bubbles are lazy, and that is the point.</description>
      <enclosure length="41234567" type="audio/mpeg" url="https://cdn.example/kitchentable/ep86.mp3"/>
      <guid isPermaLink="false">b5d2f8a1-6c3e-4f9b-8d4a-2e3f4a5b6c7d</guid>
      <pubDate>Tue, 24 Jun 2025 05:00:00 -0400</pubDate>
      <itunes:duration>2880</itunes:duration>
    </item>
    <item>
      <title>Bonus: listener questions</title>
      <itunes:episodeType>bonus</itunes:episodeType>
      <enclosure length="1000" type="audio/mpeg" url="https://cdn.example/kitchentable/bonus3.mp3"/>
      <guid>https://cdn.example/kitchentable/bonus3.mp3</guid>
      <pubDate>Fri, 20 Jun 2025 12:00:00 EDT</pubDate>
    </item>
  </channel>
</rss>
""")

feed("feedburner.xml", "text/xml; charset=UTF-8", """<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" media="screen" href="/~d/styles/rss2full.xsl"?><?xml-stylesheet type="text/css" media="screen" href="http://feeds.feedburner.com/~d/styles/itemcontent.css"?><rss xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0" version="2.0">
<channel>
<title>Tech Tidbits</title>
<link>http://techtidbits.example/</link>
<description>Small tech news, daily</description>
<language>en</language>
<atom10:link xmlns:atom10="http://www.w3.org/2005/Atom" rel="self" type="application/rss+xml" href="http://feeds.feedburner.com/TechTidbits" /><feedburner:info uri="techtidbits" /><atom10:link xmlns:atom10="http://www.w3.org/2005/Atom" rel="hub" href="http://pubsubhubbub.appspot.com/" />
<item>
<title>New keyboard layouts land in the beta</title>
<link>http://feedproxy.google.com/~r/TechTidbits/~3/AbCdEfGh123/new-keyboard-layouts.html</link>
<description>Colemak and Workman join Dvorak.&lt;img src="http://feeds.feedburner.com/~r/TechTidbits/~4/AbCdEfGh123" height="1" width="1" alt=""/&gt;</description>
<pubDate>Wed, 02 Jul 2025 05:30:00 PDT</pubDate>
<guid isPermaLink="false">http://techtidbits.example/2025/07/new-keyboard-layouts.html</guid>
<dc:creator>Sam</dc:creator>
<feedburner:origLink>http://techtidbits.example/2025/07/new-keyboard-layouts.html</feedburner:origLink></item>
<item>
<title>Battery life tested: the long version</title>
<link>http://feedproxy.google.com/~r/TechTidbits/~3/IjKlMnOp456/battery-life-tested.html</link>
<description>We ran twelve laptops flat.</description>
<pubDate>Mon, 30 Jun 2025 10:00:00 PDT</pubDate>
<guid isPermaLink="false">http://techtidbits.example/2025/06/battery-life-tested.html</guid>
<feedburner:origLink>http://techtidbits.example/2025/06/battery-life-tested.html</feedburner:origLink></item>
</channel>
</rss>
""")

feed("drupal.xml", "application/rss+xml; charset=utf-8", """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xml:base="https://www.townhall.example/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>Town Hall News</title>
    <link>https://www.townhall.example/</link>
    <description></description>
    <language>en</language>
    
    <item>
  <title>Library opening hours over the summer</title>
  <link>https://www.townhall.example/news/library-opening-hours-over-summer</link>
  <description>&lt;span class=&quot;field field--name-title field--type-string field--label-hidden&quot;&gt;Library opening hours over the summer&lt;/span&gt;
&lt;div class=&quot;clearfix text-formatted field field--name-body&quot;&gt;&lt;p&gt;The central library opens at 10:00 from 14 July to 31 August.&lt;/p&gt;&lt;/div&gt;
</description>
  <pubDate>Tue, 01 Jul 2025 14:03:21 +0100</pubDate>
    <dc:creator>webteam</dc:creator>
    <guid isPermaLink="false">1842 at https://www.townhall.example</guid>
    </item>
<item>
  <title>Road closure: High Street, 5&amp;ndash;6 July</title>
  <link>/news/road-closure-high-street</link>
  <description>&lt;p&gt;High Street closes for resurfacing.&lt;/p&gt;</description>
  <pubDate>Mon, 30 Jun 2025 09:00:00 +0100</pubDate>
    <dc:creator>webteam</dc:creator>
    <guid isPermaLink="false">1839 at https://www.townhall.example</guid>
    </item>

  </channel>
</rss>
""")

feed("newspaper_media.xml", "text/xml;charset=UTF-8", """<?xml version="1.0" encoding="UTF-8"?>
<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:nyt="http://www.nytimes.com/namespaces/rss/2.0" version="2.0">
  <channel>
    <title>The Daily Courier &gt; World</title>
    <atom:link href="https://rss.dailycourier.example/services/xml/rss/world.xml" rel="self" type="application/rss+xml"></atom:link>
    <link>https://www.dailycourier.example/section/world</link>
    <description></description>
    <language>en-us</language>
    <copyright>Copyright 2025 The Daily Courier Company</copyright>
    <lastBuildDate>Wed, 02 Jul 2025 10:42:18 +0000</lastBuildDate>
    <pubDate>Wed, 02 Jul 2025 10:30:03 +0000</pubDate>
    <image>
      <title>The Daily Courier &gt; World</title>
      <url>https://static01.dailycourier.example/images/misc/logo.gif</url>
      <link>https://www.dailycourier.example/section/world</link>
    </image>
    <item>
      <title>Floods Displace Thousands in River Delta</title>
      <link>https://www.dailycourier.example/2025/07/02/world/asia/delta-floods.html</link>
      <guid isPermaLink="true">https://www.dailycourier.example/2025/07/02/world/asia/delta-floods.html</guid>
      <atom:link href="https://www.dailycourier.example/2025/07/02/world/asia/delta-floods.html" rel="standout"></atom:link>
      <description>Monsoon rains arrived early, and the embankments built after the last disaster did not hold.</description>
      <dc:creator>Mei Lin and Arjun Patel</dc:creator>
      <pubDate>Wed, 02 Jul 2025 09:12:44 +0000</pubDate>
      <category domain="http://www.dailycourier.example/namespaces/keywords/nyt_geo">Asia</category>
      <category domain="http://www.dailycourier.example/namespaces/keywords/des">Floods</category>
      <media:content height="1800" medium="image" url="https://static01.dailycourier.example/images/2025/07/02/delta-floods.jpg" width="1800"></media:content>
      <media:credit>Reuters</media:credit>
      <media:description>Residents waded through the main road on Tuesday.</media:description>
    </item>
    <item>
      <title>Talks Resume Over Northern Border Dispute</title>
      <link>https://www.dailycourier.example/2025/07/01/world/europe/border-talks.html</link>
      <guid isPermaLink="true">https://www.dailycourier.example/2025/07/01/world/europe/border-talks.html</guid>
      <description>Negotiators met for the first time since March.</description>
      <dc:creator>Hans Richter</dc:creator>
      <pubDate>Tue, 01 Jul 2025 22:05:10 +0000</pubDate>
      <media:content height="1800" medium="image" url="https://static01.dailycourier.example/images/2025/07/01/border.jpg" width="1800"></media:content>
    </item>
    <item>
      <title>Opinion | The Quiet Cost of Cheap Flights</title>
      <link>https://www.dailycourier.example/2025/07/01/opinion/cheap-flights.html</link>
      <guid isPermaLink="true">https://www.dailycourier.example/2025/07/01/opinion/cheap-flights.html</guid>
      <description></description>
      <pubDate>Tue, 01 Jul 2025 09:00:00 +0000</pubDate>
    </item>
  </channel>
</rss>
""")

feed("dc_date_only.xml", RSS, """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>University Press Office</title>
<link>https://press.uni.example/</link>
<description>Announcements</description>
<item>
<title>New chair of astrophysics appointed</title>
<link>https://press.uni.example/news/2025/07/chair-astrophysics</link>
<dc:date>2025-07-01T11:00:00+02:00</dc:date>
<dc:creator>Press Office</dc:creator>
<description>Professor Ines Duarte joins in September.</description>
</item>
<item>
<title>Open day dates for 2026</title>
<link>https://press.uni.example/news/2025/06/open-days</link>
<dc:date>2025-06-27</dc:date>
<description>Book from 1 August.</description>
</item>
<item>
<title>Graduation: road closures</title>
<link>https://press.uni.example/news/2025/06/graduation</link>
<dc:date>2025-06-20T08:30:00Z</dc:date>
<description>Campus roads close 8–18.</description>
</item>
</channel>
</rss>
""")

feed("rss091.xml", "text/xml", """<?xml version="1.0" encoding="ISO-8859-1" ?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91">
<channel>
<title>Retro Computing Digest</title>
<link>http://retro.example/</link>
<description>Old machines, new tricks.</description>
<language>en-us</language>
<item>
<title>Recapping an Amiga 500</title>
<link>http://retro.example/amiga-recap.html</link>
<description>Leaky capacitors are the usual suspects.</description>
</item>
<item>
<title>The BBC Micro&#39;s Tube interface</title>
<link>http://retro.example/bbc-tube.html</link>
<description>A second processor, over a simple bus &eacute;l&eacute;gant.</description>
</item>
<item>
<title>Caf\xe9 meet-up on Saturday</title>
<link>http://retro.example/meetup.html</link>
</item>
</channel>
</rss>
""".encode("latin-1") if False else """<?xml version="1.0" encoding="ISO-8859-1" ?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91">
<channel>
<title>Retro Computing Digest</title>
<link>http://retro.example/</link>
<description>Old machines, new tricks.</description>
<language>en-us</language>
<item>
<title>Recapping an Amiga 500</title>
<link>http://retro.example/amiga-recap.html</link>
<description>Leaky capacitors are the usual suspects.</description>
</item>
<item>
<title>The BBC Micro&#39;s Tube interface</title>
<link>http://retro.example/bbc-tube.html</link>
<description>A second processor, over a simple bus.</description>
</item>
<item>
<title>Café meet-up on Saturday</title>
<link>http://retro.example/meetup.html</link>
</item>
</channel>
</rss>
""", "latin-1")

feed("rss092.xml", "text/xml", """<?xml version="1.0"?>
<rss version="0.92">
<channel>
<title>Dave's Radio Notes</title>
<link>http://radio.example/</link>
<description>Notes, links and the odd MP3.</description>
<lastBuildDate>Tue, 01 Jul 2025 18:00:00 GMT</lastBuildDate>
<item>
<description>Listening to the &lt;a href="http://radio.example/show.mp3"&gt;new show&lt;/a&gt; on the way home.</description>
<enclosure url="http://radio.example/show.mp3" length="123456" type="audio/mpeg"/>
</item>
<item>
<title>Scripting News for July</title>
<description>Outlines, all the way down.</description>
<link>http://radio.example/2025/07/01.html</link>
</item>
<item>
<description>A quick thought about RSS and the word "simple".</description>
<source url="http://radio.example/rss.xml">Dave's Radio Notes</source>
</item>
</channel>
</rss>
""")

feed("rdf.xml", "application/rdf+xml", """<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/" xmlns:syn="http://purl.org/rss/1.0/modules/syndication/">
<channel rdf:about="https://nerdnews.example/">
<title>Nerd News</title>
<link>https://nerdnews.example/</link>
<description>News for nerds</description>
<dc:language>en-us</dc:language>
<dc:date>2025-07-02T10:15:00+00:00</dc:date>
<items>
 <rdf:Seq>
  <rdf:li rdf:resource="https://nerdnews.example/story/25/07/02/1012/kernel-6-16"/>
  <rdf:li rdf:resource="https://nerdnews.example/story/25/07/02/0840/fusion-record"/>
 </rdf:Seq>
</items>
</channel>
<item rdf:about="https://nerdnews.example/story/25/07/02/1012/kernel-6-16">
<title>Kernel 6.16 Released With New Scheduler</title>
<link>https://nerdnews.example/story/25/07/02/1012/kernel-6-16?utm_source=rss1.0mainlinkanon&amp;utm_medium=feed</link>
<description>An anonymous reader writes: the new release brings...</description>
<dc:creator>msmash</dc:creator>
<dc:subject>linux</dc:subject>
<dc:date>2025-07-02T10:12:00+00:00</dc:date>
<slash:department>schedule-this</slash:department>
<slash:comments>212</slash:comments>
</item>
<item rdf:about="https://nerdnews.example/story/25/07/02/0840/fusion-record">
<title>Fusion Reactor Holds Plasma For 22 Minutes</title>
<link>https://nerdnews.example/story/25/07/02/0840/fusion-record?utm_source=rss1.0mainlinkanon&amp;utm_medium=feed</link>
<description>A record, says the lab.</description>
<dc:creator>BeauHD</dc:creator>
<dc:date>2025-07-02T08:40:00+00:00</dc:date>
</item>
</rdf:RDF>
""")

feed("atom03.xml", "application/atom+xml", """<?xml version="1.0" encoding="utf-8"?>
<feed version="0.3" xmlns="http://purl.org/atom/ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" xml:lang="en">
  <title mode="escaped">Early Adopter&apos;s Log</title>
  <link rel="alternate" type="text/html" href="http://earlyadopter.example/"/>
  <modified>2025-07-01T20:00:00Z</modified>
  <author><name>Kim</name></author>
  <entry>
    <title mode="escaped">Trying the &lt;em&gt;new&lt;/em&gt; editor</title>
    <link rel="alternate" type="text/html" href="http://earlyadopter.example/2025/07/new-editor"/>
    <id>tag:earlyadopter.example,2025:/2025/07/new-editor</id>
    <issued>2025-07-01T19:30:00-04:00</issued>
    <modified>2025-07-01T20:00:00Z</modified>
    <content type="text/html" mode="escaped">&lt;p&gt;Modal, but friendly.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Old phones, new batteries</title>
    <link rel="alternate" type="text/html" href="http://earlyadopter.example/2025/06/batteries"/>
    <id>tag:earlyadopter.example,2025:/2025/06/batteries</id>
    <issued>2025-06-15T10:00:00Z</issued>
    <modified>2025-06-15T10:00:00Z</modified>
    <summary>Swapped three batteries this weekend.</summary>
  </entry>
  <entry>
    <title>Notes without an issued date</title>
    <link rel="alternate" type="text/html" href="http://earlyadopter.example/2025/06/notes"/>
    <id>tag:earlyadopter.example,2025:/2025/06/notes</id>
    <modified>2025-06-10T10:00:00Z</modified>
    <content type="application/xhtml+xml" mode="xml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Just notes.</p></div></content>
  </entry>
</feed>
""")

feed("jsonfeed10.json", "application/json", json.dumps({
    "version": "https://jsonfeed.org/version/1",
    "title": "Sketchbook",
    "home_page_url": "https://sketchbook.example/",
    "feed_url": "https://sketchbook.example/feed.json",
    "author": {"name": "Noor", "url": "https://sketchbook.example/about"},
    "items": [
        {"id": "https://sketchbook.example/2025/07/harbour", "url": "https://sketchbook.example/2025/07/harbour",
         "title": "Harbour at dawn", "content_html": "<p>Ink and a little wash.</p>",
         "date_published": "2025-07-01T06:10:00+01:00", "tags": ["ink"]},
        {"id": "2", "url": "https://sketchbook.example/2025/06/market", "title": "Market day & a new pen",
         "content_text": "Tried the fountain pen on cheap paper. It bled.",
         "date_published": "2025-06-28T12:00:00Z", "date_modified": "2025-06-29T08:00:00Z"},
        {"id": "3", "url": "https://sketchbook.example/2025/06/untitled",
         "content_html": "<p>A page of hands.</p>", "date_modified": "2025-06-20T09:00:00Z"},
    ],
}, indent=2, ensure_ascii=False))

feed("jsonfeed11.json", "application/feed+json; charset=utf-8", json.dumps({
    "version": "https://jsonfeed.org/version/1.1",
    "title": "Micro Notes",
    "home_page_url": "https://micro.example/",
    "feed_url": "https://micro.example/feed.json",
    "language": "en-GB",
    "authors": [{"name": "Ola"}],
    "items": [
        {"id": "https://micro.example/2025/07/02/093000.html", "url": "https://micro.example/2025/07/02/093000.html",
         "content_html": "<p>Coffee, then <a href=\"https://example.org\">this</a>.</p>",
         "date_published": "2025-07-02T09:30:00+01:00"},
        {"id": "https://micro.example/2025/07/01/reading.html", "url": "https://micro.example/2025/07/01/reading.html",
         "title": "Reading list: July", "summary": "Four books.",
         "content_html": "<ul><li>One</li><li>Two</li></ul>", "date_published": "2025-07-01T20:00:00+01:00",
         "authors": [{"name": "Ola"}], "language": "en-GB"},
        {"id": "https://micro.example/2025/06/30/café.html", "url": "https://micro.example/2025/06/30/caf%C3%A9.html",
         "title": "Café crème ☕", "content_text": "Un café, s'il vous plaît.",
         "date_published": "2025-06-30T07:45:00Z"},
    ],
}, indent=2, ensure_ascii=False))

# Quirks.

def rss(title, items, head="", decl='<?xml version="1.0" encoding="UTF-8"?>\n', ns=""):
    body = "".join("<item>%s</item>\n" % i for i in items)
    return '%s<rss version="2.0"%s>\n<channel>\n<title>%s</title>\n<link>https://quirks.example/</link>\n<description>quirks</description>\n%s%s</channel>\n</rss>\n' % (decl, ns, title, head, body)


def item(title, link, date=None, guid=None, desc="Body text of the item."):
    s = ""
    if title is not None:
        s += "<title>%s</title>" % title
    if link is not None:
        s += "<link>%s</link>" % link
    if guid is not None:
        s += "<guid>%s</guid>" % guid
    if date is not None:
        s += "<pubDate>%s</pubDate>" % date
    if desc is not None:
        s += "<description>%s</description>" % desc
    return s


feed("cdata_markup.xml", RSS, rss("CDATA titles", [
    item("<![CDATA[<b>Breaking:</b> bridge <em>reopens</em>]]>", "https://quirks.example/cdata/1", "Wed, 02 Jul 2025 08:00:00 GMT"),
    item("<![CDATA[Tom & Jerry & <i>friends</i>]]>", "https://quirks.example/cdata/2", "Wed, 02 Jul 2025 07:00:00 GMT"),
    item("<![CDATA[  Spaces\n  and a line break  ]]>", "https://quirks.example/cdata/3", "Wed, 02 Jul 2025 06:00:00 GMT"),
    item("<![CDATA[5 < 6 and 7 > 3]]>", "https://quirks.example/cdata/4", "Wed, 02 Jul 2025 05:00:00 GMT"),
    item("<![CDATA[<span style=\"color:red\">Red</span> alert &amp; more]]>", "https://quirks.example/cdata/5", "Wed, 02 Jul 2025 04:00:00 GMT"),
]))

feed("double_escaped.xml", RSS, rss("Double escaped", [
    item("Fish &amp;amp; chips", "https://quirks.example/dbl/1", "Wed, 02 Jul 2025 08:00:00 GMT"),
    item("It&amp;#8217;s raining", "https://quirks.example/dbl/2", "Wed, 02 Jul 2025 07:00:00 GMT"),
    item("&amp;lt;b&amp;gt;Bold&amp;lt;/b&amp;gt; claims", "https://quirks.example/dbl/3", "Wed, 02 Jul 2025 06:00:00 GMT"),
    item("&lt;b&gt;Escaped markup&lt;/b&gt; in a title", "https://quirks.example/dbl/4", "Wed, 02 Jul 2025 05:00:00 GMT"),
    item("Caf&amp;eacute; society", "https://quirks.example/dbl/5", "Wed, 02 Jul 2025 04:00:00 GMT"),
]))

feed("html_entities.xml", RSS, rss("HTML entities", [
    item("Price&nbsp;rise for caf&eacute;s", "https://quirks.example/ent/1", "Wed, 02 Jul 2025 08:00:00 GMT", desc="Caf&eacute;s&nbsp;raise prices &mdash; again&hellip;"),
    item("Na&iuml;ve r&eacute;sum&eacute; advice", "https://quirks.example/ent/2", "Wed, 02 Jul 2025 07:00:00 GMT"),
    item("Copyright &copy; and trademarks&trade;", "https://quirks.example/ent/3", "Wed, 02 Jul 2025 06:00:00 GMT"),
    item("&ldquo;Quoted&rdquo; &ndash; dashes", "https://quirks.example/ent/4", "Wed, 02 Jul 2025 05:00:00 GMT"),
    item("Plain title", "https://quirks.example/ent/5", "Wed, 02 Jul 2025 04:00:00 GMT", desc="&pound;5 &euro;6 &yen;7"),
]))

feed("bare_ampersand.xml", RSS, rss("Q&A & news", [
    item("Q&A: the budget", "https://quirks.example/amp?id=1&ref=rss", "Wed, 02 Jul 2025 08:00:00 GMT"),
    item("AT&T and T-Mobile merge talks", "https://quirks.example/amp?id=2&ref=rss", "Wed, 02 Jul 2025 07:00:00 GMT"),
    item("Tom & Jerry return", "https://quirks.example/amp?id=3&amp;ref=rss", "Wed, 02 Jul 2025 06:00:00 GMT", desc="Cats & mice"),
    item("R&D spending &amp; growth", "https://quirks.example/amp?id=4", "Wed, 02 Jul 2025 05:00:00 GMT"),
]))

feed("bom.xml", RSS, b"\xef\xbb\xbf" + rss("With a BOM", [
    item("Byte order mark first", "https://quirks.example/bom/1", "Wed, 02 Jul 2025 08:00:00 GMT"),
    item("Zürich tram news", "https://quirks.example/bom/2", "Wed, 02 Jul 2025 07:00:00 GMT"),
]).encode("utf-8"))

latin = rss("Nouvelles régionales", [
    item("Fête de la musique à Lyon", "https://quirks.example/l1/1", "Wed, 02 Jul 2025 08:00:00 +0200", desc="Une fête réussie, malgré la pluie."),
    item("Crème brûlée: la recette", "https://quirks.example/l1/2", "Wed, 02 Jul 2025 07:00:00 +0200"),
    item("Météo: chaleur en août", "https://quirks.example/l1/3", "Wed, 02 Jul 2025 06:00:00 +0200"),
], decl='<?xml version="1.0" encoding="ISO-8859-1"?>\n')
feed("latin1_declared.xml", "application/rss+xml", latin, "latin-1")
feed("latin1_header_only.xml", "application/rss+xml; charset=ISO-8859-1", latin.replace('<?xml version="1.0" encoding="ISO-8859-1"?>\n', ""), "latin-1")
feed("latin1_undeclared.xml", "application/rss+xml", latin.replace('<?xml version="1.0" encoding="ISO-8859-1"?>\n', ""), "latin-1")
feed("latin1_xml_decl_only.xml", "text/xml", latin.replace('encoding="ISO-8859-1"', 'encoding="iso-8859-1"'), "latin-1")

cp = rss("Windows quotes", [
    item("“Smart” quotes – and a dash", "https://quirks.example/cp/1", "Wed, 02 Jul 2025 08:00:00 GMT", desc="It’s €5 … or so."),
    item("Don’t panic", "https://quirks.example/cp/2", "Wed, 02 Jul 2025 07:00:00 GMT"),
    item("Œuvre complète", "https://quirks.example/cp/3", "Wed, 02 Jul 2025 06:00:00 GMT"),
], decl='<?xml version="1.0" encoding="windows-1252"?>\n')
feed("cp1252_declared.xml", "application/rss+xml", cp, "cp1252")
feed("cp1252_undeclared.xml", "application/rss+xml", cp.replace('<?xml version="1.0" encoding="windows-1252"?>\n', '<?xml version="1.0"?>\n'), "cp1252")
feed("utf8_declared_latin1.xml", "application/rss+xml", latin.replace("ISO-8859-1", "UTF-8"), "latin-1")
feed("latin1_declared_utf8.xml", "application/rss+xml", rss("Declared Latin-1, sent UTF-8", [
    item("Plain ASCII title", "https://quirks.example/wrong/1", "Wed, 02 Jul 2025 08:00:00 GMT"),
    item("Another plain one", "https://quirks.example/wrong/2", "Wed, 02 Jul 2025 07:00:00 GMT"),
], decl='<?xml version="1.0" encoding="ISO-8859-1"?>\n'))
feed("header_utf8_body_latin1.xml", "application/rss+xml; charset=utf-8", latin.replace('<?xml version="1.0" encoding="ISO-8859-1"?>\n', ""), "latin-1")
feed("utf16.xml", "application/xml", b"\xff\xfe" + rss("UTF-16 feed", [
    item("Wide characters: 東京", "https://quirks.example/u16/1", "Wed, 02 Jul 2025 08:00:00 GMT"),
    item("Second item", "https://quirks.example/u16/2", "Wed, 02 Jul 2025 07:00:00 GMT"),
], decl='<?xml version="1.0" encoding="UTF-16"?>\n').encode("utf-16-le"))

feed("leading_whitespace.xml", RSS, "\n\n   \t" + rss("Whitespace first", [
    item("Blank lines before the declaration", "https://quirks.example/ws/1", "Wed, 02 Jul 2025 08:00:00 GMT"),
    item("A PHP include did it", "https://quirks.example/ws/2", "Wed, 02 Jul 2025 07:00:00 GMT"),
]))

feed("rfc822_variants.xml", RSS, rss("RFC 822 variants", [
    item("Single-digit day", "https://quirks.example/d/1", "Tue, 1 Jul 2025 10:00:00 GMT"),
    item("No seconds, EST", "https://quirks.example/d/2", "Tue, 01 Jul 2025 10:00 EST"),
    item("No day name", "https://quirks.example/d/3", "01 Jul 2025 10:00:00 +0000"),
    item("Full day and month names", "https://quirks.example/d/4", "Tuesday, 01 July 2025 10:00:00 GMT"),
    item("UT zone", "https://quirks.example/d/5", "Tue, 01 Jul 2025 10:00:00 UT"),
    item("No space after comma", "https://quirks.example/d/6", "Tue,01 Jul 2025 10:00:00 PDT"),
    item("Lower case", "https://quirks.example/d/7", "tue, 01 jul 2025 10:00:00 gmt"),
    item("Z zone", "https://quirks.example/d/8", "Tue, 01 Jul 2025 10:00:00 Z"),
    item("Offset with colon", "https://quirks.example/d/9", "Tue, 01 Jul 2025 10:00:00 +02:00"),
    item("Wrong day name", "https://quirks.example/d/10", "Mon, 01 Jul 2025 10:00:00 GMT"),
    item("Dashes", "https://quirks.example/d/11", "Tue, 01-Jul-2025 10:00:00 GMT"),
    item("Extra spaces", "https://quirks.example/d/12", "  Tue,  01  Jul  2025  10:00:00  +0100  "),
    item("Named zone CEST", "https://quirks.example/d/13", "Tue, 01 Jul 2025 10:00:00 CEST"),
    item("Sept", "https://quirks.example/d/14", "Mon, 01 Sept 2025 10:00:00 GMT"),
    item("Single-digit hour", "https://quirks.example/d/15", "Tue, 01 Jul 2025 9:05:00 GMT"),
    item("asctime", "https://quirks.example/d/16", "Tue Jul  1 10:00:00 2025"),
    item("ISO in pubDate", "https://quirks.example/d/17", "2025-07-01T10:00:00Z"),
    item("Military zone", "https://quirks.example/d/18", "Tue, 01 Jul 2025 10:00:00 A"),
]))

feed("nonenglish_dates.xml", RSS, rss("Dates in other languages", [
    item("German", "https://quirks.example/ne/1", "Di, 01 Jul 2025 10:00:00 +0200"),
    item("German month", "https://quirks.example/ne/2", "Mi, 02 Okt 2025 10:00:00 +0200"),
    item("French", "https://quirks.example/ne/3", "mar., 01 juil. 2025 10:00:00 +0200"),
    item("Spanish", "https://quirks.example/ne/4", "mié, 02 jul 2025 10:00:00 +0200"),
    item("Dutch", "https://quirks.example/ne/5", "wo, 02 mei 2025 10:00:00 +0200"),
    item("Portuguese", "https://quirks.example/ne/6", "Qua, 02 Abr 2025 10:00:00 -0300"),
    item("Italian", "https://quirks.example/ne/7", "Mer, 02 Lug 2025 10:00:00 +0200"),
    item("English, for comparison", "https://quirks.example/ne/8", "Wed, 02 Jul 2025 10:00:00 +0200"),
]))

feed("twodigit_year.xml", RSS, rss("Two-digit years", [
    item("Two digits, GMT", "https://quirks.example/y/1", "Tue, 01 Jul 25 10:00:00 GMT"),
    item("Two digits, offset", "https://quirks.example/y/2", "Sun, 30 Jun 24 18:00:00 +0100"),
    item("Nineteen-ninety-nine", "https://quirks.example/y/3", "Fri, 31 Dec 99 23:59:00 GMT"),
    item("No day name", "https://quirks.example/y/4", "15 Mar 25 08:00 EST"),
]))

feed("missing_tz.xml", RSS, rss("No time zones", [
    item("RFC 822 without zone", "https://quirks.example/tz/1", "Tue, 01 Jul 2025 10:00:00"),
    item("ISO without zone", "https://quirks.example/tz/2", "2025-07-01T10:00:00"),
    item("ISO with space", "https://quirks.example/tz/3", "2025-07-01 10:00:00"),
    item("Date only", "https://quirks.example/tz/4", "2025-07-01"),
    item("RFC 822 no zone no seconds", "https://quirks.example/tz/5", "Tue, 01 Jul 2025 10:00"),
]))

feed("iso_variants.xml", ATOM, """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>ISO 8601 variants</title>
<id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
<updated>2025-07-02T10:00:00Z</updated>
<link href="https://quirks.example/iso/"/>
<entry><title>Offset without colon</title><id>urn:iso:1</id><link href="https://quirks.example/iso/1"/><published>2025-07-01T10:00:00+0200</published><updated>2025-07-01T10:00:00+0200</updated></entry>
<entry><title>Microseconds</title><id>urn:iso:2</id><link href="https://quirks.example/iso/2"/><published>2025-07-01T10:00:00.123456Z</published><updated>2025-07-01T10:00:00.123456Z</updated></entry>
<entry><title>Basic format</title><id>urn:iso:3</id><link href="https://quirks.example/iso/3"/><updated>20250701T100000Z</updated></entry>
<entry><title>Date only</title><id>urn:iso:4</id><link href="https://quirks.example/iso/4"/><updated>2025-07-01</updated></entry>
<entry><title>Space instead of T</title><id>urn:iso:5</id><link href="https://quirks.example/iso/5"/><updated>2025-07-01 10:00:00+02:00</updated></entry>
<entry><title>No seconds</title><id>urn:iso:6</id><link href="https://quirks.example/iso/6"/><updated>2025-07-01T10:00+02:00</updated></entry>
<entry><title>Lower-case t and z</title><id>urn:iso:7</id><link href="https://quirks.example/iso/7"/><updated>2025-07-01t10:00:00z</updated></entry>
<entry><title>Only updated</title><id>urn:iso:8</id><link href="https://quirks.example/iso/8"/><updated>2025-06-30T23:30:00-05:00</updated></entry>
<entry><title>Hour offset only</title><id>urn:iso:9</id><link href="https://quirks.example/iso/9"/><updated>2025-07-01T10:00:00+02</updated></entry>
</feed>
""")

feed("unix_timestamps.xml", RSS, rss("Unix timestamps", [
    item("Seconds since 1970", "https://quirks.example/unix/1", "1751364000"),
    item("Milliseconds", "https://quirks.example/unix/2", "1751364000000"),
    item("A real date", "https://quirks.example/unix/3", "Tue, 01 Jul 2025 10:00:00 GMT"),
]))

feed("no_titles.xml", RSS, rss("Items without titles", [
    item(None, "https://quirks.example/nt/1", "Wed, 02 Jul 2025 08:00:00 GMT", desc="A status update with no title, as microblogs post them."),
    item("", "https://quirks.example/nt/2", "Wed, 02 Jul 2025 07:00:00 GMT", desc="An empty title element."),
    item("   ", "https://quirks.example/nt/3", "Wed, 02 Jul 2025 06:00:00 GMT", desc="A title of spaces."),
    item(None, None, "Wed, 02 Jul 2025 05:00:00 GMT", guid="urn:nt:4", desc="Neither title nor link, only a GUID."),
    item("A proper title", "https://quirks.example/nt/5", "Wed, 02 Jul 2025 04:00:00 GMT"),
]))

feed("duplicate_guids.xml", RSS, rss("Duplicate GUIDs", [
    item("First story", "https://quirks.example/dup/1", "Wed, 02 Jul 2025 08:00:00 GMT", guid="https://quirks.example/"),
    item("Second story", "https://quirks.example/dup/2", "Wed, 02 Jul 2025 07:00:00 GMT", guid="https://quirks.example/"),
    item("Third story", "https://quirks.example/dup/3", "Wed, 02 Jul 2025 06:00:00 GMT", guid="https://quirks.example/"),
    item("Fourth story", "https://quirks.example/dup/4", "Wed, 02 Jul 2025 05:00:00 GMT", guid="42"),
    item("Fourth story", "https://quirks.example/dup/4", "Wed, 02 Jul 2025 05:00:00 GMT", guid="42"),
    item("Fifth story", "https://quirks.example/dup/5", "Wed, 02 Jul 2025 04:00:00 GMT", guid="43"),
]))

feed("link_only.xml", RSS, rss("Links only", [
    item(None, "https://quirks.example/lo/1", None, desc=None),
    item(None, "https://quirks.example/lo/2", None, desc=None),
    item("Title and link", "https://quirks.example/lo/3", None, desc=None),
]))

feed("xml_base.xml", ATOM, """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://relative.example/blog/">
<title>Relative links</title>
<id>https://relative.example/blog/</id>
<updated>2025-07-02T10:00:00Z</updated>
<link href="./" rel="alternate"/>
<entry><title>Relative to the feed's base</title><id>urn:rel:1</id><link href="posts/one.html"/><updated>2025-07-02T09:00:00Z</updated><content type="html">&lt;p&gt;See &lt;a href="posts/two.html"&gt;two&lt;/a&gt;.&lt;/p&gt;</content></entry>
<entry xml:base="/archive/2025/"><title>Relative to the entry's base</title><id>urn:rel:2</id><link href="july.html"/><updated>2025-07-01T09:00:00Z</updated></entry>
<entry><title>Root-relative</title><id>urn:rel:3</id><link href="/about.html"/><updated>2025-06-30T09:00:00Z</updated></entry>
<entry><title>Absolute</title><id>urn:rel:4</id><link href="https://elsewhere.example/x"/><updated>2025-06-29T09:00:00Z</updated></entry>
</feed>
""")

feed("relative_rss.xml", RSS, rss("Relative RSS links", [
    item("Root-relative link", "/2025/07/one.html", "Wed, 02 Jul 2025 08:00:00 GMT"),
    item("Path-relative link", "2025/07/two.html", "Wed, 02 Jul 2025 07:00:00 GMT"),
    item("Protocol-relative link", "//cdn.quirks.example/three.html", "Wed, 02 Jul 2025 06:00:00 GMT"),
]))

big = []
for i in range(2500):
    day = 1 + i % 28
    big.append(item("Bulletin %d: market update for desk %d" % (i, i % 17),
                    "https://bulk.example/bulletin/%d" % i,
                    "Tue, %02d Jan 2025 %02d:%02d:00 GMT" % (day, i % 24, i % 60),
                    guid="bulk-%d" % i,
                    desc="<p>Item %d of a very long archive feed, kept whole by its publisher.</p>" % i))
feed("huge.xml", RSS, rss("Everything ever published", big))

whole = rss("Cut short", [
    item("Complete item one", "https://quirks.example/cut/1", "Wed, 02 Jul 2025 08:00:00 GMT"),
    item("Complete item two", "https://quirks.example/cut/2", "Wed, 02 Jul 2025 07:00:00 GMT"),
    item("Cut in its description", "https://quirks.example/cut/3", "Wed, 02 Jul 2025 06:00:00 GMT", desc="This description never ends because the connection dropped while the server was still sending it and"),
])
feed("truncated.xml", RSS, whole[:whole.index("connection dropped")])

whole = rss("Cut between items", [
    item("Whole one", "https://quirks.example/cut2/1", "Wed, 02 Jul 2025 08:00:00 GMT"),
    item("Whole two", "https://quirks.example/cut2/2", "Wed, 02 Jul 2025 07:00:00 GMT"),
])
feed("truncated_between.xml", RSS, whole[:whole.index("</channel>")])

feed("atom_title_types.xml", ATOM, """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title type="html">&lt;b&gt;Typed&lt;/b&gt; titles</title>
<id>urn:tt</id><updated>2025-07-02T10:00:00Z</updated>
<entry><title type="html">&lt;em&gt;HTML&lt;/em&gt; title &amp;amp; entity</title><id>urn:tt:1</id><link href="https://quirks.example/tt/1"/><updated>2025-07-02T09:00:00Z</updated></entry>
<entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">An <b>XHTML</b> title</div></title><id>urn:tt:2</id><link href="https://quirks.example/tt/2"/><updated>2025-07-02T08:00:00Z</updated></entry>
<entry><title type="text">Text with &lt;angle brackets&gt;</title><id>urn:tt:3</id><link href="https://quirks.example/tt/3"/><updated>2025-07-02T07:00:00Z</updated></entry>
<entry><title>Links as alternate and enclosure</title><id>urn:tt:4</id><link rel="enclosure" href="https://quirks.example/tt/4.mp3"/><link rel="alternate" href="https://quirks.example/tt/4"/><updated>2025-07-02T06:00:00Z</updated></entry>
</feed>
""")

feed("doctype_entities.xml", RSS, """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE rss [
<!ENTITY nbsp "&#160;">
<!ENTITY mdash "&#8212;">
]>
<rss version="2.0"><channel><title>Declared entities</title><link>https://quirks.example/</link><description>x</description>
<item><title>A&nbsp;declared&nbsp;entity &mdash; fine</title><link>https://quirks.example/de/1</link><pubDate>Wed, 02 Jul 2025 08:00:00 GMT</pubDate></item>
<item><title>An undeclared one: caf&eacute;</title><link>https://quirks.example/de/2</link><pubDate>Wed, 02 Jul 2025 07:00:00 GMT</pubDate></item>
</channel></rss>
""")

feed("html_content_type.xml", "text/html; charset=utf-8", rss("Served as text/html", [
    item("Served with the wrong type", "https://quirks.example/ht/1", "Wed, 02 Jul 2025 08:00:00 GMT"),
    item("Still a feed", "https://quirks.example/ht/2", "Wed, 02 Jul 2025 07:00:00 GMT"),
]))

feed("rss_mixed_dates.xml", RSS, rss("pubDate and dc:date", [
    "<title>pubDate and dc:date agree</title><link>https://quirks.example/md/1</link><pubDate>Wed, 02 Jul 2025 08:00:00 GMT</pubDate><dc:date>2025-07-02T08:00:00Z</dc:date>",
    "<title>Only dc:date, in an RSS 2.0 feed</title><link>https://quirks.example/md/2</link><dc:date>2025-07-01T08:00:00+00:00</dc:date>",
    "<title>Empty pubDate</title><link>https://quirks.example/md/3</link><pubDate></pubDate>",
    "<title>Garbage pubDate</title><link>https://quirks.example/md/4</link><pubDate>yesterday</pubDate>",
    "<title>atom:updated only</title><link>https://quirks.example/md/5</link><atom:updated>2025-06-30T08:00:00Z</atom:updated>",
], ns=' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"'))

feed("whitespace_titles.xml", RSS, rss("Whitespace in titles", [
    item("\n      Indented title on its own line\n    ", "\n  https://quirks.example/wt/1\n", "\n Wed, 02 Jul 2025 08:00:00 GMT \n"),
    item("Tabs\tinside\ttitle", "https://quirks.example/wt/2", "Wed, 02 Jul 2025 07:00:00 GMT"),
    item("Non&#160;breaking&#160;spaces", "https://quirks.example/wt/3", "Wed, 02 Jul 2025 06:00:00 GMT"),
]))

feed("guid_permalink.xml", RSS, rss("Permalink GUIDs", [
    item("GUID is the permalink", None, "Wed, 02 Jul 2025 08:00:00 GMT", guid="https://quirks.example/pl/1"),
    "<title>Says it is a permalink</title><guid isPermaLink=\"true\">https://quirks.example/pl/2</guid><pubDate>Wed, 02 Jul 2025 07:00:00 GMT</pubDate><description>Body.</description>",
    "<title>Says it is not</title><guid isPermaLink=\"false\">https://quirks.example/pl/3</guid><pubDate>Wed, 02 Jul 2025 06:00:00 GMT</pubDate><description>Body.</description>",
    item("A link and a GUID", "https://quirks.example/pl/4.html", "Wed, 02 Jul 2025 05:00:00 GMT", guid="https://quirks.example/pl/4"),
]))

more_dates = [
    "2025-07-01T10:00:00.000+0000", "2025-07-01T10:00:00 +02:00", "2025-07-01 10:00:00 +0200", "2025-07-01T10:00Z",
    "Tue, 01 Jul 2025 10:00:00 -0000", "Tue, 01 Jul 2025 10:00:00 +0000 (UTC)", "Tue, 01 Jul 2025 10:00:00 GMT+02:00",
    "Tue, 01 Jul 2025 10:00:00 UTC", "Tue, 01 Jul 2025 10:00:00 EDT", "Tue, 01 Jul 2025 10:00:00 ET",
    "Tue Jul 01 2025 10:00:00 GMT+0000 (Coordinated Universal Time)", "01 July 2025 10:00:00 GMT",
    "Tue, 01 Jul 2025 10:00:00 +00:00", "1 Jul 2025", "2025-07-01T10:00:00.123+02:00", "2025-07-01T10:00:00,123Z",
    "Tue, 01 Jul 2025 23:30:00 -0500", "Wed, 02 Jul 2025 00:30:00 +0200",
]
feed("more_dates.xml", RSS, rss("More dates", [
    item("Date %d" % i, "https://quirks.example/md2/%d" % i, d) for i, d in enumerate(more_dates)
]))


def entry_date(e):
    for key in ("published_parsed", "updated_parsed"):
        t = e.get(key)
        if t:
            return "%04d-%02d-%02dT%02d:%02d:%02dZ" % tuple(t[:6])
    return None


def main():
    os.makedirs(FEEDS, exist_ok=True)
    for name in os.listdir(FEEDS):
        os.remove(os.path.join(FEEDS, name))
    manifest, expected = {}, {}
    total = 0
    for name, ctype, data in feeds:
        with open(os.path.join(FEEDS, name), "wb") as f:
            f.write(data)
        manifest[name] = {"content_type": ctype or ""}
        headers = {"content-location": BASE + name}
        if ctype:
            headers["content-type"] = ctype
        d = feedparser.parse(data, response_headers=headers)
        entries = []
        for e in d.entries:
            entries.append({
                "id": e.get("id"),
                "link": e.get("link"),
                "title": e.get("title"),
                "title_type": e.get("title_detail", {}).get("type"),
                "summary": (e.get("summary") or "")[:200],
                "date": entry_date(e),
            })
        expected[name] = {"bozo": bool(d.bozo), "encoding": d.get("encoding"), "entries": entries}
        total += len(entries)
    with open(os.path.join(HERE, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1, sort_keys=True)
        f.write("\n")
    with open(os.path.join(HERE, "expected.json"), "w") as f:
        json.dump({"feedparser": feedparser.__version__, "feeds": expected}, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")
    print("%d feeds, %d items" % (len(feeds), total), file=sys.stderr)


if __name__ == "__main__":
    main()
