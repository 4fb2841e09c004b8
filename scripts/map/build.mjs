#!/usr/bin/env node
// Builds the web UI's country outlines, src/Chronicle.Web/wwwroot/world-110m.json, from a pinned npm package.
//
//   node scripts/map/build.mjs           fetch (cached), derive and write the outlines
//   node scripts/map/build.mjs --check   derive and compare with the committed file; exit 1 on any difference
//
// Source: world-atlas 2.0.2 (ISC licence), Natural Earth's 1:110m admin-0 countries as TopoJSON;
// Natural Earth is in the public domain. The tarball is fetched with `npm pack` into a cache under the
// OS temp folder (override with MAP_CACHE) and checked against the sha512 integrity pinned below.
// The TopoJSON is decoded here (no dependencies) and each country written as one SVG path in an
// equirectangular plane: x = longitude + 180, y = 90 - latitude, one decimal (about 10 km).

import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const OUTPUT = path.join(REPO, "src", "Chronicle.Web", "wwwroot", "world-110m.json");
const CACHE = process.env.MAP_CACHE || path.join(os.tmpdir(), "chronicle-map-cache");
const CHECK = process.argv.includes("--check");

const PACKAGE = {
  spec: "world-atlas@2.0.2",
  tarball: "world-atlas-2.0.2.tgz",
  integrity: "sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ==",
  file: "package/countries-110m.json",
};

function fetchPackage() {
  fs.mkdirSync(CACHE, { recursive: true });
  const tarball = path.join(CACHE, PACKAGE.tarball);
  if (!fs.existsSync(tarball))
    execFileSync("npm", ["pack", PACKAGE.spec, "--silent"], { cwd: CACHE, stdio: ["ignore", "ignore", "inherit"] });
  const digest = "sha512-" + createHash("sha512").update(fs.readFileSync(tarball)).digest("base64");
  if (digest !== PACKAGE.integrity)
    throw new Error(`${PACKAGE.spec}: integrity ${digest} is not the pinned ${PACKAGE.integrity}`);
  const dir = path.join(CACHE, "world-atlas");
  fs.mkdirSync(dir, { recursive: true });
  execFileSync("tar", ["-xzf", tarball, "-C", dir, PACKAGE.file]);
  return JSON.parse(fs.readFileSync(path.join(dir, PACKAGE.file), "utf8"));
}

// Quantized, delta-encoded arcs to absolute longitude/latitude pairs.
function decodeArcs(topology) {
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  return topology.arcs.map(arc => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
  });
}

// A ring is a list of arc indexes; ~i is arc i reversed. Consecutive arcs share their joining point.
function ring(arcs, indexes) {
  const points = [];
  for (const index of indexes) {
    const arc = index < 0 ? arcs[~index].slice().reverse() : arcs[index];
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  return points;
}

const round = v => Math.round(v * 10) / 10;

function pathOf(rings) {
  let d = "";
  for (const points of rings) {
    let last = "";
    points.forEach(([lon, lat], i) => {
      const xy = `${round(lon + 180)} ${round(90 - lat)}`;
      if (xy === last) return; // points that round together add nothing
      d += (i === 0 ? "M" : "L") + xy;
      last = xy;
    });
    d += "Z";
  }
  return d;
}

function derive(topology) {
  const arcs = decodeArcs(topology);
  const countries = topology.objects.countries.geometries
    .filter(g => g.type === "Polygon" || g.type === "MultiPolygon")
    .map(g => {
      const polygons = g.type === "Polygon" ? [g.arcs] : g.arcs;
      return { id: g.id ?? null, name: g.properties.name, d: pathOf(polygons.flat().map(r => ring(arcs, r))) };
    })
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
  return JSON.stringify({
    source: "Natural Earth 1:110m admin-0 countries (public domain), via the npm package world-atlas 2.0.2 (ISC); built by scripts/map/build.mjs",
    projection: "equirectangular: x = longitude + 180, y = 90 - latitude",
    width: 360,
    height: 180,
    countries,
  }) + "\n";
}

const text = derive(fetchPackage());
if (CHECK) {
  const committed = fs.existsSync(OUTPUT) ? fs.readFileSync(OUTPUT, "utf8") : "";
  if (committed !== text) {
    console.error(`${path.relative(REPO, OUTPUT)} differs from what the script derives; run node scripts/map/build.mjs`);
    process.exit(1);
  }
  console.log("world-110m.json is up to date");
} else {
  fs.writeFileSync(OUTPUT, text);
  console.log(`wrote ${path.relative(REPO, OUTPUT)} (${text.length} bytes)`);
}
