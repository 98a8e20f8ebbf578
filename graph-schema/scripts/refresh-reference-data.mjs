#!/usr/bin/env node
// Regenerates the vendored reference data of graph-schema
// (src/main/resources/neo4j/reference/): naf-rev2.tsv, regions.tsv,
// departements.tsv, epci.tsv and communes.tsv.gz.
//
// Node.js 20+, ESM, no dependency other than the two data packages, which are
// installed from the npm registry into a throw-away folder (never inside the
// repository):
//
//   mkdir -p /tmp/refdata && cd /tmp/refdata
//   npm init -y
//   npm install --ignore-scripts @socialgouv/codes-naf@1.1.1 @etalab/decoupage-administratif@6.0.0
//   node /path/to/graph-schema/scripts/refresh-reference-data.mjs /path/to/graph-schema/src/main/resources/neo4j/reference
//
// The packages are resolved from the current working directory (the folder
// where they were installed), so the script itself may live anywhere.
//
// The output is deterministic: same package versions => byte-identical files
// (the .gz has no file name and a zero timestamp in its header).
//
// After a version bump: update EXPECTED_VERSIONS below, re-run, then update the
// row counts in SOURCES.md and in the backend tests that assert them.
// SOURCES.md and the LICENSE-*.txt files are maintained by hand.

import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync, constants as zlibConstants } from 'node:zlib';

const EXPECTED_VERSIONS = {
  '@socialgouv/codes-naf': '1.1.1',
  '@etalab/decoupage-administratif': '6.0.0',
};

// NAF rev. 2 sections (level 1). @socialgouv/codes-naf only ships levels 2-5
// (divisions, groups, classes, subclasses), so the 21 sections are added here
// with their official INSEE French labels and the divisions they cover.
const NAF_SECTIONS = [
  ['A', 'Agriculture, sylviculture et pêche', '01', '03'],
  ['B', 'Industries extractives', '05', '09'],
  ['C', 'Industrie manufacturière', '10', '33'],
  ['D', "Production et distribution d'électricité, de gaz, de vapeur et d'air conditionné", '35', '35'],
  ['E', "Production et distribution d'eau ; assainissement, gestion des déchets et dépollution", '36', '39'],
  ['F', 'Construction', '41', '43'],
  ['G', "Commerce ; réparation d'automobiles et de motocycles", '45', '47'],
  ['H', 'Transports et entreposage', '49', '53'],
  ['I', 'Hébergement et restauration', '55', '56'],
  ['J', 'Information et communication', '58', '63'],
  ['K', "Activités financières et d'assurance", '64', '66'],
  ['L', 'Activités immobilières', '68', '68'],
  ['M', 'Activités spécialisées, scientifiques et techniques', '69', '75'],
  ['N', 'Activités de services administratifs et de soutien', '77', '82'],
  ['O', 'Administration publique', '84', '84'],
  ['P', 'Enseignement', '85', '85'],
  ['Q', 'Santé humaine et action sociale', '86', '88'],
  ['R', 'Arts, spectacles et activités récréatives', '90', '93'],
  ['S', 'Autres activités de services', '94', '96'],
  [
    'T',
    "Activités des ménages en tant qu'employeurs ; activités indifférenciées des ménages en tant que producteurs de biens et services pour usage propre",
    '97',
    '98',
  ],
  ['U', 'Activités extra-territoriales', '99', '99'],
];

const NAF_LEVELS = [
  ['DIVISION', /^\d{2}$/],
  ['GROUP', /^\d{2}\.\d$/],
  ['CLASS', /^\d{2}\.\d{2}$/],
  ['SUBCLASS', /^\d{2}\.\d{2}[A-Z]$/],
];

// Only current communes are kept; the other types are arrondissements
// municipaux (Paris, Lyon, Marseille), communes déléguées and communes associées.
const CURRENT_COMMUNE_TYPE = 'commune-actuelle';

// ---------------------------------------------------------------------------

function fail(message) {
  console.error(`refresh-reference-data: ${message}`);
  process.exit(1);
}

const outDir = process.argv[2];
if (!outDir || process.argv.length > 3) {
  fail('usage: node refresh-reference-data.mjs <output dir>   (run from the folder where the packages are installed)');
}

const requireFromCwd = createRequire(join(process.cwd(), 'noop.js'));

