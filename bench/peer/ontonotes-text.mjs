#!/usr/bin/env node
// Turns a CoNLL/BIO file (token in the first column; optionally .gz) into plain text for the speed
// peers: tokens joined with single spaces, one sentence per line, a blank line between documents
// (`-DOCSTART-` lines). The text is written to a temp file OUTSIDE the repository (OntoNotes is
// licensed research data: never commit it) and its path is printed on stdout.
//
//   node ontonotes-text.mjs [FILE] [--out PATH]
//
// FILE defaults to ../shared/data/ner/ontonotes5/onto.development.bio.gz relative to the repository
// root. --out writes to PATH instead of a fresh file under $TMPDIR (or /tmp).

import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, dirname, resolve, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
let file = resolve(repoRoot, '..', 'shared', 'data', 'ner', 'ontonotes5', 'onto.development.bio.gz');
let out = null;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--out') out = args[++i];
  else if (args[i].startsWith('--')) {
    process.stderr.write(`ontonotes-text: unknown option ${args[i]}\n`);
    process.exit(2);
  } else file = args[i];
}

let raw;
try {
  raw = readFileSync(file);
  if (file.endsWith('.gz')) raw = gunzipSync(raw);
} catch (e) {
  process.stderr.write(`ontonotes-text: cannot read ${file}: ${e.message}\n`);
  process.exit(1);
}

const docs = []; // each: array of sentence strings
let doc = [];
let sent = [];
let tokens = 0;
const endSentence = () => {
  if (sent.length) doc.push(sent.join(' '));
  sent = [];
};
const endDocument = () => {
  endSentence();
  if (doc.length) docs.push(doc);
  doc = [];
};
for (const line of raw.toString('utf8').split(/\r?\n/)) {
  if (line.startsWith('-DOCSTART-')) endDocument();
  else if (line.trim() === '') endSentence();
  else {
    const tok = line.split(/\t| /, 1)[0];
    if (tok.length) {
      sent.push(tok);
      tokens++;
    }
  }
}
endDocument();

const text = docs.map((d) => d.join('\n')).join('\n\n') + '\n';

if (out === null) {
  const dir = mkdtempSync(join(process.env.TMPDIR || tmpdir(), 'chronicle-peer-'));
  out = join(dir, basename(file).replace(/\.gz$/, '').replace(/\.(bio|conll|txt)$/, '') + '.txt');
}
const abs = resolve(out);
if (abs === repoRoot || abs.startsWith(repoRoot + '/')) {
  process.stderr.write(`ontonotes-text: refusing to write inside the repository (${abs}): the text is licensed\n`);
  process.exit(1);
}
writeFileSync(abs, text);
const sentences = docs.reduce((n, d) => n + d.length, 0);
process.stderr.write(`ontonotes-text: ${docs.length} documents, ${sentences} sentences, ${tokens} tokens, ${text.length} chars\n`);
process.stdout.write(abs + '\n');
