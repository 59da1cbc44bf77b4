#!/usr/bin/env node
// Lints the SAM template with cfn-lint (npm, 1.9.7) through its validateFile API.
//
//   node tools/lint-template.mjs [TEMPLATE]      (default: template.yaml)
//
// Exit code 0: no errors; 1: errors (each printed with its place in the template); 2: the
// linter could not run. Warnings are printed but do not fail.
//
// cfn-lint 1.9.7 predates some SAM features this template relies on, and reports them as
// critical errors. Exactly those reports are dropped, each matched on its message AND its place,
// and only after this script has checked the value itself (the linter stops looking inside a
// property it does not know, so without that check a typo there would pass unnoticed).
// Anything else fails the lint.

import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';

const require = createRequire(import.meta.url);

const file = process.argv[2] ?? 'template.yaml';
if (!existsSync(file)) {
  console.error(`error: no such template: ${file}`);
  process.exit(2);
}

let api;
let parser;
try {
  api = require('cfn-lint/lib/api');
  parser = require('cfn-lint/lib/parser');
} catch (e) {
  console.error('error: cfn-lint is not installed; run `npm ci` in the repository root first (' + e.message + ')');
  process.exit(2);
}

let template;
let result;
try {
  template = parser.openFile(file);
  result = api.validateFile(file);
} catch (e) {
  console.error(`error: ${file} could not be linted: ${e.message}`);
  process.exit(1);
}

const isIntrinsic = (v) => v !== null && typeof v === 'object' && !Array.isArray(v)
  && Object.keys(v).length === 1 && (Object.keys(v)[0] === 'Ref' || Object.keys(v)[0].startsWith('Fn::'));
const isPlainObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) && !isIntrinsic(v);
const isNoValue = (v) => isIntrinsic(v) && v.Ref === 'AWS::NoValue';
const isStringLike = (v) => typeof v === 'string' || isIntrinsic(v);
const conditions = new Set(Object.keys(template.Conditions ?? {}));

function onlyKeys(value, allowed, where) {
  if (!isPlainObject(value)) {
    return [`${where} must be a mapping`];
  }
  return Object.keys(value).filter((k) => !allowed.includes(k)).map((k) => `${where} has unknown property ${k}`);
}

function intBetween(value, min, max, where) {
  if (value === undefined) return [];
  return Number.isInteger(value) && value >= min && value <= max ? [] : [`${where} must be a whole number from ${min} to ${max}`];
}

// Each check returns the problems it found in a value the linter could not inspect.
const checks = {
  architectures(value) {
    return Array.isArray(value) && value.length === 1 && ['arm64', 'x86_64'].includes(value[0])
      ? [] : ['Architectures must be [arm64] or [x86_64]'];
  },
  snapStart(value) {
    const problems = onlyKeys(value, ['ApplyOn'], 'SnapStart');
    if (problems.length === 0 && !['PublishedVersions', 'None'].includes(value.ApplyOn)) {
      problems.push('SnapStart.ApplyOn must be PublishedVersions or None');
    }
    return problems;
  },
  eventInvokeConfig(value) {
    const problems = onlyKeys(value, ['MaximumRetryAttempts', 'MaximumEventAgeInSeconds', 'DestinationConfig'], 'EventInvokeConfig');
    if (problems.length > 0) return problems;
    problems.push(...intBetween(value.MaximumRetryAttempts, 0, 2, 'EventInvokeConfig.MaximumRetryAttempts'));
    problems.push(...intBetween(value.MaximumEventAgeInSeconds, 60, 21600, 'EventInvokeConfig.MaximumEventAgeInSeconds'));
    if (value.DestinationConfig !== undefined) {
      const dc = value.DestinationConfig;
      problems.push(...onlyKeys(dc, ['OnSuccess', 'OnFailure'], 'EventInvokeConfig.DestinationConfig'));
      for (const side of ['OnSuccess', 'OnFailure']) {
        if (!isPlainObject(dc) || dc[side] === undefined) continue;
        const where = `EventInvokeConfig.DestinationConfig.${side}`;
        const d = dc[side];
        const bad = onlyKeys(d, ['Type', 'Destination'], where);
        problems.push(...bad);
        if (bad.length > 0) continue;
        if (!['SQS', 'SNS', 'Lambda', 'EventBridge', 'S3'].includes(d.Type)) {
          problems.push(`${where}.Type must be SQS, SNS, Lambda, EventBridge or S3`);
        }
        if (!isStringLike(d.Destination)) problems.push(`${where}.Destination must be an ARN`);
      }
    }
    return problems;
  },
  s3KeyRules(value) {
    if (!Array.isArray(value) || value.length === 0) return ['Filter.S3Key.Rules must be a non-empty list'];
    const problems = [];
    const rule = (r, where) => {
      const bad = onlyKeys(r, ['Name', 'Value'], where);
      if (bad.length > 0) return bad;
      const out = [];
      if (!['prefix', 'suffix'].includes(r.Name)) out.push(`${where}.Name must be prefix or suffix`);
      if (!isStringLike(r.Value)) out.push(`${where}.Value must be a string`);
      return out;
    };
    value.forEach((r, i) => {
      const where = `Filter.S3Key.Rules[${i}]`;
      if (isIntrinsic(r) && r['Fn::If'] !== undefined) {
        const [condition, a, b] = r['Fn::If'];
        if (!conditions.has(condition)) problems.push(`${where} uses an undefined condition ${condition}`);
        for (const branch of [a, b]) if (!isNoValue(branch)) problems.push(...rule(branch, where));
      } else {
        problems.push(...rule(r, where));
      }
    });
    return problems;
  },
};

