import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempTree } from '../helpers/tmp.js';

const script = fileURLToPath(new URL('../../scripts/realworld/extract-secretlint.mjs', import.meta.url));
const SNAP = 'packages/@secretlint';

interface Loc {
  start: { line: number; column: number };
  end: { line: number; column: number };
}
const at = (line: number, column: number, endLine: number, endColumn: number): Loc => ({
  start: { line, column },
  end: { line: endLine, column: endColumn },
});

/** One case's expected output in secretlint's snapshot shape. */
function output(caseName: string, input: string, messages: { messageId: string; loc: Loc }[]): string {
  return JSON.stringify({
    filePath: `[SNAPSHOT]/${caseName}/${input}`,
    messages: messages.map((m) => ({ ...m, message: 'found', type: 'message', severity: 'error' })),
    sourceContentType: 'text',
  });
}

function gitRepo(files: Record<string, string>): string {
  const dir = tempTree(files);
  const git = (...args: string[]) => {
    const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  };
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'snapshots');
  return dir;
}

const PEM =
  '-----BEGIN PRIVATE KEY-----\nMIIBVAIBADANBgkqhkiG9w0BAQEFAASCAT4wggE6AgEAAkEA\n-----END PRIVATE KEY-----\n';

describe('extract-secretlint', () => {
  it("copies each case's input under its rule and case, and labels every range its output reports", () => {
    const mirror = gitRepo({
      LICENSE: 'MIT License\n',
      [`${SNAP}/secretlint-rule-acme/test/snapshots/ng.token/input.txt`]: '# token\nACME_TOKEN=acme_0123456789abcdef\n',
      [`${SNAP}/secretlint-rule-acme/test/snapshots/ng.token/output.json`]: output('ng.token', 'input.txt', [
        { messageId: 'ACME_TOKEN', loc: at(2, 11, 2, 32) },
      ]),
      [`${SNAP}/secretlint-rule-acme/test/snapshots/ok.valid/input.txt`]: 'ACME_TOKEN=${ACME_TOKEN}\n',
      [`${SNAP}/secretlint-rule-acme/test/snapshots/ok.valid/output.json`]: output('ok.valid', 'input.txt', []),
      // The case's input is the file output.json names, whatever its name.
      [`${SNAP}/secretlint-rule-npm/test/snapshots/npmrc/.npmrc`]: '//registry.example/:_authToken=npm_0123456789\n',
      [`${SNAP}/secretlint-rule-npm/test/snapshots/npmrc/options.ts`]: 'export const options = {};\n',
      [`${SNAP}/secretlint-rule-npm/test/snapshots/npmrc/output.json`]: output('npmrc', '.npmrc', [
        { messageId: 'Npmrc_authToken', loc: at(1, 0, 1, 40) },
      ]),
      // A key spans lines; its end at column 0 of line 4 stops at line 3.
      [`${SNAP}/secretlint-rule-privatekey/test/snapshots/rsa/input`]: PEM,
      [`${SNAP}/secretlint-rule-privatekey/test/snapshots/rsa/output.json`]: output('rsa', 'input', [
        { messageId: 'PrivateKey', loc: at(1, 0, 4, 0) },
      ]),
      [`${SNAP}/secretlint-rule-aws/test/snapshots/ng.id/input`]: 'AWS_ACCESS_KEY_ID=AKIA0123456789ABCDEF\n',
      [`${SNAP}/secretlint-rule-aws/test/snapshots/ng.id/output.json`]: output('ng.id', 'input', [
        { messageId: 'AWSAccessKeyID', loc: at(1, 18, 1, 38) },
      ]),
      [`${SNAP}/secretlint-rule-basicauth/test/snapshots/ng.url/input.txt`]: 'see https://user:pass@host.example\n',
      [`${SNAP}/secretlint-rule-basicauth/test/snapshots/ng.url/output.json`]: output('ng.url', 'input.txt', [
        { messageId: 'BasicAuth', loc: at(1, 4, 1, 34) },
      ]),
      // Not about credentials, or copies: left out.
      [`${SNAP}/secretlint-rule-example/test/snapshots/ng.secret/input.txt`]: 'THIS IS SECRET.\n',
      [`${SNAP}/secretlint-rule-example/test/snapshots/ng.secret/output.json`]: output('ng.secret', 'input.txt', [
        { messageId: 'EXAMPLE', loc: at(1, 8, 1, 14) },
      ]),
      [`${SNAP}/secretlint-rule-preset-recommend/test/snapshots/ng.token/input.txt`]: 'ACME_TOKEN=acme_0123\n',
      [`${SNAP}/secretlint-rule-preset-recommend/test/snapshots/ng.token/output.json`]: output(
        'ng.token',
        'input.txt',
        [{ messageId: 'ACME_TOKEN', loc: at(1, 11, 1, 20) }],
      ),
      [`${SNAP}/config-loader/test/snapshots/basic/input.txt`]: 'nothing\n',
      [`${SNAP}/config-loader/test/snapshots/basic/output.json`]: '{}',
    });
    const out = path.join(tempTree(), 'secretlint');
    const r = spawnSync(process.execPath, [script, mirror, '--out', out], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);

    const file = (rel: string) => path.join(out, 'files', rel);
    expect(readFileSync(file('acme/ng.token/input.txt'), 'utf8')).toBe('# token\nACME_TOKEN=acme_0123456789abcdef\n');
    expect(readFileSync(file('npm/npmrc/.npmrc'), 'utf8')).toContain('_authToken=');
    expect(readFileSync(file('privatekey/rsa/input'), 'utf8')).toBe(PEM);
    for (const gone of [
      'npm/npmrc/options.ts',
      'npm/npmrc/output.json',
      'example',
      'preset-recommend',
      'config-loader',
    ])
      expect(existsSync(file(gone)), gone).toBe(false);

    const doc = JSON.parse(readFileSync(path.join(out, 'labels.json'), 'utf8')) as {
      complete: boolean;
      labels: { path: string; line: number; endLine?: number; category: string; sourceRule: string }[];
    };
    expect(doc.complete).toBe(false);
    expect(doc.labels.map((l) => [l.path, l.line, l.endLine, l.category, l.sourceRule])).toEqual([
      ['acme/ng.token/input.txt', 2, undefined, 'provider', 'ACME_TOKEN'],
      ['aws/ng.id/input', 1, undefined, 'informative', 'AWSAccessKeyID'],
      ['basicauth/ng.url/input.txt', 1, undefined, 'generic', 'BasicAuth'],
      ['npm/npmrc/.npmrc', 1, undefined, 'provider', 'Npmrc_authToken'],
      ['privatekey/rsa/input', 1, 3, 'private-key', 'PrivateKey'],
    ]);
    // The negative case is copied, with no label.
    expect(existsSync(file('acme/ok.valid/input.txt'))).toBe(true);
    expect(readFileSync(path.join(out, 'LICENSE'), 'utf8')).toBe('MIT License\n');
    expect(readFileSync(path.join(out, 'README.md'), 'utf8')).toMatch(
      /5 rule packages, 6 cases: 5 with\s+messages,\s+1 with none/,
    );
  });
});
