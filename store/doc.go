/*
Package store holds the loaded articles in memory with their indexes and the
search engine. A Store is read-only after New and safe for concurrent
readers; a Searcher adds the one piece of state a search box needs, the last
complete result, so that the next keystroke can narrow it.

# How a search ranks

The search reads a query the way a person types one into a box, finds the
articles that match it through an index, and orders them by tiers, as
Meilisearch and Typesense do: each tier decides only between the articles
that every tier before it left equal.

# Reading the query

A query is cut at spaces, except inside double quotes. Qualifiers are read
first, before any folding, so that `c:AZ` is a country and not the words `c`
and `az`: `c:`, `src:`, `by:`, `date:` and `is:`, each negatable with `!`. A
bad one (`c:narnia`, `date:2025-13`) is a QueryError that the caller shows.
The rest are terms, folded (case and diacritics: `Việt` is `viet`), with
fzf's operators: 'exact, ^prefix, suffix$, !not, and a | b (or a|b) for
either. A hyphenated token is one word (`cease-fire` is `ceasefire`); a
possessive 's is dropped. Quoted words are a phrase: each word must be there
as a whole word, and the words must stand next to each other. Repeated terms
count once, and so do two that match alike (`t` and `^t`: a short term
matches prefixes), and at most 64 terms are kept: the rest are counted in
Results.Dropped, and Results.Notice says so.

# How a term matches a word

A word is a run of letters and digits. Its parts and, for a hyphenated run,
the whole run without hyphens are words, so `cease-fire` in a text is the
words `cease`, `fire` and `ceasefire`. A term matches a word with one of
these qualities, best first:

	whole   the word, or the word with its plural s folded (4 letters or
	        more, not -ss): `minister` is the whole of `ministers`
	prefix  the word starts with the term
	inside  the term is inside the word
	typo 1  one edit away: a letter substituted, inserted or deleted, or two
	        neighbours swapped; for a fuzzy term of 5 letters or more
	typo 2  two edits away, for a fuzzy term of 9 letters or more
	gaps    the term's letters in order in a window of at most
	        len + ceil(len/4) letters: `potsh` in `potash` (6 ≤ 7), not `bkru`
	        in `breakthrough` (10 > 5)

A fuzzy term of 1 to 3 letters matches whole words and prefixes only, so
`un` finds `UN` and `unequivocal` but never `Brunei`. The operators narrow
the ladder: 'un is inside a word, with no typos or gaps; ^un a prefix; un$ a
suffix; ^un$ and "un" the whole word. A negation is exact.

# Finding the candidates

No text is scanned at query time. The index holds the vocabulary, every
distinct folded word of every field, sorted, and for each word a posting per
article it occurs in: the article, the fields (title, source, dateline,
countries, body), how often, and in which sentences, as a mask of twelve
sentence buckets (the title is one, body sentence s is 1 + s mod 11, so two
words share a bit when they may share a sentence, and always when they do).

A term is matched against the vocabulary, not the articles: prefixes by
binary search in the sorted words; the others by a scan with a character
mask as a prefilter, the gaps confirmed with sahilm/fuzzy; and typos by
walking the sorted vocabulary as a trie, keeping the rows of the edit
distance table for the prefix a word shares with the one before and
skipping every word under a prefix that is already too far. The qualifiers
and the negations then make one filter, a bit per article, computed once:
a country's articles from an index, a date range as one run of the
articles, which are sorted by date, and a mark from the list of marked
keys, each found through an index of the articles by key (is:unread is
every article but the read ones, so it costs what is marked, not what is
there). The groups of terms (a group is a term,
or the alternatives of a | chain) are evaluated one after another, each over
the candidates the ones before left, so that the set only shrinks; a search
stops when it is empty. Phrases are checked last, on the few articles left.

# The tiers

For each candidate and each group, the best match gives the group's
quality and field; over the groups they add up to these tiers, in order:

 1. terms matched: in a plain query every term matches (AND), so this
    counts the alternatives of | groups that an article has;
 2. typos: the edits forgiven, summed; a gaps match counts 3, more than
    any typo;
 3. proximity: for each pair of neighbouring terms in the query, one when
    they may share a sentence, and one more when all of them may;
 4. field: 2 for each term whose best match is in the title, 1 in the
    source, dateline or a country's name, 0 in the body;
 5. exactness: 3 for each whole word, 2 a prefix, 1 inside a word;
 6. weight: BM25, summed over the groups: for a term, the best of its
    words' idf × tf·(k1+1) / (tf + k1·(1 − b + b·length/average)), with
    k1 1.2 and b 0.75, scaled down for a prefix (0.8), inside (0.6), a typo
    (0.5, 0.4) or gaps (0.3);
 7. then the newer article (articles are numbered newest first).

The tiers are packed into one number, Hit.Score, and `search --json`
spells them out in `why`. Worked examples on the bundled corpus:

	potash tractor
	  003  2 terms · no typos · apart · field 0 · exactness 6 · weight 2.41
	       both words, whole (`tractors` is the whole of `tractor`), in the
	       body but in different sentences.

	tractor belarus
	  004  2 terms · no typos · all in one sentence · field 1 · exactness 5
	  003  2 terms · no typos · apart · field 2 · exactness 5
	       003 has Belarus in its title (field 2), but 004 has both words
	       in one sentence, and proximity comes before the field.

	korea | pyongyang
	  001  2 terms · no typos · field 2 · exactness 3 · weight 2.31
	  000  1 term · no typos · field 2 · exactness 3 · weight 1.76
	       001 has both alternatives, 000 only korea: the first tier.

	potahs
	  003  1 term · 1 typo · field 0 · exactness 0 · weight 0.74
	       two letters swapped: one edit from potash.

A query of qualifiers alone has nothing to rank by: its articles come
newest first.

# Near-duplicates

The same wire story in two places, lightly edited, takes one row: articles
whose bodies' sets of 4-word shingles have a Jaccard similarity of 0.9 or
more. At index time each body is summed up by a one-permutation MinHash
(32 bins, each the smallest shingle hash that falls in it); articles whose
sketches agree on some band of 4 bins are compared, on the estimate first
and, near the threshold, on their whole shingle sets. A row shows the best
ranked of its copies and lists the others that matched in Hit.Copies
(`+2 copies`). Store.All and `dateline list` show every article.

# Snippets

The snippet is the body sentence that holds the most of the terms the hit
matched; of two, the one with the rarer terms in the article, then the
better matches, then the earlier. A title or a field is the snippet only
when it holds more of the terms than any sentence (`ha noi` on 002 shows its
dateline, HÀ NỘI). Only the terms a hit matched are looked for, so a long |
chain costs a row a few terms, not all of them. Highlights are the matched
part of each word, or the whole word for a typo or a plural, in runes.

# Narrowing

A Searcher keeps the matches of its last search (all of them: a limit
cuts the rows, not the matches) and, when the next query's matches must
all be among them, searches only those, reading them and writing the
narrower set to buffers of its own, which the search after next reuses: the
same qualifiers (none of them is:, since marks change under a search), no
| or ! or phrases, and the query either adds terms or extends a last term
that matches prefixes only (`p`, `po`, `pot`, or ^ and ' terms). A longer
fuzzy term forgives typos and matches inside words, so `pota` is not a
narrowing of `pot`.

# Folds

What a term finds in each article depends on the term alone, so a term
that costs more to walk than to read back is kept by the index as a fold,
one entry an article: a letter (the first keystroke of most queries) the
first time it is searched for, and a term with two postings an article or
more (`the`, `th`, `'he`, `e$`) the second time, so that a query run once
holds no more memory than its walk. At most 16 such folds are kept, and
32 MB of them; making room drops the least recently used, never one that
the search making room reads. A group of one folded term over every
article is its fold, read in place. Repeated terms are dropped at parse
and terms past 64 are counted and left out, so a pasted query of 10,000
terms costs at most 64 walks the first time and a read of each fold after.
*/
package store
