# Writes the extraction set: python3 make_eval.py ../eval (pages in the markup shapes of news sites, with their true bodies).
import html, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stories import S
OUT = sys.argv[1]
E = html.escape

def jsonld(s, site, typ="NewsArticle"):
    return '<script type="application/ld+json">' + json.dumps({"@context":"https://schema.org","@type":typ,"headline":s["title"],
        "datePublished":s["iso"],"author":[{"@type":"Person","name":s["author"]}],"publisher":{"@type":"Organization","name":site}}) + '</script>'

def body_html(s, p='<p>%s</p>', h='<h2>%s</h2>', ul=('<ul>','</ul>'), li='<li>%s</li>', between=None):
    out, inlist, n = [], False, 0
    for kind, text in s["body"]:
        if kind == "li" and not inlist:
            out.append(ul[0]); inlist = True
        if kind != "li" and inlist:
            out.append(ul[1]); inlist = False
        if kind == "p":
            out.append(p % E(text, quote=False)); n += 1
            if between and n in between: out.append(between[n])
        elif kind == "h": out.append(h % E(text, quote=False))
        elif kind == "li": out.append(li % E(text, quote=False))
    if inlist: out.append(ul[1])
    return "\n".join(out)

def truth(s):
    return "\n".join(t for k, t in s["body"])

def slugpath(s): return "/" + s["section"].lower().replace(" ", "-") + "/" + s["slug"]

# ---------- wire (Reuters-like)
def wire(s):
    paras = [t for k, t in s["body"]]
    ps = "\n".join('<div data-testid="paragraph-%d" class="article-body__paragraph">%s</div>' % (i, E(t if i else "%s (Reuters) - %s" % (s["place"], t), quote=False)) for i, t in enumerate(paras) if True)
    return f'''<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{E(s["title"])} | Reuters</title>
<meta property="og:title" content="{E(s["title"])}"><meta property="og:site_name" content="Reuters">
<meta name="article:published_time" content="{s["iso"]}"><link rel="canonical" href="https://www.reuters.example{slugpath(s)}/">
{jsonld(s, "Reuters")}</head><body>
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header"><nav aria-label="Main"><ul><li><a href="/world/">World</a></li><li><a href="/business/">Business</a></li><li><a href="/markets/">Markets</a></li><li><a href="/sustainability/">Sustainability</a></li><li><a href="/legal/">Legal</a></li><li><a href="/breakingviews/">Breakingviews</a></li><li><a href="/technology/">Technology</a></li><li><a href="/investigations/">Investigations</a></li></ul></nav>
<a href="/account/sign-in/">Sign In</a><a href="/account/register/">Register</a></header>
<main id="main-content"><article>
<header class="article-header"><nav class="breadcrumbs"><a href="/world/">World</a> <a href="{slugpath(s)}">{E(s["section"])}</a></nav>
<h1 data-testid="Heading">{E(s["title"])}</h1>
<div class="article-info"><address>By <a href="/authors/x/">{E(s["author"])}</a></address><time datetime="{s["iso"]}">{E(s["disp"])} 8:12 AM GMT</time><span>Updated 2 hours ago</span></div>
<div class="share-bar"><button aria-label="Share on X">X</button><button aria-label="Share on Facebook">Facebook</button><button aria-label="Share on LinkedIn">LinkedIn</button><button>Email</button><button>Link</button></div>
</header>
<div class="article-body__content">
{ps}
<p class="sign-off">(Reporting by {E(s["author"])}; Editing by Alex Richardson)</p>
</div>
<div class="trust-principles"><a href="/info-pages/thomson-reuters-trust-principles/">Our Standards: The Thomson Reuters Trust Principles.</a>, opens new tab</div>
</article>
<aside class="read-next"><h2>Read Next</h2><ul><li><a href="/a">Oil prices edge higher as traders weigh supply risks</a></li><li><a href="/b">Dollar steadies ahead of jobs data</a></li><li><a href="/c">Gold hovers near record on rate-cut bets</a></li></ul></aside>
</main>
<footer><p>Reuters, the news and media division of Thomson Reuters, is the world's largest multimedia news provider, reaching billions of people worldwide every day.</p>
<ul><li><a href="/about">About Reuters</a></li><li><a href="/careers">Careers</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms of Use</a></li></ul>
<p>All quotes delayed a minimum of 15 minutes. © 2025 Reuters. All rights reserved</p></footer>
</body></html>''', "%s (Reuters) - " % s["place"] + truth(s)

