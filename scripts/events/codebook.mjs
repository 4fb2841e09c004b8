#!/usr/bin/env node
// Builds data/events/cameo.tsv, the CAMEO codebook, from the reference tables in
// ../shared/data/events and the project's own names in data/events/cameo-names.tsv.
//
//   node scripts/events/codebook.mjs           derive and write data/events/cameo.tsv
//   node scripts/events/codebook.mjs --check   derive and compare with the committed file; exit 1 on any difference
//
// The shared folder is found at $CHRONICLE_SHARED, else at shared/, ../shared or ../../shared
// beside the repository root (a git worktree sits one level deeper than the main checkout).
// Plain Node 20, no dependencies. The output is deterministic: same bytes on every run.
//
// Facts and where they come from:
//   codes      GDELT's Goldstein table (CAMEO.goldsteinscale.txt) together with the digit-only codes
//              of CAMEO_codefile.txt. The codefile's ICEWS variant labels with a letter in the code
//              (0811i, 1321i, 138i, 1451i, 13y) are other labels for codes already listed, not codes.
//   goldstein  CAMEO.goldsteinscale.txt; a code missing there takes its nearest listed ancestor's value
//              (named in the file's header comment).
//   quad       GDELT's QuadClass from the root: 01-05 -> 1, 06-08 -> 2, 09-13 -> 3, 14-20 -> 4.
//   plover     plover/CAMEO2PLOVER-2021.txt (category, mode); the table's third field, the context
//              (diplomatic, military, ...), is not carried. A code the table lacks takes its nearest
//              listed ancestor's category and mode when it has one, else stays empty (both named in the
//              header comment). A root listed twice (08: CONCEDE and RETREAT) keeps the first line.
//   name       data/events/cameo-names.tsv, written for this project.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const OUT = path.join("data", "events", "cameo.tsv");
const NAMES = path.join("data", "events", "cameo-names.tsv");
const CHECK = process.argv.includes("--check");

function fail(msg) {
  console.error(`codebook: ${msg}`);
  process.exit(2);
}

function findShared() {
  const candidates = [];
  if (process.env.CHRONICLE_SHARED) candidates.push(path.resolve(process.env.CHRONICLE_SHARED));
  candidates.push(path.join(REPO, "shared"), path.join(REPO, "..", "shared"), path.join(REPO, "..", "..", "shared"));
  for (const dir of candidates) {
    if (fs.existsSync(path.join(dir, "data", "events", "cameo", "CAMEO.goldsteinscale.txt"))) return dir;
  }
  fail(`reference folder not found (tried ${candidates.join(", ")}); set CHRONICLE_SHARED`);
}

const SHARED = findShared();
const EVENTS = path.join(SHARED, "data", "events");
const GOLDSTEIN_FILE = path.join(EVENTS, "cameo", "CAMEO.goldsteinscale.txt");
const CODEFILE = path.join(EVENTS, "cameo", "CAMEO_codefile.txt");
const PLOVER_FILE = path.join(EVENTS, "plover", "CAMEO2PLOVER-2021.txt");

const read = (file) => fs.readFileSync(file, "utf8").replace(/\r\n?/g, "\n");
const isCode = (s) => /^(0[1-9]|1[0-9]|20)[0-9]{0,2}$/.test(s);
// Lexicographic order of the digit strings is CAMEO's own order: 01, 010, ..., 019, 02, 020, 021, 0211, ...
const byCode = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

// --- Goldstein ---------------------------------------------------------------------------------
const goldstein = new Map();
{
  const lines = read(GOLDSTEIN_FILE).split("\n").filter((l) => l.trim() !== "");
  if (!/^CAMEOEVENTCODE\tGOLDSTEINSCALE$/.test(lines[0].trim())) fail(`${GOLDSTEIN_FILE}: unexpected header`);
  for (const [i, line] of lines.slice(1).entries()) {
    const [code, value] = line.trim().split("\t");
    if (!isCode(code) || !/^-?[0-9]+(\.[0-9]+)?$/.test(value ?? "")) fail(`${GOLDSTEIN_FILE}:${i + 2}: bad line ${JSON.stringify(line)}`);
    if (goldstein.has(code)) fail(`${GOLDSTEIN_FILE}: ${code} listed twice`);
    goldstein.set(code, value);
  }
}

