import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { crossFilingRules, rules } from '../../rules/index.js';
import { SEEDS } from '../helpers.js';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t + '\n'), stderr: (t) => (stderr += t + '\n') });
  return { code, stdout, stderr };
}

const R04 = 'fixtures/realdocs/R04_上海市普陀区万里街道办事处_2024_部门预算.pdf';

describe('SARIF 2.1.0', () => {
  it('validates against the vendored SARIF 2.1.0 schema, with relative URIs, a region and fingerprints on every result', async () => {
    // Absolute paths on the command line: URIs must still come out relative to the working directory.
    const { code, stdout } = await run('check', '--format', 'sarif', resolve(SEEDS['001']), resolve(R04), resolve('fixtures/bad-text/empty.txt'));
    expect(code).toBe(2);
    const sarif = JSON.parse(stdout);
    // The schema's language pattern is not valid as a unicode regex; ajv compiles it without the u flag.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync('fixtures/sarif/sarif-2.1.0-rtm.5.json', 'utf8')));
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    // The validator does reject what the schema forbids.
    expect(validate({ ...sarif, runs: [{ ...sarif.runs[0], results: [{ ...sarif.runs[0].results[0], level: 'fatal' }] }] })).toBe(false);

    const [runInfo] = sarif.runs;
    expect(runInfo.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/\/.*\/$/);
    for (const rule of runInfo.tool.driver.rules) expect(rule.help.text).toContain(rule.name);
    expect(runInfo.results.length).toBeGreaterThan(20);
    for (const result of runInfo.results) {
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      expect(artifactLocation.uri).not.toMatch(/^(\/|file:)/);
      expect(artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(region.startLine).toBeGreaterThanOrEqual(1);
      expect(result.partialFingerprints['budgetlint/v1']).toMatch(/^[0-9a-f]{32}$/);
    }
    const seedError = runInfo.results.find((r: { ruleId: string }) => r.ruleId === 'completeness/empty-contradicted');
    expect(seedError.locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'fixtures/seeds/001_8401d0ba8499f5f3.txt' }, region: { startLine: 375 } });
    // A PDF finding: the line in the extracted text (budgetlint text), the page as a property.
    const pdfError = runInfo.results.find((r: { ruleId: string; level: string }) => r.ruleId === 'narrative/duplicate-amount' && r.level === 'error');
    expect(pdfError.locations[0].physicalLocation.artifactLocation.uri).toBe(
      'fixtures/realdocs/R04_%E4%B8%8A%E6%B5%B7%E5%B8%82%E6%99%AE%E9%99%80%E5%8C%BA%E4%B8%87%E9%87%8C%E8%A1%97%E9%81%93%E5%8A%9E%E4%BA%8B%E5%A4%84_2024_%E9%83%A8%E9%97%A8%E9%A2%84%E7%AE%97.pdf',
    );
    const { region } = pdfError.locations[0].physicalLocation;
    expect(region.properties.page).toBe(9);
    const text = (await run('text', R04)).stdout.split('\n');
    expect(text[region.startLine - 1]).toContain('住房公积金');
    expect(runInfo.invocations[0].toolExecutionNotifications).toEqual([expect.objectContaining({ level: 'error', message: { text: '[EMPTY_FILE] the file is empty' } })]);
  }, 600_000);

  it('keeps fingerprints when --base changes how paths are written', async () => {
    const fingerprints = (out: string) => JSON.parse(out).runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['budgetlint/v1']);
    const here = await run('check', '--format', 'sarif', SEEDS['004']);
    const absolute = await run('check', '--format', 'sarif', '--base', '.', resolve(SEEDS['004']));
    expect(fingerprints(absolute.stdout)).toEqual(fingerprints(here.stdout));
    const fromFixtures = JSON.parse((await run('check', '--format', 'sarif', '--base', 'fixtures', SEEDS['004'])).stdout);
    expect(fromFixtures.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('seeds/004_001a5ba2cc17008a.txt');
  }, 600_000);
});

describe('JUnit', () => {
  it('is well-formed XML with one test case per file and rule, errors failing and warnings visible', async () => {
    const { stdout } = await run('check', '--format', 'junit', SEEDS['001'], SEEDS['004'], 'fixtures/bad-text/empty.txt');
    expect(XMLValidator.validate(stdout)).toBe(true);
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(stdout);
    const [seed001, seed004, empty] = xml.testsuites.testsuite;
    // Every rule, the cross-filing ones included (they pass on a file with no related filing).
    expect(seed001.testcase).toHaveLength(rules.length + crossFilingRules.length);
    expect(seed004.testcase).toHaveLength(rules.length + crossFilingRules.length);
    const failing = seed001.testcase.find((c: { name: string }) => c.name === 'BL022 completeness/empty-contradicted');
    expect(failing.failure.message).toContain('2024年项目支出预算表（本年预算）');
    const report = JSON.parse((await run('check', '--format', 'json', SEEDS['001'], SEEDS['004'])).stdout);
    const warning = report.files.flatMap((f: { findings: { severity: string; message: string }[] }) => f.findings).find((f: { severity: string }) => f.severity === 'warning');
    expect(warning).toBeDefined();
    expect(stdout).toContain(`warning`);
    expect(stdout).toContain(warning.message.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
    expect(empty.testcase.error.type).toBe('EMPTY_FILE');
  }, 600_000);
});

describe('--format github', () => {
  it('prints workflow commands for errors and warnings and appends a markdown summary to GITHUB_STEP_SUMMARY', async () => {
    const summaryFile = join(mkdtempSync(join(tmpdir(), 'bl-gh-')), 'summary.md');
    writeFileSync(summaryFile, '# earlier step\n');
    process.env.GITHUB_STEP_SUMMARY = summaryFile;
    try {
      const { code, stdout } = await run('check', '--format', 'github', SEEDS['001'], 'fixtures/bad-text/empty.txt');
      expect(code).toBe(2);
      const lines = stdout.trim().split('\n');
      for (const line of lines) expect(line).toMatch(/^::(error|warning) file=[^,:]+(,line=\d+)?,title=[^:]+::\S/);
      expect(lines).toContain('::error file=fixtures/bad-text/empty.txt,title=budgetlint EMPTY_FILE::the file is empty');
      expect(lines.some((l) => l.startsWith('::error file=fixtures/seeds/001_8401d0ba8499f5f3.txt,line=375,title=BL022 completeness/empty-contradicted::'))).toBe(true);
      const summary = readFileSync(summaryFile, 'utf8');
      expect(summary).toMatch(/^# earlier step\n## budgetlint\n/);
      expect(summary).toContain('| fixtures/bad-text/empty.txt | failed: EMPTY_FILE | 0 | 0 |');
    } finally {
      delete process.env.GITHUB_STEP_SUMMARY;
    }
  }, 600_000);
});