# ---------- wire 2 (AP-like)
def wire_ap(s):
    ad = '<div class="Advertisement"><div class="ad-label">Advertisement</div><div id="ad-slot-%d"></div></div>'
    b = body_html(s, between={2: ad % 1, 4: ad % 2})
    first = s["body"][0][1]
    b = b.replace("<p>" + E(first, quote=False), "<p>%s (AP) — %s" % (s["place"], E(first, quote=False)), 1)
    return f'''<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>{E(s["title"])} | AP News</title>
<meta property="og:site_name" content="AP News"><meta property="og:title" content="{E(s["title"])}">
<meta property="article:published_time" content="{s["iso"]}">{jsonld(s, "Associated Press")}</head><body>
<div class="cookie-consent" role="dialog"><p>We use cookies and similar technologies to improve your experience. By clicking Accept, you agree to our use of cookies.</p><button>Accept</button><button>Cookie Settings</button></div>
<header><div class="Page-header"><a class="Page-header-logo" href="/">AP</a><nav><ul><li>World</li><li>U.S.</li><li>Politics</li><li>Sports</li><li>Entertainment</li><li>Business</li><li>Science</li><li>Fact Check</li><li>Oddities</li></ul></nav><a href="/donate">Donate</a></div></header>
<main><div class="Page-content">
<h1 class="Page-headline">{E(s["title"])}</h1>
<div class="Page-byline"><span class="Page-authors">By <a href="#">{E(s["author"].upper())}</a></span> <bsp-timestamp data-timestamp="1"><span>Updated 10:12 AM GMT, {E(s["disp"])}</span></bsp-timestamp></div>
<div class="Page-actions"><button>Share</button><a href="#">Copy</a><a href="#">Link copied</a><a href="#">Email</a><a href="#">Facebook</a><a href="#">X</a><a href="#">LinkedIn</a><a href="#">Bluesky</a><a href="#">Flipboard</a><a href="#">Pinterest</a><a href="#">Reddit</a></div>
<figure class="Figure"><img src="a.jpg" alt=""><figcaption><div class="Figure-caption"><p>FILE - A view of the scene. (AP Photo/Jane Roe, File)</p></div></figcaption></figure>
<div class="RichTextStoryBody RichTextBody">
{b}
<p>___</p>
<p>Associated Press writer Maria Cruz contributed to this report.</p>
</div>
<div class="Page-below"><div class="PageListStandardE"><h2>Related Stories</h2><ul><li><a href="/x">Markets rally as investors weigh earnings</a></li><li><a href="/y">What to know about the new rules</a></li></ul></div></div>
</div></main>
<footer><p>Copyright 2025 The Associated Press. All Rights Reserved.</p><ul><li><a href="/about">About</a></li><li><a href="/contact">Contact Us</a></li><li><a href="/terms">Terms of Use</a></li><li><a href="/privacy">Privacy Policy</a></li></ul></footer>
</body></html>''', "%s (AP) — " % s["place"] + truth(s)

# ---------- broadsheet (Guardian-like)
def broadsheet(s):
    nl = '<aside class="newsletter-signup"><p class="title">Sign up to First Edition</p><p>Our morning email breaks down the key stories of the day, telling you what’s happening and why it matters</p><p>Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.</p><button>Sign up</button><p>after newsletter promotion</p></aside>'
    b = body_html(s, p='<p class="dcr-s23rjr">%s</p>', h='<h2 id="x" class="dcr-1">%s</h2>', between={2: nl})
    return f'''<!doctype html><html lang="en"><head><meta charset="utf-8"/><title>{E(s["title"])} | {E(s["section"])} | The Guardian</title>
<meta property="og:site_name" content="the Guardian"><meta property="og:title" content="{E(s["title"])}"><meta name="author" content="{E(s["author"])}">
<link rel="canonical" href="https://www.theguardian.example{slugpath(s)}">{jsonld(s, "The Guardian")}</head><body>
<a href="#maincontent" class="dcr-skip">Skip to main content</a><a href="#navigation">Skip to navigation</a>
<header><div class="dcr-support"><p>Support the Guardian</p><p>Fund independent journalism with £5 per month</p><a href="/support">Support us</a></div>
<nav id="navigation"><ul><li><a href="/">News</a></li><li><a href="/commentisfree">Opinion</a></li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li><li><a href="/lifeandstyle">Lifestyle</a></li></ul><ul><li><a href="/world">World</a></li><li><a href="/uk-news">UK</a></li><li><a href="/environment">Climate crisis</a></li><li><a href="/business">Business</a></li></ul></nav></header>
<main id="maincontent"><article>
<div class="dcr-section"><a href="/{E(s["section"].lower())}">{E(s["section"])}</a></div>
<h1>{E(s["title"])}</h1>
<div class="dcr-standfirst"><p>{E(s["standfirst"])}</p></div>
<figure><picture><img src="x.jpg" alt=""></picture><figcaption><span>A view from the scene on Monday.</span> Photograph: Jon Smith/EPA</figcaption></figure>
<aside class="dcr-meta"><address><a rel="author" href="/profile/x">{E(s["author"])}</a> in {E(s["place"].title())}</address><details><summary>Mon {E(s["disp"])} 09.12 BST</summary><span>Last modified on Mon {E(s["disp"])} 11.40 BST</span></details>
<div class="share"><a href="#">Share</a></div><div><span>Share on Facebook</span><span>Share on X</span><span>Share via Email</span></div></aside>
<div id="maincontent" class="article-body-commercial-selector article-body-viewer-selector dcr-1">
{b}
</div>
<div class="dcr-contributions"><h2>... we have a small favour to ask.</h2><p>Millions are turning to the Guardian for open, independent, quality news every day, and readers in 180 countries around the world now support us financially.</p><p>We believe everyone deserves access to information that’s grounded in science and truth, and analysis rooted in authority and integrity. That’s why we made a different choice: to keep our reporting open for all readers, regardless of where they live or what they can afford to pay.</p><a href="/support">Support us</a></div>
<div class="dcr-keywords"><h2>Explore more on these topics</h2><ul><li><a href="/a">{E(s["section"])}</a></li><li><a href="/b">Europe</a></li><li><a href="/c">news</a></li></ul></div>
<div><a href="#">Share</a><a href="#">Reuse this content</a></div>
</article>
<section class="onwards"><h2>Most viewed</h2><ol><li><a href="/1">Live: politics latest as ministers meet</a></li><li><a href="/2">The best films of the year so far</a></li><li><a href="/3">Scientists discover new species in deep sea</a></li></ol></section>
</main><footer><ul><li><a href="/about">About us</a></li><li><a href="/help">Help</a></li><li><a href="/complaints">Complaints &amp; corrections</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/cookies">Cookie policy</a></li></ul><p>© 2025 Guardian News &amp; Media Limited or its affiliated companies. All rights reserved.</p></footer>
</body></html>''', truth(s)

