#!/usr/bin/env node
// Speed peer for `chronicle tag`: wink-nlp's tokenize + sentences + POS + pattern entities.
//
//   node wink-tag.mjs [FILE|-] [--min-seconds S] [--chunk paragraph|line] [--pipe tag|all]
//
// Reads plain text (FILE, or stdin when FILE is "-" or absent), cuts it into documents (default: one
// per paragraph, i.e. per block of lines between blank lines, as one article each), loads the model
// (timed on its own), runs one untimed warm-up pass over all documents, then repeats full passes
// until at least --min-seconds (default 3) have gone by and prints ONE JSON line on stdout with the
// mean rate over the timed passes. Every pass reads out each token's text and POS tag, each
// entity's type and span, and the sentence count, and folds them into a checksum, so nothing the
// pipeline offers lazily is skipped. Progress/notes go to stderr.
//
// "tokens" counts wink's tokens less its whitespace tokens (POS "SPACE": the line breaks inside a
// document), which are processed but reported apart as "space_tokens".
//
// --pipe tag (default): wink's sbd, pos and ner annotators: what `chronicle tag` does (sentences,
//   tokens, POS, entities; wink's "ner" is its pattern entities: dates, times, numbers, money,
//   percentages, emails, URLs, ... it has no person/organization/place model).
// --pipe all: wink's default pipeline, adding negation and sentiment on top.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function usage(msg) {
  if (msg) process.stderr.write(`wink-tag: ${msg}\n`);
  process.stderr.write('usage: node wink-tag.mjs [FILE|-] [--min-seconds S] [--chunk paragraph|line] [--pipe tag|all]\n');
  process.exit(2);
}

let file = '-';
let minSeconds = 3;
let chunk = 'paragraph';
let pipeName = 'tag';
const args = process.argv.slice(2);
let fileSeen = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--min-seconds') {
    minSeconds = Number(args[++i]);
    if (!(minSeconds >= 0)) usage('--min-seconds needs a number >= 0');
  } else if (a === '--chunk') {
    chunk = args[++i];
    if (chunk !== 'paragraph' && chunk !== 'line') usage('--chunk is paragraph or line');
  } else if (a === '--pipe') {
    pipeName = args[++i];
    if (pipeName !== 'tag' && pipeName !== 'all') usage('--pipe is tag or all');
  } else if (a === '-h' || a === '--help') {
    usage();
  } else if (a.startsWith('--')) {
    usage(`unknown option ${a}`);
  } else if (!fileSeen) {
    file = a;
    fileSeen = true;
  } else {
    usage(`unexpected argument ${a}`);
  }
}

let text;
try {
  text = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (e) {
  process.stderr.write(`wink-tag: cannot read ${file === '-' ? 'stdin' : file}: ${e.message}\n`);
  process.exit(1);
}

// Documents: paragraphs (blocks separated by blank lines) or single lines; blank ones dropped.
const docs = (chunk === 'paragraph' ? text.split(/\r?\n[ \t]*\r?\n/) : text.split(/\r?\n/))
  .map((d) => d.trim())
  .filter((d) => d.length > 0);
if (docs.length === 0) {
  process.stderr.write('wink-tag: no text\n');
  process.exit(1);
}
const chars = docs.reduce((n, d) => n + d.length, 0);

// Model load, timed on its own: module loading plus building the pipeline.
const t0 = process.hrtime.bigint();
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const pipe = pipeName === 'tag' ? ['sbd', 'pos', 'ner'] : null; // null: wink's default (all)
const nlp = winkNLP(model, pipe);
const its = nlp.its;
const loadSeconds = Number(process.hrtime.bigint() - t0) / 1e9;

const version = {
  'wink-nlp': require('wink-nlp/package.json').version,
  'wink-eng-lite-web-model': require('wink-eng-lite-web-model/package.json').version,
};

// FNV-1a over small integers; tags and entity types are interned to ids.
const ids = new Map();
function id(s) {
  let v = ids.get(s);
  if (v === undefined) {
    v = ids.size + 1;
    ids.set(s, v);
  }
  return v;
}

function pass() {
  let tokens = 0;
  let spaceTokens = 0;
  let sentences = 0;
  let entities = 0;
  let h = 0x811c9dc5;
  for (let d = 0; d < docs.length; d++) {
    const doc = nlp.readDoc(docs[d]);
    const toks = doc.tokens();
    const values = toks.out(its.value);
    const pos = toks.out(its.pos);
    const n = pos.length;
    let spaces = 0;
    for (let i = 0; i < n; i++) {
      const p = pos[i];
      if (p === 'SPACE') spaces++; // line breaks/tabs inside a document are tokens to wink
      h = Math.imul(h ^ id(p), 16777619);
      h = Math.imul(h ^ values[i].length, 16777619);
    }
    tokens += n - spaces;
    spaceTokens += spaces;
    const ns = doc.sentences().length();
    sentences += ns;
    h = Math.imul(h ^ ns, 16777619);
    const ents = doc.entities();
    const types = ents.out(its.type);
    const spans = ents.out(its.span);
    for (let i = 0; i < types.length; i++) {
      h = Math.imul(h ^ id(types[i]), 16777619);
      h = Math.imul(h ^ spans[i][0], 16777619);
      h = Math.imul(h ^ spans[i][1], 16777619);
    }
    entities += types.length;
  }
  return { tokens, spaceTokens, sentences, entities, checksum: (h >>> 0).toString(16).padStart(8, '0') };
}

// Warm-up: the whole text once, untimed.
const tw = process.hrtime.bigint();
const first = pass();
const warmupSeconds = Number(process.hrtime.bigint() - tw) / 1e9;

// Timed: whole passes until minSeconds have gone by (at least one).
let passes = 0;
let elapsedNs = 0n;
const start = process.hrtime.bigint();
do {
  const r = pass();
  passes++;
  elapsedNs = process.hrtime.bigint() - start;
  if (r.tokens !== first.tokens || r.checksum !== first.checksum) {
    process.stderr.write('wink-tag: a pass gave a different result than the warm-up\n');
    process.exit(1);
  }
} while (Number(elapsedNs) / 1e9 < minSeconds);
const seconds = Number(elapsedNs) / 1e9;
const perPass = seconds / passes;

const peakRssMb = process.resourceUsage().maxRSS / 1024; // maxRSS is in KiB

const round = (x, k) => Number(x.toFixed(k));
process.stdout.write(JSON.stringify({
  tool: 'wink-nlp',
  version,
  node: process.version,
  pipe: pipe ?? 'default',
  chunk,
  documents: docs.length,
  chars,
  tokens: first.tokens,
  space_tokens: first.spaceTokens,
  sentences: first.sentences,
  entities: first.entities,
  checksum: first.checksum,
  passes,
  seconds: round(perPass, 6),
  timed_seconds: round(seconds, 3),
  warmup_seconds: round(warmupSeconds, 3),
  tokens_per_second: Math.round(first.tokens / perPass),
  chars_per_second: Math.round(chars / perPass),
  peak_rss_mb: round(peakRssMb, 1),
  load_seconds: round(loadSeconds, 3),
}) + '\n');
