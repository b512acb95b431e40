import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  applyBaseline,
  baselineFromFindings,
  describeStale,
  mergeBaseline,
  parseBaseline,
  readBaseline,
  serializeBaseline,
  writeBaseline,
} from '../../src/report/baseline.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { findingsFor } from './findings.js';

const keys = new FakeKeys('baseline-unit');
const gh = keys.github();
const slack = keys.slackBot();
const aws = keys.awsAccessKeyId();
const dir = mkdtempSync(path.join(tmpdir(), 'tokguard-baseline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('baseline', () => {
  it('identifies entries by rule and secret hash: moved lines and renamed files stay hidden', async () => {
    const base = baselineFromFindings(await findingsFor({ 'app/a.env': `GH=${gh}\nSLACK=${slack}\n` }));
    expect(base.entries).toHaveLength(2);
    const moved = await findingsFor({
      'app/a.env': `# comment\n\n\nSLACK=${slack}\n   GH=${gh}\n`,
      'renamed/b.env': `X=${gh}\n`,
    });
    const r = applyBaseline(moved, base);
    expect(r.kept).toEqual([]);
    expect(r.hidden).toHaveLength(3);
    expect(r.stale).toEqual([]);
  });

  it('does not hide a changed secret, and reports the old entry as stale', async () => {
    const base = baselineFromFindings(await findingsFor({ 'a.env': `GH=${gh}\n` }));
    const changed = await findingsFor({ 'a.env': `GH=${keys.github()}\n` });
    const r = applyBaseline(changed, base);
    expect(r.kept).toHaveLength(1);
    expect(r.hidden).toEqual([]);
    expect(r.stale).toEqual(base.entries);
    expect(describeStale(r.stale)).toBe('1 stale baseline entry (no longer found): github-pat-classic');
  });

  it('serialises sorted, one entry per line, without secrets, line numbers or timestamps', async () => {
    const findings = await findingsFor({ 'z.env': `GH=${gh}\n`, 'a.env': `AWS=${aws}\nSLACK=${slack}\nGH=${gh}\n` });
    const text = serializeBaseline(baselineFromFindings(findings));
    const again = serializeBaseline(baselineFromFindings([...findings].reverse()));
    expect(again).toBe(text);
    const lines = text.split('\n');
    expect(lines.slice(0, 4)).toEqual(['{', '  "version": 1,', '  "tool": "tokguard",', '  "entries": [']);
    const entryLines = lines.filter((l) => l.includes('"ruleId"'));
    expect(entryLines.map((l) => JSON.parse(l.trim().replace(/,$/, '')).ruleId)).toEqual([
      'aws-access-key-id',
      'github-pat-classic',
      'slack-bot-token',
    ]);
    expect(entryLines[1]).toContain('"files":["a.env","z.env"]');
    for (const f of findings) {
      expect(text).not.toContain(f.secret);
      expect(text).not.toContain(f.redacted);
      expect(text).not.toContain(f.fingerprint);
    }
    expect(text).not.toMatch(/"line"|\d{4}-\d\d-\d\dT/);
    expect(parseBaseline(text, 'x')).toEqual(baselineFromFindings(findings));
    expect(serializeBaseline({ version: 1, entries: [] })).toBe(
      '{\n  "version": 1,\n  "tool": "tokguard",\n  "entries": []\n}\n',
    );
  });

  it('merging adds new entries and leaves existing ones untouched', async () => {
    const base = baselineFromFindings(await findingsFor({ 'old.env': `GH=${gh}\n` }));
    const { baseline, added } = mergeBaseline(base, await findingsFor({ 'new.env': `GH=${gh}\nSLACK=${slack}\n` }));
    expect(added.map((e) => e.ruleId)).toEqual(['slack-bot-token']);
    expect(baseline.entries.find((e) => e.ruleId === 'github-pat-classic')!.files).toEqual(['old.env']);
  });

  it('two branches adding different entries merge line by line', async () => {
    const base = baselineFromFindings(await findingsFor({ 'a.env': `AWS=${aws}\n` }));
    const left = serializeBaseline(mergeBaseline(base, await findingsFor({ 'b.env': `GH=${gh}\n` })).baseline).split(
      '\n',
    );
    const right = serializeBaseline(
      mergeBaseline(base, await findingsFor({ 'c.env': `SLACK=${slack}\n` })).baseline,
    ).split('\n');
    const original = serializeBaseline(base).split('\n');
    // Each side changes the original only by inserting lines (plus a comma on the line before).
    const inserted = (side: string[]) =>
      side.filter((l) => !original.includes(l) && !original.includes(l.replace(/,$/, '')));
    expect(inserted(left)).toHaveLength(1);
    expect(inserted(right)).toHaveLength(1);
  });

  it('reads, writes and rejects bad files with the key path', async () => {
    const file = path.join(dir, 'b.json');
    const b = baselineFromFindings(await findingsFor({ 'a.env': `GH=${gh}\n` }));
    await writeBaseline(file, b);
    expect(await readBaseline(file)).toEqual(b);
    expect(readFileSync(file, 'utf8')).toBe(serializeBaseline(b));
    await expect(readBaseline(path.join(dir, 'missing.json'))).rejects.toThrow(/missing.json: baseline file not found/);
    expect((await readBaseline(path.join(dir, 'missing.json'), { missingOk: true })).entries).toEqual([]);
    writeFileSync(file, '{"version":1,"entries":[{"ruleId":"x","secretHash":"nothex"}]}');
    await expect(readBaseline(file, { display: 'b.json' })).rejects.toThrow(
      'b.json: entries[0].secretHash: must be 64 lowercase hex digits',
    );
    writeFileSync(file, '{"version":2,"entries":[]}');
    await expect(readBaseline(file, { display: 'b.json' })).rejects.toThrow('b.json: version: must be 1');
    writeFileSync(file, '{oops');
    await expect(readBaseline(file, { display: 'b.json' })).rejects.toThrow(/b.json: not valid JSON/);
  });
});