# ---------- broadsheet 2 (NYT-like)
def broadsheet_nyt(s):
    ad = '<div class="css-ad"><div><p class="css-ad-label">Advertisement</p><a href="#after-ad">SKIP ADVERTISEMENT</a></div></div>'
    chunks = [t for t in s["body"]]
    half = len(chunks)//2
    def sect(items):
        return '<div class="css-53u6y8 StoryBodyCompanionColumn"><div class="css-1vxca1d">' + "\n".join(
            ('<p class="css-at9mc1 evys1bk0">%s</p>' if k != "h" else '<h2 class="css-head">%s</h2>') % E(t, quote=False) if k != "li" else '<ul><li>%s</li></ul>' % E(t, quote=False) for k, t in items) + '</div></div>'
    b = sect(chunks[:half]) + "\n" + ad + "\n" + sect(chunks[half:])
    return f'''<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{E(s["title"])} - The New York Times</title>
<meta property="og:title" content="{E(s["title"])}"><meta name="byl" content="By {E(s["author"])}"><meta property="article:published_time" content="{s["iso"]}">
{jsonld(s, "The New York Times")}</head><body>
<div id="app"><div class="css-banner"><p>Subscribe for $1 a week. Cancel anytime.</p><a href="/subscription">Subscribe now</a></div>
<header class="css-header"><a href="#site-content">Skip to content</a><a href="#site-index">Skip to site index</a><span>{E(s["section"])}</span><a href="/">Today’s Paper</a><button>Log in</button></header>
<main id="site-content"><article id="story">
<header><p class="css-kicker"><a href="#">{E(s["section"])}</a></p><h1 data-testid="headline">{E(s["title"])}</h1><p id="article-summary" class="css-summary">{E(s["standfirst"])}</p>
<div class="css-share"><button>Share full article</button><span>Read in app</span><button aria-label="Save article for reading later...">Save</button></div>
<div class="css-byline"><p>By <a href="#">{E(s["author"])}</a></p><p>Reporting from {E(s["place"].title())}</p><time datetime="{s["iso"]}">{E(s["disp"])}</time></div></header>
<section name="articleBody" itemprop="articleBody">
{b}
</section>
<div class="css-bottom"><p>A version of this article appears in print on , Section A, Page 8 of the New York edition with the headline: {E(s["title"])}. <a href="#">Order Reprints</a> | <a href="#">Today’s Paper</a> | <a href="#">Subscribe</a></p></div>
<div class="css-related"><h2>Related Content</h2><ul><li><a href="/a">How the Crisis Unfolded</a></li><li><a href="/b">What Comes Next</a></li></ul></div>
</article></main>
<footer><nav><h2>Site Index</h2><ul><li>News</li><li>Arts</li><li>Lifestyle</li><li>Opinion</li></ul></nav><p>© 2025 The New York Times Company</p><ul><li><a href="/privacy">Privacy Policy</a></li><li><a href="/terms">Terms of Service</a></li></ul></footer></div>
</body></html>''', truth(s)