function packageDir(name) {
  let pkgJson;
  try {
    pkgJson = requireFromCwd.resolve(`${name}/package.json`);
  } catch {
    fail(`package ${name} not found from ${process.cwd()}; install it there first (see the header of this script)`);
  }
  const dir = pkgJson.slice(0, -'package.json'.length);
  const { version } = JSON.parse(readFileSync(pkgJson, 'utf8'));
  if (version !== EXPECTED_VERSIONS[name]) {
    fail(`${name} is ${version}, expected ${EXPECTED_VERSIONS[name]} (update EXPECTED_VERSIONS, SOURCES.md and the tests together)`);
  }
  return dir;
}

function readJson(dir, file) {
  return JSON.parse(readFileSync(join(dir, file), 'utf8'));
}

// Every text field: any run of white space (tab, newline, no-break space,
// double space...) becomes one plain space; leading/trailing space is removed.
const normalized = [];
function clean(text, where) {
  if (typeof text !== 'string' || text.length === 0) fail(`missing text for ${where}`);
  const out = text.replace(/\s+/gu, ' ').trim();
  if (out !== text) normalized.push(where);
  return out;
}

function byCode(a, b) {
  // plain ordinal order (same as Java's String.compareTo for these ASCII codes)
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

function toTsv(header, rows) {
  const lines = [header.join('\t')];
  for (const row of rows) {
    const cells = header.map((h) => {
      const v = row[h];
      const s = v === undefined || v === null ? '' : String(v);
      if (/[\t\r\n]/.test(s)) fail(`control character in ${h}=${JSON.stringify(s)}`);
      return s;
    });
    lines.push(cells.join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

function assertUnique(rows, what) {
  const seen = new Set();
  for (const r of rows) {
    if (seen.has(r.code)) fail(`duplicate ${what} code ${r.code}`);
    seen.add(r.code);
  }
  return seen;
}

// --- NAF rev. 2 ------------------------------------------------------------

function buildNaf(nafDir) {
  const entries = readJson(nafDir, 'index.json');
  const rows = [];
  const sectionOfDivision = new Map();
  for (const [code, label, from, to] of NAF_SECTIONS) {
    for (let d = Number(from); d <= Number(to); d++) sectionOfDivision.set(String(d).padStart(2, '0'), code);
  }
  const sectionRows = new Map(
    NAF_SECTIONS.map(([code, label]) => [code, { code, level: 'SECTION', label: clean(label, `NAF ${code}`), parent: '' }]),
  );
  const emittedSections = new Set();
  for (const e of entries) {
    const code = e.id;
    const level = NAF_LEVELS.find(([, re]) => re.test(code))?.[0];
    if (!level) fail(`unrecognised NAF code ${JSON.stringify(code)}`);
    let parent;
    if (level === 'DIVISION') {
      parent = sectionOfDivision.get(code);
      if (!parent) fail(`NAF division ${code} belongs to no section`);
      if (!emittedSections.has(parent)) {
        rows.push(sectionRows.get(parent));
        emittedSections.add(parent);
      }
    } else {
      parent = code.slice(0, code.length - 1);
      if (parent.endsWith('.')) parent = parent.slice(0, -1);
    }
    rows.push({ code, level, label: clean(e.label, `NAF ${code}`), parent });
  }
  if (emittedSections.size !== NAF_SECTIONS.length) fail('some NAF section has no division in the package');
  const codes = assertUnique(rows, 'NAF');
  for (const r of rows) if (r.parent && !codes.has(r.parent)) fail(`NAF ${r.code}: parent ${r.parent} missing`);
  // hierarchical order check: every row's parent comes before it
  const seen = new Set();
  for (const r of rows) {
    if (r.parent && !seen.has(r.parent)) fail(`NAF ${r.code} precedes its parent`);
    seen.add(r.code);
  }
  return { rows, packageEntries: entries.length };
}

// --- Découpage administratif -------------------------------------------------

function buildTerritories(decDir) {
  const data = (name) => readJson(decDir, join('data', `${name}.json`));

  const regions = data('regions')
    .map((r) => ({ code: r.code, name: clean(r.nom, `region ${r.code}`) }))
    .sort(byCode);
  const regionCodes = assertUnique(regions, 'region');

  const departements = data('departements')
    .map((d) => ({ code: d.code, name: clean(d.nom, `departement ${d.code}`), region: d.region }))
    .sort(byCode);
  const departementCodes = assertUnique(departements, 'departement');
  const regionOfDepartement = new Map(departements.map((d) => [d.code, d.region]));
  for (const d of departements) if (!regionCodes.has(d.region)) fail(`departement ${d.code}: region ${d.region} missing`);

  const epciRaw = data('epci');
  const epci = epciRaw
    .map((e) => {
      if (!/^\d{9}$/.test(e.code)) fail(`EPCI code ${e.code} is not a SIREN`);
      if (!e.type) fail(`EPCI ${e.code} has no type`);
      return { code: e.code, name: clean(e.nom, `EPCI ${e.code}`), type: e.type };
    })
    .sort(byCode);
  const epciCodes = assertUnique(epci, 'EPCI');

  // commune INSEE code -> EPCI SIREN, from epci.json's member lists
  // (communes.json carries no EPCI).
  const epciOfCommune = new Map();
  for (const e of epciRaw) {
    for (const m of e.membres) {
      const prev = epciOfCommune.get(m.code);
      if (prev && prev !== e.code) fail(`commune ${m.code} is a member of EPCI ${prev} and ${e.code}`);
      epciOfCommune.set(m.code, e.code);
    }
  }

  const allCommunes = data('communes');
  const excluded = {};
  const communes = [];
  for (const c of allCommunes) {
    if (c.type !== CURRENT_COMMUNE_TYPE) {
      excluded[c.type] = (excluded[c.type] ?? 0) + 1;
      continue;
    }
    if (!departementCodes.has(c.departement)) fail(`commune ${c.code}: departement ${c.departement} missing`);
    if (!regionCodes.has(c.region)) fail(`commune ${c.code}: region ${c.region} missing`);
    const depRegion = regionOfDepartement.get(c.departement);
    if (depRegion !== c.region) fail(`commune ${c.code}: region ${c.region} differs from its departement's ${depRegion}`);
    if (c.population !== undefined && !(Number.isInteger(c.population) && c.population >= 0)) {
      fail(`commune ${c.code}: bad population ${c.population}`);
    }
    const coords = c.centre?.coordinates; // GeoJSON [longitude, latitude], if ever provided
    communes.push({
      code: c.code,
      name: clean(c.nom, `commune ${c.code}`),
      departement: c.departement,
      region: c.region,
      epci: epciOfCommune.get(c.code) ?? '',
      population: c.population ?? '',
      latitude: coords ? coords[1] : '',
      longitude: coords ? coords[0] : '',
    });
  }
  communes.sort(byCode);
  const communeCodes = assertUnique(communes, 'commune');
  for (const [commune, e] of epciOfCommune) {
    if (!communeCodes.has(commune)) fail(`EPCI ${e} lists ${commune}, which is not a current commune`);
    if (!epciCodes.has(e)) fail(`EPCI ${e} missing`);
  }

  return { regions, departements, epci, communes, excluded, totalCommuneEntries: allCommunes.length };
}

// --- main --------------------------------------------------------------------

const nafDir = packageDir('@socialgouv/codes-naf');
const decDir = packageDir('@etalab/decoupage-administratif');

const naf = buildNaf(nafDir);
const t = buildTerritories(decDir);

const out = resolve(outDir);
mkdirSync(out, { recursive: true });

const files = {
  'naf-rev2.tsv': toTsv(['code', 'level', 'label', 'parent'], naf.rows),
  'regions.tsv': toTsv(['code', 'name'], t.regions),
  'departements.tsv': toTsv(['code', 'name', 'region'], t.departements),
  'epci.tsv': toTsv(['code', 'name', 'type'], t.epci),
};
for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text, 'utf8');
const communesTsv = toTsv(
  ['code', 'name', 'departement', 'region', 'epci', 'population', 'latitude', 'longitude'],
  t.communes,
);
writeFileSync(join(out, 'communes.tsv.gz'), gzipSync(Buffer.from(communesTsv, 'utf8'), { level: zlibConstants.Z_BEST_COMPRESSION }));

// --- summary -----------------------------------------------------------------

const countBy = (rows, key) => rows.reduce((acc, r) => ((acc[r[key]] = (acc[r[key]] ?? 0) + 1), acc), {});
const summary = {
  versions: EXPECTED_VERSIONS,
  naf: { rows: naf.rows.length, packageEntries: naf.packageEntries, byLevel: countBy(naf.rows, 'level') },
  regions: t.regions.length,
  departements: t.departements.length,
  epci: { rows: t.epci.length, byType: countBy(t.epci, 'type') },
  communes: {
    entriesInPackage: t.totalCommuneEntries,
    rows: t.communes.length,
    excluded: t.excluded,
    withEpci: t.communes.filter((c) => c.epci !== '').length,
    withoutEpci: t.communes.filter((c) => c.epci === '').length,
    withPopulation: t.communes.filter((c) => c.population !== '').length,
    withoutPopulation: t.communes.filter((c) => c.population === '').length,
    withCoordinates: t.communes.filter((c) => c.latitude !== '').length,
  },
  normalizedText: normalized,
};
console.log(JSON.stringify(summary, null, 2));
