/**
 * Issue 11: the built CLI on a small project that leaks passwords in the forms people write in
 * deployment files, settings code, URLs and notes (not only `password = "…"`), beside the same
 * forms with references and templates that must stay quiet. Values are made up.
 */
import { describe, expect, it } from 'vitest';
import { byFileThenLine, jsonFindings, runCli, type CliFinding, type CliResult } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';

type Finding = CliFinding;

const findings = (r: CliResult): Finding[] => jsonFindings<Finding>(r);

const project = {
  Dockerfile: 'FROM node:20-alpine\nARG NPM_TOKEN\nENV DB_PASSWORD Kq83hdT2xPz9\nENV API_KEY=$API_KEY\nRUN npm ci\n',
  'docker-compose.yml':
    'services:\n  app:\n    environment:\n      - POSTGRES_PASSWORD=Hs82kdL3mQz9\n' +
    '      - REDIS_PASSWORD=${REDIS_PASSWORD}\n      SMTP_PASSWORD: ${SMTP_PASSWORD:-Pw83nsKq27x}\n',
  'k8s/deploy.yaml':
    'spec:\n  containers:\n    - name: app\n      env:\n        - name: DB_PASSWORD\n          value: "Tq7vLp2Wz9xR"\n' +
    '        - name: JWT_SECRET\n          valueFrom:\n            secretKeyRef:\n              name: app\n              key: jwt\n',
  'infra/variables.tf':
    'variable "db_password" {\n  type    = string\n  default = "Lm39dkQ7wZx4"\n}\n' +
    'variable "api_token" {\n  type      = string\n  sensitive = true\n}\n',
  'src/settings.py':
    'import os\nSECRET_KEY = os.environ.get("SECRET_KEY") or "Rt72nxB4qWe8Hs"\nDEBUG = os.getenv("DEBUG", "0")\n',
  'src/db.js':
    'const password = process.env.DB_PASSWORD || "Vb92_lQp38Zm";\n' +
    'const url = "mysql://app:" + "Zq8vR2kLmP4x" + "@db.internal:3306/orders";\n' +
    'const ftp = "ftp://deploy:Ws73jfKq91Lz@files.corp.net/in";\n',
  'notes/servers.txt': 'db1.corp.net (pw:Gx52mdPq83Ks)\nrouter ID/PW: admin/Jd84kfLs02Qm\n',
};

describe('tokguard scan: generic passwords in deployment, settings, URL and note layouts', () => {
  it('reports each leaked value once, at its line, and nothing for references', async () => {
    const dir = tempTree(project);
    const r = await runCli(['scan', dir, '--format', 'json', '--show-secrets']);
    expect(r.code).toBe(1);
    const got = findings(r)
      .map((f) => [f.file, f.line, f.secret])
      .sort(byFileThenLine);
    expect(got).toEqual([
      ['Dockerfile', 3, 'Kq83hdT2xPz9'],
      ['docker-compose.yml', 4, 'Hs82kdL3mQz9'],
      ['docker-compose.yml', 6, 'Pw83nsKq27x'],
      ['infra/variables.tf', 3, 'Lm39dkQ7wZx4'],
      ['k8s/deploy.yaml', 6, 'Tq7vLp2Wz9xR'],
      ['notes/servers.txt', 1, 'Gx52mdPq83Ks'],
      ['notes/servers.txt', 2, 'Jd84kfLs02Qm'],
      ['src/db.js', 1, 'Vb92_lQp38Zm'],
      ['src/db.js', 2, 'Zq8vR2kLmP4x'],
      ['src/db.js', 3, 'Ws73jfKq91Lz'],
      ['src/settings.py', 2, 'Rt72nxB4qWe8Hs'],
    ]);
  });

  it('keeps the secrets out of the report unless asked', async () => {
    const dir = tempTree(project);
    const r = await runCli(['scan', dir, '--format', 'json']);
    for (const v of ['Kq83hdT2xPz9', 'Tq7vLp2Wz9xR', 'Lm39dkQ7wZx4', 'Zq8vR2kLmP4x', 'Jd84kfLs02Qm'])
      expect(r.stdout).not.toContain(v);
  });

  it('reports a demo password on a demo host in the docs as an example at low confidence', async () => {
    const dir = tempTree({
      'docs/mail.md': 'Configure `smtp://user:mypass@mail.example.com:25` and restart.\n',
    });
    const list = findings(await runCli(['scan', dir, '--format', 'json']));
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ file: 'docs/mail.md', confidence: 'low', example: true });
  });
});