# ---------- tabloid (Daily Mail-like)
def tabloid(s):
    paras = [t for k, t in s["body"] if k != "h"]
    b = []
    for i, t in enumerate(paras):
        b.append('<p class="mol-para-with-font">%s</p>' % E(t, quote=False))
        if i == 1:
            b.append('<div class="artSplitter mol-img-group"><div class="mol-img"><img src="p.jpg"></div><p class="imageCaption">Pictured: the scene on Monday afternoon, where crowds gathered</p></div>')
        if i == 3:
            b.append('<div class="mol-ads-below-text"><span>ADVERTISEMENT</span></div>')
    tr = "\n".join(paras)
    return f'''<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>{E(s["title"])} | Daily Mail Online</title>
<meta property="og:site_name" content="Mail Online"><meta property="og:title" content="{E(s["title"])}"><meta name="author" content="{E(s["author"])}">
<meta property="article:published_time" content="{s["iso"]}"></head><body>
<div id="page-container"><div class="page-header"><ul class="nav-primary"><li>Home</li><li>News</li><li>Royals</li><li>U.S.</li><li>Sport</li><li>TV</li><li>Showbiz</li><li>Femail</li><li>Health</li><li>Science</li><li>Money</li><li>Travel</li><li>Podcasts</li><li>Shopping</li></ul>
<ul class="nav-secondary"><li>Latest Headlines</li><li>World News</li><li>Ukraine</li><li>Israel</li></ul><div class="login"><a href="#">Login</a></div></div>
<div class="article-text wide heading-tag-switch"><h2>{E(s["title"].upper())}</h2>
<ul class="mol-bullets-with-font"><li><strong>{E(s["standfirst"])}</strong></li><li><strong>Do you have a story? Email tips@dailymail.example</strong></li></ul>
<p class="author-section byline-plain">By <a class="author" href="#">{E(s["author"].upper())}</a> FOR MAILONLINE</p>
<p class="byline-section"><span class="article-timestamp article-timestamp-published"><span>Published:</span> <time datetime="{s["iso"]}">09:14 BST, {E(s["disp"])}</time></span> | <span class="article-timestamp-updated"><span>Updated:</span> 11:02 BST, {E(s["disp"])}</span></p>
<div class="social-share"><ul><li class="facebook">Share</li><li class="twitter">Tweet</li><li class="email">e-mail</li></ul><span class="count">124 shares</span></div>
<div itemprop="articleBody">
{chr(10).join(b)}
</div>
<div class="article-icon-links-container"><ul><li><a href="#">Share or comment on this article:</a></li></ul></div>
<div class="related-carousel"><h3>MOST WATCHED NEWS</h3><ul><li>Shocking moment car ploughs into shop front</li><li>Dramatic footage shows rescue at sea</li></ul></div>
<div id="reader-comments"><h3>Comments 231</h3><p>Share what you think</p><div class="comment"><p>Absolutely shocking, what is this country coming to honestly?</p></div><div class="comment"><p>They should have seen this coming years ago, nobody listens.</p></div></div>
</div>
<div class="footer"><p>Published by Associated Newspapers Ltd</p><p>Part of the Daily Mail, The Mail on Sunday &amp; Metro Media Group</p><ul><li>Terms</li><li>Privacy policy &amp; cookies</li></ul></div></div>
</body></html>''', tr

# ---------- broadcaster (BBC-like)
def broadcaster(s):
    b = []
    for i, (k, t) in enumerate(s["body"]):
        if k == "h":
            b.append('<div data-component="subheadline-block"><h2 class="sc-1">%s</h2></div>' % E(t, quote=False))
        elif k == "li":
            b.append('<div data-component="unordered-list-block"><ul><li>%s</li></ul></div>' % E(t, quote=False))
        else:
            b.append('<div data-component="text-block" class="sc-text"><p class="sc-p">%s</p></div>' % E(t, quote=False))
        if i == 1:
            b.append('<div data-component="image-block"><figure><span>Image source, Getty Images</span><img src="x.jpg"><figcaption><span class="visually-hidden">Image caption, </span>Officials at the scene on Monday</figcaption></figure></div>')
        if i == 3:
            b.append('<div data-component="links-block"><p>Related: <a href="#">Timeline of the crisis</a></p></div>')
    return f'''<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{E(s["title"])} - BBC News</title>
<meta property="og:site_name" content="BBC News"><meta property="og:title" content="{E(s["title"])}">{jsonld(s, "BBC News", "ReportageNewsArticle")}</head><body>
<div id="cookiePrompt"><h2>Let us know you agree to cookies</h2><p>We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.</p><button>Yes, I agree</button><button>No, take me to settings</button></div>
<header><a href="#main-content">Skip to content</a><nav><ul><li>Home</li><li>News</li><li>Sport</li><li>Business</li><li>Innovation</li><li>Culture</li><li>Arts</li><li>Travel</li><li>Earth</li><li>Audio</li><li>Video</li><li>Live</li></ul></nav><button>Register</button><button>Sign In</button></header>
<main id="main-content"><article>
<header><h1 id="main-heading" class="sc-headline">{E(s["title"])}</h1></header>
<div data-component="byline-block"><div><time datetime="{s["iso"]}">3 hours ago</time></div><div><span>{E(s["author"])}</span><span>BBC News, {E(s["place"].title())}</span></div><div><button>Share</button><button>Save</button></div></div>
{chr(10).join(b)}
<div data-component="tags"><h2>Related topics</h2><ul><li><a href="#">{E(s["section"])}</a></li><li><a href="#">Climate</a></li></ul></div>
</article>
<section data-component="related-content"><h2>More on this story</h2><ul><li><a href="#">Why is this happening now?</a><span>Published 2 days ago</span></li><li><a href="#">Watch: scenes from the ground</a><span>Published 5 days ago</span></li></ul></section>
<section><h2>Top stories</h2><ul><li>Live. Leaders meet for crisis talks</li><li>Markets fall on trade fears</li></ul></section></main>
<footer><ul><li>Terms of Use</li><li>About the BBC</li><li>Privacy Policy</li><li>Cookies</li><li>Accessibility Help</li><li>Contact the BBC</li></ul><p>Copyright 2025 BBC. All rights reserved. The BBC is not responsible for the content of external sites. <a href="#">Read about our approach to external linking.</a></p></footer>
</body></html>''', truth(s)

