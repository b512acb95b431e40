/**
 * Issue 10, item 3: the redaction property. For generated files planting fake secrets (raw,
 * several on one line, spanning lines, and base64 / percent / escape encoded), no output of the
 * real CLI — text, json, sarif, junit, github, the pre-commit output, and stderr with
 * TOKGUARD_DEBUG=1 — holds any 8-character slice of a planted secret or of the encoded text it
 * was planted as, in worktree, staged and history scans. With --show-secrets every planted secret
 * is reported in full, so the property is not met by finding nothing.
 *
 * Seeded and bounded: TOKGUARD_PROPERTY_SEED and TOKGUARD_PROPERTY_RUNS change them (a failure
 * prints the seed and the case to replay). Each case is six CLI runs per mode, so the default
 * is RUNS cases of working-tree scans and half as many of staged and of history scans: about
 * 40 CLI runs, 20 s of CPU.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { GitRepo } from '../helpers/git-repo.js';
import { hexEscape, leakedSlices, percentEncode } from '../helpers/leaks.js';
import { tempTree } from '../helpers/tmp.js';

const SEED = Number(process.env.TOKGUARD_PROPERTY_SEED ?? 1010);
const RUNS = Number(process.env.TOKGUARD_PROPERTY_RUNS ?? 3);
const FORMATS = ['text', 'json', 'sarif', 'junit', 'github'] as const;

/** A planted secret: what is written into the file, what must never be printed, what the scan reports. */
interface Plant {
  text: string;
  /** Strings no output may share an 8-character slice with. */
  forbidden: string[];
  /** A string the reported secret must contain (with --show-secrets). */
  reported: string;
}

type Kind = 'github' | 'aws' | 'stripe' | 'slack' | 'npm' | 'base64' | 'percent' | 'escape' | 'pem' | 'solana';

/** Every key comes from the case's own seed, so a shrunk case replays the same keys. */
function plant(kind: Kind, keys: FakeKeys): Plant {
  const raw = (token: string, name: string): Plant => ({
    text: `${name}=${token}`,
    forbidden: [token],
    reported: token,
  });
  switch (kind) {
    case 'github':
      return raw(keys.github(), 'GITHUB_TOKEN');
    case 'aws':
      return raw(keys.awsAccessKeyId(), 'aws_access_key_id');
    case 'stripe':
      return raw(keys.stripeLive(), 'STRIPE_KEY');
    case 'slack':
      return raw(keys.slackBot(), 'SLACK_TOKEN');
    case 'npm':
      return raw(keys.npm(), 'NPM_TOKEN');
    case 'base64': {
      const token = keys.github();
      const run = Buffer.from(`GITHUB_TOKEN=${token}`).toString('base64');
      return { text: `auth: ${run}`, forbidden: [token, run], reported: token };
    }
    case 'percent': {
      const token = keys.stripeLive();
      const enc = percentEncode(`key=${token}`);
      return { text: `url: "https://example.test/?q=${enc}"`, forbidden: [token, enc], reported: token };
    }
    case 'escape': {
      const token = keys.slackBot();
      const enc = hexEscape(`SLACK=${token}`);
      return { text: `s = "${enc}"`, forbidden: [token, enc], reported: token };
    }
    case 'pem': {
      const pem = keys.ecPrivateKeyPem().trimEnd();
      const body = pem.split('\n').filter((l) => !l.startsWith('-----'));
      return { text: `key: |\n${pem}`, forbidden: body, reported: body[0]! };
    }
    case 'solana': {
      const bytes = keys.solanaKeypair();
      const pretty = `[\n${bytes.map((b) => `  ${b}`).join(',\n')}\n]`;
      return { text: `"keypair": ${pretty}`, forbidden: [bytes.join(','), bytes.join(', ')], reported: `${bytes[0]},` };
    }
  }
}

const KINDS: Kind[] = ['github', 'aws', 'stripe', 'slack', 'npm', 'base64', 'percent', 'escape', 'pem', 'solana'];
const FILLER = ['', 'config', '# settings', 'export', 'value: 1', 'x', '// TODO', 'name = "demo"', '{', '}'];