// --- CAMEO codefile ----------------------------------------------------------------------------
const codefileCodes = new Set();
const codefileLetterCodes = new Set();
for (const line of read(CODEFILE).split("\n")) {
  let m = /^LABELi?:\s*([0-9a-z]+)\s*=/.exec(line);
  if (m) {
    if (isCode(m[1])) codefileCodes.add(m[1]);
    else codefileLetterCodes.add(m[1]);
    continue;
  }
  m = /^\/\/([0-9]{2})\s*[:=]/.exec(line);
  if (m && isCode(m[1])) codefileCodes.add(m[1]);
}

// --- PLOVER ------------------------------------------------------------------------------------
const plover = new Map();
const ploverDuplicates = [];
for (const raw of read(PLOVER_FILE).split("\n")) {
  const m = /^([0-9]{2,4}):(.*)$/.exec(raw);
  if (!m) continue;
  const code = m[1];
  const fields = m[2].split("#")[0].split(",").map((f) => f.trim().replace(/\s+/g, " "));
  const category = fields[0];
  const mode = fields[1] ?? "";
  if (!/^[A-Z]+$/.test(category)) fail(`${PLOVER_FILE}: ${code}: bad category ${JSON.stringify(category)}`);
  if (mode !== "" && !/^[a-z][a-z_-]*$/.test(mode)) fail(`${PLOVER_FILE}: ${code}: bad mode ${JSON.stringify(mode)}`);
  if (plover.has(code)) {
    const first = plover.get(code);
    if (first.category !== category || first.mode !== mode) ploverDuplicates.push(`${code} (${first.category} kept, ${category} dropped)`);
    continue;
  }
  plover.set(code, { category, mode });
}

// --- Names -------------------------------------------------------------------------------------
const names = new Map();
{
  const lines = read(path.join(REPO, NAMES)).split("\n");
  let header = false;
  for (const [i, line] of lines.entries()) {
    if (line.trim() === "" || line.startsWith("#")) continue;
    const cols = line.split("\t");
    if (!header) {
      if (cols.join("\t") !== "code\tname") fail(`${NAMES}:${i + 1}: header must be "code<TAB>name"`);
      header = true;
      continue;
    }
    if (cols.length !== 2 || !isCode(cols[0]) || cols[1].trim() === "" || cols[1] !== cols[1].trim())
      fail(`${NAMES}:${i + 1}: bad line ${JSON.stringify(line)}`);
    if (names.has(cols[0])) fail(`${NAMES}:${i + 1}: ${cols[0]} named twice`);
    names.set(cols[0], cols[1]);
  }
}

// --- Derive ------------------------------------------------------------------------------------
const codes = [...new Set([...goldstein.keys(), ...codefileCodes])].sort(byCode);
const ancestors = (code) => {
  const out = [];
  for (let c = code.slice(0, -1); c.length >= 2; c = c.slice(0, -1)) out.push(c);
  return out;
};
const quadOf = (code) => {
  const root = Number(code.slice(0, 2));
  return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
};

const goldsteinInherited = [];
const ploverInherited = [];
const ploverMissing = [];
const rows = [];
for (const code of codes) {
  let score = goldstein.get(code);
  if (score === undefined) {
    const from = ancestors(code).find((a) => goldstein.has(a));
    if (!from) fail(`${code}: no Goldstein score for it or an ancestor`);
    score = goldstein.get(from);
    goldsteinInherited.push(`${code} (from ${from})`);
  }
  if (!Number.isFinite(Number.parseFloat(score))) fail(`${code}: Goldstein score does not parse`);
  let pl = plover.get(code);
  if (!pl) {
    const from = ancestors(code).find((a) => plover.has(a));
    if (from) {
      pl = plover.get(from);
      ploverInherited.push(`${code} (from ${from})`);
    } else {
      pl = { category: "", mode: "" };
      ploverMissing.push(code);
    }
  }
  const name = names.get(code);
  if (!name) fail(`${NAMES}: no name for ${code}`);
  rows.push([code, score, String(quadOf(code)), pl.category, pl.mode, name].join("\t"));
}
for (const code of names.keys()) if (!codes.includes(code)) fail(`${NAMES}: ${code} is not a code of the reference tables`);
for (const code of plover.keys()) if (!codes.includes(code)) fail(`${PLOVER_FILE}: ${code} is not in the Goldstein table or the codefile`);
if (new Set(rows.map((r) => r.split("\t")[0])).size !== rows.length) fail("a code listed twice");