# ---------- blog (WordPress-like, with comments)
def blog(s, comments=True):
    b = body_html(s, h='<h3>%s</h3>')
    c = ''
    if comments:
        c = '''<div id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on &ldquo;%s&rdquo;</h2><ol class="comment-list">
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Peter M.</b> <time>March 3, 2025 at 9:41 am</time></footer><div class="comment-content"><p>Thanks for writing this up. I had been following the story in the local papers but nobody explained the background as clearly as you have here, especially the part about how long the negotiations had been going on behind the scenes.</p></div><div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Sandra</b> <time>March 4, 2025 at 2:12 pm</time></footer><div class="comment-content"><p>I disagree with some of this. The numbers quoted by officials have been disputed before, and I would like to see where the estimates come from before drawing any conclusions about what it means for ordinary people.</p></div><div class="reply"><a href="#">Reply</a></div></article></li>
</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form><p class="comment-notes">Your email address will not be published. Required fields are marked *</p><p><label>Comment *</label><textarea></textarea></p><p><label>Name *</label><input></p><p class="form-submit"><input type="submit" value="Post Comment"></p></form></div></div>''' % E(s["title"])
    return f'''<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>{E(s["title"])} &#8211; Field Notes</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Field Notes"><meta property="article:published_time" content="{s["iso"]}">
<link rel="canonical" href="https://fieldnotes.example/2025/{s["slug"]}/"></head>
<body class="post-template-default single single-post"><div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><p class="site-title"><a href="/">Field Notes</a></p><p class="site-description">Reporting and commentary from the ground</p>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle">Menu</button><ul id="primary-menu"><li><a href="/">Home</a></li><li><a href="/about/">About</a></li><li><a href="/archive/">Archive</a></li><li><a href="/contact/">Contact</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-412" class="post-412 post type-post status-publish format-standard hentry category-news">
<header class="entry-header"><h1 class="entry-title">{E(s["title"])}</h1><div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="{s["iso"]}">{E(s["disp"])}</time></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/x/">{E(s["author"])}</a></span></span></div></header>
<div class="entry-content">
{b}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">Twitter</a></li><li><a href="#">Facebook</a></li></ul></div>
<div class="sharedaddy sd-block sd-like"><h3 class="sd-title">Like this:</h3><p>Like Loading...</p></div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="#">News</a></span><span class="tags-links">Tagged <a href="#">{E(s["section"].lower())}</a>, <a href="#">reporting</a></span></footer>
</article>
<nav class="navigation post-navigation"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="#"><span class="meta-nav">Previous Post</span> A quiet week at the harbour</a></div><div class="nav-next"><a href="#"><span class="meta-nav">Next Post</span> Notes from the council meeting</a></div></div></nav>
{c}
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_search"><form><input type="search" placeholder="Search &hellip;"><input type="submit" value="Search"></form></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="#">A quiet week at the harbour</a></li><li><a href="#">Notes from the council meeting</a></li><li><a href="#">What the census tells us</a></li></ul></section>
<section class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul><li><a href="#">March 2025</a></li><li><a href="#">February 2025</a></li></ul></section></aside>
</div><footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.org/">Proudly powered by WordPress</a></div></footer></div></body></html>''', truth(s)

# ---------- news page with a long comment thread
def comments_page(s):
    b = body_html(s, p='<p>%s</p>')
    cm = "\n".join('<li class="comment" id="c%d"><div class="comment-author">%s</div><div class="comment-time">%d hours ago</div><div class="comment-text"><p>%s</p></div><div class="comment-actions"><button>Reply</button><button>Like (%d)</button><button>Report</button></div></li>' % (
        i, n, i+1, E(t), i*3) for i, (n, t) in enumerate([
        ("GeorgeW", "This is exactly what I predicted last year when the first reports came out. Nobody in charge wanted to listen, and now we are all paying for it, as usual."),
        ("anna_k", "I live near there and can confirm it has been chaos all week. The local council has been useless and the information they give out changes every day."),
        ("Realist2020", "People need to read the whole article before commenting. The situation is more complicated than the headline suggests, and there are good arguments on both sides."),
        ("M. Ortega", "Does anyone know whether this affects people who already have contracts signed? I could not find anything about that in the official statement released on Friday."),
        ("pete", "Same story every year. Nothing ever changes."),
    ]))
    return f'''<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{E(s["title"])} - The Herald</title>
<meta property="og:site_name" content="The Herald"><meta property="og:title" content="{E(s["title"])}"><meta name="author" content="{E(s["author"])}">
{jsonld(s, "The Herald")}</head><body>
<div class="gdpr"><p>This website uses cookies to ensure you get the best experience. By continuing to browse, you agree to our use of cookies.</p><a href="#">Got it</a></div>
<header class="masthead"><a class="logo" href="/">The Herald</a><nav><a href="/news">News</a> | <a href="/sport">Sport</a> | <a href="/business">Business</a> | <a href="/opinion">Opinion</a> | <a href="/life">Life</a></nav><a href="/subscribe" class="btn">Subscribe</a></header>
<div class="container"><div class="main-col">
<article class="story">
<span class="story-section">{E(s["section"])}</span>
<h1 class="story-headline">{E(s["title"])}</h1>
<h2 class="story-standfirst">{E(s["standfirst"])}</h2>
<div class="story-byline">By {E(s["author"])} · {E(s["disp"])}</div>
<div class="story-body">
{b}
</div>
<div class="story-tags">Tags: <a href="#">{E(s["section"])}</a> <a href="#">Local</a></div>
</article>
<section class="comments" id="comments"><h3>Comments (5)</h3><p class="comments-policy">Comments are moderated. Please keep it civil. <a href="#">Read our community guidelines</a></p><ul class="comment-list">
{cm}
</ul><div class="comment-form"><p>Log in to comment</p><textarea placeholder="Join the discussion"></textarea></div></section>
</div><aside class="sidebar"><div class="widget"><h4>Most Read</h4><ol><li><a href="#">Council approves new bike lanes after heated debate</a></li><li><a href="#">School inspection results published</a></li><li><a href="#">Weather warning issued for weekend</a></li></ol></div>
<div class="widget newsletter"><h4>Newsletter</h4><p>Get the day's top stories in your inbox every morning.</p><input placeholder="Enter your email"><button>Sign up</button></div></aside></div>
<footer><p>&copy; 2025 Herald Media Group. All rights reserved.</p></footer>
</body></html>''', truth(s)