// The known false errors: the linter's message, the place it reports, and the check that
// replaces the linter's judgement there.
const knownFalseErrors = [
  {
    what: 'Architectures (SAM 1.34+) is unknown to cfn-lint 1.9.7',
    message: /^Architectures is not a valid property of AWS::Serverless::Function$/,
    place: /^Resources > (\w+) > Properties > Architectures$/,
    value: (t, m) => t.Resources[m[1]].Properties.Architectures,
    check: checks.architectures,
  },
  {
    what: 'SnapStart (SAM 1.53+) is unknown to cfn-lint 1.9.7',
    message: /^SnapStart is not a valid property of AWS::Serverless::Function$/,
    place: /^Resources > (\w+) > Properties > SnapStart$/,
    value: (t, m) => t.Resources[m[1]].Properties.SnapStart,
    check: checks.snapStart,
  },
  {
    what: 'EventInvokeConfig (SAM 1.20+) is unknown to cfn-lint 1.9.7',
    message: /^EventInvokeConfig is not a valid property of AWS::Serverless::Function$/,
    place: /^Resources > (\w+) > Properties > EventInvokeConfig$/,
    value: (t, m) => t.Resources[m[1]].Properties.EventInvokeConfig,
    check: checks.eventInvokeConfig,
  },
  {
    what: "cfn-lint 1.9.7 types the S3 event's Filter.S3Key as one object, but SAM takes a list of Rules",
    message: /^Expecting a JSON object, got \[/,
    place: /^Resources > (\w+) > Properties > Events > (\w+) > Properties > Filter > S3Key > Rules$/,
    value: (t, m) => t.Resources[m[1]].Properties.Events[m[2]].Properties.Filter.S3Key.Rules,
    check: checks.s3KeyRules,
  },
];

const errors = [];
const dropped = [];
for (const error of result.errors.crit) {
  const known = knownFalseErrors.map((k) => ({ k, m: k.message.test(error.message) && error.resource.match(k.place) }))
    .find(({ m }) => m);
  if (!known) {
    errors.push(`${error.resource}: ${error.message}`);
    continue;
  }
  const problems = known.k.check(known.k.value(template, known.m));
  if (problems.length > 0) {
    errors.push(...problems.map((p) => `${error.resource}: ${p}`));
  } else {
    dropped.push(`${error.resource} (${known.k.what})`);
  }
}

for (const e of errors) console.log(`ERROR   ${e}`);
for (const w of result.errors.warn) console.log(`WARNING ${w.resource}: ${w.message}`);
for (const d of dropped) console.log(`dropped known false error: ${d}`);
console.log(`${file}: ${errors.length} errors, ${result.errors.warn.length} warnings, ${dropped.length} known false errors dropped`);
process.exit(errors.length === 0 ? 0 : 1);
