#!/usr/bin/env node
// Validates SARIF files against the official SARIF 2.1.0 JSON schema.
//
//   node validate_sarif.js --modules DIR FILE...
//
// DIR holds the node_modules that `npm ci` installed from test/gate/sarif-schema/ (the schema is
// not in the repository: gate_test.py fetches it into the build directory at test time). The
// schema is `sarif-2.1.0-rtm.5.json` as shipped by @microsoft/jest-sarif (JSON Schema draft-04),
// checked by its SHA-256; the validator is ajv 6, which implements draft-04, with full format
// checks (`uri`, `uri-reference`, `date-time`).
//
// Prints the schema it used, then `valid FILE` or `INVALID FILE` and each error with its JSON
// path. Exit 0: every file valid; 1: some file invalid (or not JSON); 2: a setup error.
'use strict';

const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const SCHEMA = '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json';
const SCHEMA_SHA256 = '2d99159ae54a3eea97f81781cff48780548657c35949f4b7f25e99a2ba4de4f8';
const DRAFT4 = 'http://json-schema.org/draft-04/schema#';

function fail(message) {
  console.error(`validate_sarif: ${message}`);
  process.exit(2);
}

const args = process.argv.slice(2);
const at = args.indexOf('--modules');
if (at < 0 || at + 1 >= args.length) fail('usage: validate_sarif.js --modules DIR FILE...');
const modules = path.resolve(args[at + 1], 'node_modules');
const files = args.filter((_, i) => i !== at && i !== at + 1);
if (files.length === 0) fail('no SARIF file given');

let Ajv, draft4, schemaText;
try {
  Ajv = require(path.join(modules, 'ajv'));
  draft4 = require(path.join(modules, 'ajv/lib/refs/json-schema-draft-04.json'));
  schemaText = fs.readFileSync(path.join(modules, SCHEMA), 'utf8');
} catch (e) {
  fail(`the pinned packages are not installed in ${modules}: ${e.message}`);
}
const sha = crypto.createHash('sha256').update(schemaText).digest('hex');
if (sha !== SCHEMA_SHA256) fail(`${SCHEMA} has SHA-256 ${sha}, expected ${SCHEMA_SHA256}`);
const schema = JSON.parse(schemaText);
if (schema.$schema !== DRAFT4 || !/SARIF\) Version 2\.1\.0/.test(schema.title))
  fail(`unexpected schema: ${schema.title} (${schema.$schema})`);
console.log(`schema: ${schema.title} [${schema.$schema}] sha256 ${sha.slice(0, 12)}`);

const ajv = new Ajv({ schemaId: 'id', meta: false, format: 'full', allErrors: true,
                      jsonPointers: true, extendRefs: 'fail' });
ajv.addMetaSchema(draft4);
ajv._opts.defaultMeta = draft4.id;
if (!ajv.validateSchema(schema)) fail(`the schema is not valid draft-04: ${ajv.errorsText()}`);
const validate = ajv.compile(schema);

let invalid = 0;
for (const file of files) {
  let log;
  try {
    log = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    console.log(`INVALID ${file}: not JSON: ${e.message}`);
    ++invalid;
    continue;
  }
  if (validate(log)) {
    console.log(`valid ${file}`);
    continue;
  }
  ++invalid;
  console.log(`INVALID ${file}`);
  for (const e of validate.errors) {
    const detail = e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : '';
    console.log(`  ${e.dataPath || '/'}: ${e.message}${detail}`);
  }
}
process.exit(invalid ? 1 : 0);