# ---------- magazine (New Yorker/Atlantic-like)
def magazine(s):
    paras = [t for k, t in s["body"]]
    pull = paras[2][:90]
    b = []
    for i, (k, t) in enumerate(s["body"]):
        if k == "h":
            b.append('<h2 class="body__inner-heading">%s</h2>' % E(t, quote=False))
        elif k == "li":
            b.append('<ul><li>%s</li></ul>' % E(t, quote=False))
        else:
            b.append('<p class="paywall">%s</p>' % E(t, quote=False))
        if i == 2:
            b.append('<aside class="pullquote"><p>“%s”</p></aside>' % E(pull))
        if i == 3:
            b.append('<div class="consumer-marketing-unit"><p>Sign up for our daily newsletter to receive the best stories from the magazine.</p><a href="#">Sign up</a></div>')
    return f'''<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>{E(s["title"])} | The Monthly Review</title>
<meta property="og:site_name" content="The Monthly Review"><meta property="og:title" content="{E(s["title"])}"><meta name="author" content="{E(s["author"])}">
{jsonld(s, "The Monthly Review", "Article")}</head><body>
<div class="paywall-bar"><p>You have 2 free articles left this month.</p><a href="#">Subscribe</a><a href="#">Sign in</a></div>
<header><nav><ul><li>Newsletters</li><li>The Latest</li><li>Magazine</li><li>Puzzles &amp; Games</li><li>Video</li><li>Podcasts</li><li>Goings On</li><li>Shop</li></ul></nav></header>
<main><article class="article main-content">
<header class="article__header"><div class="rubric"><a href="#">A Reporter at Large</a></div><h1>{E(s["title"])}</h1><div class="dek">{E(s["standfirst"])}</div>
<p class="byline">By <a href="#">{E(s["author"])}</a></p><time datetime="{s["iso"]}">{E(s["disp"])}</time>
<div class="social-icons"><a href="#">Facebook</a><a href="#">X</a><a href="#">Email</a><a href="#">Save Story</a></div></header>
<figure class="lead-asset"><img src="x.jpg"><figcaption><span class="caption__text">An illustration for the story.</span><span class="caption__credit">Illustration by Ana Ruiz</span></figcaption></figure>
<div class="article__body"><div class="body__inner-container">
{chr(10).join(b)}
<p class="has-dropcap-end">♦</p>
</div></div>
<div class="content-footer"><p class="contributor-bio"><a href="#">{E(s["author"])}</a> is a staff writer at the magazine. Her most recent book is about rivers.</p>
<div class="newsletter"><p>More: <a href="#">{E(s["section"])}</a> <a href="#">Climate</a></p></div></div>
</article>
<section class="recirc"><h2>Read More</h2><ul><li><a href="#">The Long Way Home</a></li><li><a href="#">Inside the Race for the Next Cure</a></li></ul></section></main>
<footer><p>© 2025 Condé Publications. All rights reserved. Use of this site constitutes acceptance of our User Agreement and Privacy Policy and Cookie Statement.</p></footer>
</body></html>''', truth(s)

# ---------- live page
def live(s, n2):
    times = ["14:52", "14:31", "14:05", "13:48", "13:20", "12:58", "12:30", "12:02"]
    paras = [t for k, t in s["body"] if k != "h"] + [t for k, t in n2["body"] if k != "h"][:3]
    blocks, tr = [], []
    for i, t in enumerate(paras):
        head = "Update: " + " ".join(t.split()[:6]).rstrip(",.") if i % 3 == 0 else ""
        h = '<h2 class="block-title">%s</h2>' % E(head) if head else ""
        blocks.append(f'<article class="block" id="block-{i}"><header class="block-header"><time datetime="x">{times[i % len(times)]} GMT</time><span class="block-share"><button>Share</button></span></header>{h}<div class="block-elements"><p>{E(t, quote=False)}</p></div><footer><p>Updated at {times[i % len(times)]} GMT</p></footer></article>')
        if head: tr.append(head)
        tr.append(t)
    return f'''<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{E(s["title"])} – live updates | The Observer</title>
<meta property="og:site_name" content="The Observer"><meta property="og:title" content="{E(s["title"])} – live updates">{jsonld(s, "The Observer", "LiveBlogPosting")}</head><body>
<header><nav><ul><li>News</li><li>World</li><li>Politics</li><li>Business</li><li>Sport</li></ul></nav></header>
<main><div class="live-header"><span class="badge">LIVE</span><h1>{E(s["title"])} – live updates</h1><p class="standfirst">{E(s["standfirst"])}</p>
<div class="key-events"><h2>Key events</h2><ul><li><a href="#block-0">2h ago First reports</a></li><li><a href="#block-3">3h ago Officials respond</a></li><li><a href="#block-6">4h ago Background</a></li></ul></div>
<p class="byline">{E(s["author"])} (now) and Tom Reid (earlier)</p><p>Mon {E(s["disp"])} 14.52 GMT First published on Mon {E(s["disp"])} 08.30 GMT</p></div>
<div class="live-blog">
{chr(10).join(blocks)}
</div>
<div class="pagination"><a href="#">Newest</a><a href="#">Previous</a><span>1 of 3</span><a href="#">Next</a><a href="#">Oldest</a></div></main>
<footer><p>© 2025 The Observer Media. All rights reserved.</p></footer>
</body></html>''', "\n".join(tr)

