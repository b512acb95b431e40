import { describe, expect, it } from 'vitest';
import { toFinding, type Finding } from '../../src/report/finding.js';
import { BlobFindings } from '../../src/scan/blob-findings.js';
import { attributeToCommits } from '../../src/scan/attribute.js';
import type { Introduction } from '../../src/sources/git/introductions.js';
import type { Match } from '../../src/engine/types.js';

const RULE = { id: 'demo-token', name: 'Demo token', severity: 'high' as const };
const SECRET = 'demo_0123456789abcdefghijklmnop';

function finding(blob: string, line: number, file = 'src/app.js'): Finding {
  const text = `token = "${SECRET}"`;
  const match: Match = {
    ruleId: RULE.id,
    secret: SECRET,
    confidence: 'high',
    start: 9,
    end: 9 + SECRET.length,
    line,
    column: 10,
    endLine: line,
    endColumn: 10 + SECRET.length,
    window: { start: 0, bytes: text, cutBefore: false, cutAfter: false },
  };
  return { ...toFinding(match, RULE, file, 'history'), blob };
}

const intro = (sha: string, time: number, order: number, path = 'src/app.js'): Introduction => ({
  commit: { sha, author: 'A', email: 'a@example.test', date: '', subject: sha },
  time,
  order,
  path,
});

describe('BlobFindings', () => {
  it('keeps a finding once for every blob that holds it at the same place', () => {
    const all = new BlobFindings();
    all.add(finding('b1', 3));
    all.add(finding('b2', 3));
    all.add(finding('b3', 4)); // the line moved: another finding
    all.add(finding('b2', 3, 'src/copy.js'));
    const entries = all.entries();
    expect(entries.map((e) => [e.finding.line, e.finding.file, e.blobs])).toEqual([
      [3, 'src/app.js', ['b1', 'b2']],
      [4, 'src/app.js', ['b3']],
      [3, 'src/copy.js', ['b2']],
    ]);
    expect(all.blobIds().sort()).toEqual(['b1', 'b2', 'b3']);
  });

  it('attributes a folded finding to the blob and commit that introduced the secret first', async () => {
    const all = new BlobFindings();
    all.add(finding('b1', 3));
    all.add(finding('b2', 3));
    all.add(finding('b3', 3));
    const intros = new Map([
      ['b1', [intro('c-late', 300, 1)]],
      ['b2', [intro('c-first', 100, 3)]],
      ['b3', [intro('c-mid', 200, 2)]],
    ]);
    const [only, ...rest] = await attributeToCommits(all, async (blobs) => {
      expect([...blobs].sort()).toEqual(['b1', 'b2', 'b3']);
      return intros;
    });
    expect(rest).toEqual([]);
    expect(only!.blob).toBe('b2');
    expect(only!.commit?.sha).toBe('c-first');
    expect(only!.otherOccurrences).toBe(2);
  });
});