// Runs of codes, written compactly for the comment: 010-019 style ranges of consecutive lines.
function compact(list) {
  const idx = list.map((c) => codes.indexOf(c));
  const out = [];
  for (let i = 0; i < list.length; ) {
    let j = i;
    while (j + 1 < list.length && idx[j + 1] === idx[j] + 1) j++;
    out.push(j > i ? `${list[i]} through ${list[j]}` : list[i]);
    i = j + 1;
  }
  return out.join(", ");
}

const onlyInCodefile = codes.filter((c) => !goldstein.has(c));

// A comment paragraph: "#   label      text", wrapped at 100 columns with the text's indent kept.
function para(label, text) {
  const lead = "#   " + label.padEnd(11);
  const indent = "#" + " ".repeat(lead.length - 1);
  const lines = [];
  let line = lead;
  for (const word of text.split(" ")) {
    if (line.length + 1 + word.length > 100 && line.trim() !== "#" && line !== lead) {
      lines.push(line);
      line = indent + word;
    } else {
      line += (line === lead ? "" : " ") + word;
    }
  }
  lines.push(line);
  return lines;
}

const wholeRoots = [...new Set(codes.map((c) => c.slice(0, 2)))].filter((r) =>
  codes.filter((c) => c.startsWith(r)).every((c) => ploverMissing.includes(c)),
);
const missingText = ploverMissing.length
  ? `${compact(ploverMissing)} (${ploverMissing.length} codes` +
    (wholeRoots.length ? `; every code of root${wholeRoots.length > 1 ? "s" : ""} ${wholeRoots.join(" and ")})` : ")")
  : "none";
const text = [
  "# CAMEO event codebook for Chronicle. Generated by scripts/events/codebook.mjs: names are edited in",
  "# data/events/cameo-names.tsv and the script rerun (--check verifies this file is current).",
  "# Facts, from the references in ../shared/data/events:",
  ...para("code", `every code of GDELT's Goldstein table (cameo/CAMEO.goldsteinscale.txt) and every digit-only code of cameo/CAMEO_codefile.txt; codes only in the codefile: ${onlyInCodefile.join(", ")}. The codefile's ICEWS variant labels ${[...codefileLetterCodes].sort().join(", ")} are other labels for listed codes and are left out; so are codes the CAMEO manual 1.1b3 adds that neither table has (155, 176, 1834).`),
  ...para("goldstein", `GDELT's Goldstein score. Not in GDELT's table, so given their parent's score: ${goldsteinInherited.join(", ")}.`),
  ...para("quad", "GDELT's QuadClass: roots 01-05 -> 1, 06-08 -> 2, 09-13 -> 3, 14-20 -> 4."),
  ...para("plover", `the category of plover/CAMEO2PLOVER-2021.txt; plover_mode its mode where it gives one (the table's third field, the context, is not carried; 175's mode pro_autocracy is as the table has it). Not covered by the PLOVER table, left empty: ${missingText}. Not covered, so given their parent's category and mode: ${ploverInherited.join(", ")}.` +
    (ploverDuplicates.length ? ` Listed twice with different categories, first kept: ${ploverDuplicates.join(", ")}.` : "") +
    " The table files some codes under another root's category (163 COERCE; 175, 201 and 1712 ASSAULT; 191 and 192 COERCE); kept as given."),
  ...para("name", "a short name of our own."),
  "code\tgoldstein\tquad\tplover\tplover_mode\tname",
  ...rows,
  "",
].join("\n");

const outPath = path.join(REPO, OUT);
if (CHECK) {
  const current = fs.existsSync(outPath) ? fs.readFileSync(outPath, "utf8") : null;
  if (current !== text) {
    console.error(`codebook: ${OUT} is not what the script derives; run node scripts/events/codebook.mjs`);
    process.exit(1);
  }
  console.log(`codebook: ${OUT} is current (${rows.length} codes)`);
} else {
  fs.writeFileSync(outPath, text);
  console.log(`codebook: wrote ${OUT} (${rows.length} codes)`);
}