# ---------- gallery
def gallery(s):
    paras = [t for k, t in s["body"] if k != "h"]
    intro = paras[0]
    caps = paras[1:]
    figs = "\n".join(f'<li class="gallery__slide"><figure><div class="gallery__count">{i+2} / {len(caps)+1}</div><img src="g{i}.jpg" alt=""><figcaption><p class="gallery__caption">{E(t, quote=False)}</p><span class="gallery__credit">Photograph: Staff/AFP via Getty Images</span></figcaption></figure><div class="gallery__share"><button>Share</button></div></li>' for i, t in enumerate(caps))
    return f'''<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>In pictures: {E(s["title"])} | Sky News</title>
<meta property="og:site_name" content="Sky News"><meta property="og:title" content="In pictures: {E(s["title"])}">{jsonld(s, "Sky News", "ImageGallery")}</head><body>
<header><a href="#main">Skip to content</a><nav><ul><li>Home</li><li>UK</li><li>World</li><li>Politics</li><li>US</li><li>Climate</li><li>Science &amp; Tech</li><li>Business</li><li>Ukraine</li><li>Data and Forensics</li><li>Offbeat</li><li>Weather</li><li>Watch Live</li></ul></nav></header>
<main id="main"><div class="gallery">
<h1 class="gallery__title">In pictures: {E(s["title"])}</h1>
<p class="gallery__intro">{E(intro, quote=False)}</p>
<p class="gallery__date"><time datetime="{s["iso"]}">{E(s["disp"])}</time></p>
<ul class="gallery__slides">
<li class="gallery__slide"><figure><div class="gallery__count">1 / {len(caps)+1}</div><img src="g.jpg" alt=""></figure></li>
{figs}
</ul></div>
<section><h2>More galleries</h2><ul><li><a href="#">The week in wildlife</a></li><li><a href="#">Best photos of the month</a></li></ul></section></main>
<footer><p>© 2025 Sky UK</p><ul><li>Terms &amp; Conditions</li><li>Privacy &amp; Cookies</li><li>Accessibility</li><li>Contact Us</li></ul></footer>
</body></html>''', intro + "\n" + "\n".join(caps)


# ---------- regional site: no <article> or <main>, read-more boxes inside the text, a sidebar of teasers
def regional(s):
    b = []
    for i, (k, t) in enumerate(s["body"]):
        if k == "h": b.append('<h3 class="sub">%s</h3>' % E(t, quote=False))
        elif k == "li": b.append('<p>&bull; %s</p>' % E(t, quote=False))
        else: b.append('<p>%s</p>' % E(t, quote=False))
        if i == 1:
            b.append('<div class="inline-related"><p><strong>READ MORE:</strong> <a href="#">Council approves new budget after late-night session</a></p></div>')
        if i == 3:
            b.append('<div class="inline-related"><p><strong>Read more:</strong> <a href="#">Residents angry over bin collection changes</a></p></div>')
    teasers = "\n".join('<div class="teaser"><a href="#"><h4>%s</h4></a><p>%s</p></div>' % (E(h), E(p)) for h, p in [
        ("School run chaos as road closes for a month", "Parents say the diversion adds half an hour to every journey, and the council has not said when the work will finish."),
        ("Pub named best in the county for third year", "The landlord said he was delighted with the award, which he put down to the quality of the beer and the welcome."),
        ("Plans for 300 homes on green belt land refused", "Councillors rejected the application after hundreds of residents wrote to object to the loss of fields and woodland.")])
    return f'''<!DOCTYPE html><html><head><meta charset="utf-8"><title>{E(s["title"])} | Westshire Live</title>
<meta property="og:site_name" content="Westshire Live"><meta property="og:title" content="{E(s["title"])}"><meta property="article:published_time" content="{s["iso"]}"></head><body>
<div id="top"><div class="logo"><a href="/">Westshire Live</a></div><div class="menu"><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/whats-on">What's On</a> <a href="/jobs">Jobs</a> <a href="/notices">Notices</a></div></div>
<div id="wrapper"><div class="col-left">
<div class="story-header"><h1>{E(s["title"])}</h1><div class="byline"><span>By {E(s["author"])}</span> <span>Local Democracy Reporter</span> <span class="date">{E(s["disp"])}</span></div></div>
<div class="content-inner">
{chr(10).join(b)}
<div class="author-bio"><p>{E(s["author"])} is our local democracy reporter, covering councils across the county. Get in touch with story ideas by email.</p></div>
</div></div>
<div class="col-right"><h3>Most Read</h3>{teasers}</div></div>
<div id="footer"><p>Westshire Live is part of Reach plc. &copy; 2025</p></div>
</body></html>''', truth(s)