/** A file: lines, each holding filler and up to three plants (so secrets share lines). */
const fileModel = fc.array(
  fc.record({
    filler: fc.constantFrom(...FILLER),
    plants: fc.array(fc.constantFrom(...KINDS), { minLength: 0, maxLength: 3 }),
    separator: fc.constantFrom(' ', ', ', '; ', '\t'),
  }),
  { minLength: 1, maxLength: 5 },
);

const caseModel = fc.record({
  seed: fc.integer({ min: 0, max: 1_000_000 }),
  files: fc
    .array(fileModel, { minLength: 1, maxLength: 3 })
    .filter((files) => files.some((f) => f.some((l) => l.plants.length > 0))),
});

type Case = typeof caseModel extends fc.Arbitrary<infer T> ? T : never;

function render(c: Case): { files: Record<string, string>; plants: Plant[] } {
  const keys = new FakeKeys(`redaction-property:${c.seed}`);
  const plants: Plant[] = [];
  const files: Record<string, string> = {};
  c.files.forEach((lines, i) => {
    const text = lines.map((l) => {
      const ps = l.plants.map((k) => plant(k, keys));
      plants.push(...ps);
      return [l.filler, ...ps.map((p) => p.text)].filter(Boolean).join(l.separator);
    });
    files[`conf/file${i}.txt`] = `${text.join('\n')}\n`;
  });
  return { files, plants };
}

const DEBUG_ENV = { TOKGUARD_DEBUG: '1' };

/** Every format, stdout and stderr together, with TOKGUARD_DEBUG on; and the --show-secrets JSON. */
async function outputs(
  args: string[],
  options: { cwd?: string; env?: Record<string, string> },
): Promise<{ all: string; revealed: string[] }> {
  const env = { ...options.env, ...DEBUG_ENV };
  const runs = await Promise.all(FORMATS.map((f) => runCli([...args, '--format', f], { ...options, env })));
  for (const r of runs) expect(r.code, r.stderr).toBe(1);
  const shown = await runCli([...args, '--format', 'json', '--show-secrets'], { ...options, env });
  const revealed = (JSON.parse(shown.stdout) as { findings: { secret: string }[] }).findings.map((f) => f.secret);
  return { all: runs.map((r) => `${r.stdout}\n${r.stderr}`).join('\n'), revealed };
}

function check(plants: Plant[], result: { all: string; revealed: string[] }): void {
  for (const p of plants)
    expect(
      result.revealed.some((s) => s.includes(p.reported)),
      `planted ${p.reported} is reported`,
    ).toBe(true);
  expect(
    leakedSlices(
      result.all,
      plants.flatMap((p) => p.forbidden),
    ),
  ).toEqual([]);
}

function property(
  scan: (files: Record<string, string>) => Promise<{ all: string; revealed: string[] }>,
  numRuns = RUNS,
): Promise<void> {
  return fc.assert(
    fc.asyncProperty(caseModel, async (c) => {
      const { files, plants } = render(c);
      check(plants, await scan(files));
    }),
    { seed: SEED, numRuns, endOnFailure: true },
  );
}

describe('no output holds a planted secret unless --show-secrets (property)', () => {
  it('working tree scans', async () => {
    await property((files) => outputs(['scan', tempTree(files)], {}));
  }, 600_000);

  it('staged scans (the pre-commit output)', async () => {
    await property(
      async (files) => {
        const repo = new GitRepo();
        repo.commit('init', { 'README.md': 'demo\n' });
        repo.write(files);
        repo.git('add', '-A');
        return outputs(['scan', '--staged'], { cwd: repo.dir, env: repo.env });
      },
      Math.ceil(RUNS / 2),
    );
  }, 600_000);

  it('history scans', async () => {
    await property(
      async (files) => {
        const repo = new GitRepo();
        repo.commit('add config', files);
        repo.commit('remove config', {}, { remove: Object.keys(files) });
        return outputs(['scan', '--history'], { cwd: repo.dir, env: repo.env });
      },
      Math.ceil(RUNS / 2),
    );
  }, 600_000);
});