# ---------- an old CMS: the text in one cell, paragraphs split by <br><br>
def oldcms(s):
    paras = [t for k, t in s["body"] if k != "h"]
    body = "<br><br>\n".join(E(t, quote=False) for t in paras)
    return f'''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{E(s["title"])} - Gazette Online</title></head>
<body bgcolor="#ffffff"><table width="100%"><tr><td class="nav"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/archive">Archive</a> | <a href="/contact">Contact</a></td></tr></table>
<table width="760"><tr><td width="160" valign="top" class="left"><b>Sections</b><br><a href="#">Local</a><br><a href="#">World</a><br><a href="#">Sport</a><br><a href="#">Letters</a></td>
<td valign="top" class="story"><font size="5"><b>{E(s["title"])}</b></font><br><font size="2">{E(s["disp"])} | By {E(s["author"])}</font><br><br>
{body}
<br><br><font size="1">Copyright 2025 Gazette Online. All rights reserved.</font></td></tr></table>
<p align="center"><a href="#">Advertise with us</a> | <a href="#">Privacy</a></p></body></html>''', "\n".join(paras)

# ---------- a single-page app: the text only in JSON-LD, the page a shell
def spa(s):
    body = "\n\n".join(t for k, t in s["body"])
    ld = json.dumps({"@context":"https://schema.org","@type":"NewsArticle","headline":s["title"],"datePublished":s["iso"],
        "author":{"@type":"Person","name":s["author"]},"publisher":{"@type":"Organization","name":"Newsroom"},"articleBody":body})
    return f'''<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{E(s["title"])} | Newsroom</title>
<meta property="og:site_name" content="Newsroom"><script type="application/ld+json">{ld}</script>
<script src="/static/app.4f2a.js" defer></script></head><body><div id="root"><header><a href="/">Newsroom</a><nav><a href="/world">World</a><a href="/tech">Tech</a></nav></header>
<noscript>You need to enable JavaScript to run this app.</noscript><div class="skeleton"></div></div></body></html>''', truth(s)

# ---------- an opinion column with the writer's bio and a teaser list of other columns
def opinion(s):
    b = body_html(s)
    return f'''<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Opinion | {E(s["title"])} - The Chronicle</title>
<meta property="og:site_name" content="The Chronicle"><meta property="og:title" content="{E(s["title"])}">{jsonld(s, "The Chronicle", "OpinionNewsArticle")}</head><body>
<header><nav><a href="/">The Chronicle</a> <a href="/opinion">Opinion</a> <a href="/letters">Letters</a> <a href="/subscribe">Subscribe</a></nav></header>
<main><article class="column"><p class="kicker">Opinion</p><h1>{E(s["title"])}</h1><p class="dek">{E(s["standfirst"])}</p>
<div class="byline">{E(s["author"])} <span class="role">Columnist</span> <time datetime="{s["iso"]}">{E(s["disp"])}</time></div>
<div class="column-body">
{b}
</div>
<footer class="column-footer"><p class="bio"><em>{E(s["author"])} writes a weekly column on economics and the environment for The Chronicle. Her views are her own and do not necessarily reflect those of the paper.</em></p>
<p class="letters">Have your say: write to letters@chronicle.example. Letters may be edited for length.</p></footer>
</article>
<aside class="more-columns"><h2>More from Opinion</h2><ul><li><a href="#">The case for a four-day week is stronger than ever</a> <span>by Tom Reid</span></li><li><a href="#">Why our cities need more trees, not more car parks</a> <span>by Ana Ruiz</span></li></ul></aside></main>
<footer><p>&copy; 2025 The Chronicle. All rights reserved.</p></footer></body></html>''', truth(s)

plan = [
 ("wire", wire, 0), ("wire", wire_ap, 1), ("wire", wire, 6),
 ("broadsheet", broadsheet, 2), ("broadsheet", broadsheet_nyt, 3), ("broadsheet", broadsheet, 8), ("broadsheet", broadsheet_nyt, 12),
 ("tabloid", tabloid, 4), ("tabloid", tabloid, 9),
 ("broadcaster", broadcaster, 5), ("broadcaster", broadcaster, 7), ("broadcaster", broadcaster, 13),
 ("blog", lambda s: blog(s, comments=False), 10), ("blog", blog, 15),
 ("comments", comments_page, 11), ("comments", comments_page, 14),
 ("magazine", magazine, 16), ("magazine", magazine, 17),
 ("live", lambda s: live(s, S[19]), 18), ("live", lambda s: live(s, S[0]), 21),
 ("gallery", gallery, 20), ("gallery", gallery, 19),
 ("regional", regional, 0), ("regional", regional, 7), ("oldcms", oldcms, 2), ("oldcms", oldcms, 13),
 ("spa", spa, 5), ("opinion", opinion, 11), ("opinion", opinion, 16),
]
os.makedirs(OUT, exist_ok=True)
for i, (kind, fn, si) in enumerate(plan):
    page, tr = fn(S[si])
    name = "%02d-%s-%s" % (i+1, kind, S[si]["slug"])
    open(os.path.join(OUT, name + ".html"), "w").write(page)
    open(os.path.join(OUT, name + ".truth"), "w").write(tr + "\n")
print(len(plan), "pages")
