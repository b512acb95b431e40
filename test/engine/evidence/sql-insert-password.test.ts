/**
 * Issue 11: a password inserted by an SQL statement into a column named for one, as seed files,
 * migrations and dumps write it. The column's place in the list says which value is the password;
 * a hash stored there, a bind variable and a demo word are left alone.
 */
import { describe, expect, it } from 'vitest';
import { FakeKeys } from '../../helpers/fake-keys.js';
import { scan } from '../../helpers/builtin-scan.js';

const keys = new FakeKeys('sql-insert-password');
const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const pw = (): string => {
  for (;;) {
    const v = keys.chars(14, BASE62);
    if (/\d/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v)) return v;
  }
};
const RULE = 'sql-insert-password';
const inserted = (text: string, path = 'db/seed.sql') =>
  scan(text, path)
    .filter((m) => m.ruleId === RULE)
    .map((m) => m.secret);

describe('a password in an INSERT', () => {
  it('takes the value in the password column’s place, wherever the column is', () => {
    const [a, b, c] = [pw(), pw(), pw()];
    const text =
      `INSERT INTO users (password, name) VALUES ('${a}', 'root');\n` +
      `INSERT INTO \`users\` (\`id\`, \`created_at\`, \`login\`, \`user_pass\`) VALUES (3, NOW(), 'ops', '${b}');\n` +
      `INSERT INTO public.accounts (id, name, note, email, role, team, pwd) VALUES (9, 'etl', 'it''s ok', 'e@corp.net', 'admin', 7, '${c}');\n`;
    expect(inserted(text)).toEqual([a, b, c]);
  });

  it('is reported in a mysqldump of a users table', () => {
    const v = pw();
    const text =
      '-- MySQL dump 10.13\n--\n-- Dumping data for table `members`\n--\n\nLOCK TABLES `members` WRITE;\n' +
      `INSERT INTO \`members\` (\`id\`, \`email\`, \`password\`, \`active\`) VALUES (1, 'kim@corp.net', '${v}', 1);\n` +
      'UNLOCK TABLES;\n';
    expect(inserted(text, 'backup/members.sql')).toEqual([v]);
  });

  it('leaves other columns, stored hashes, bind variables and demo words alone', () => {
    const v = pw();
    for (const line of [
      `INSERT INTO users (name, password, email) VALUES ('${v}', 'x7', 'a@b.c');`,
      "INSERT INTO users (name, password) VALUES ('admin', '$2y$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy');",
      "INSERT INTO users (name, password) VALUES ('admin', 'e10adc3949ba59abbe56e057f20f883e');",
      "INSERT INTO users (name, password) VALUES ('admin', '{SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=');",
      "INSERT INTO users (name, password) VALUES ('admin', 'pbkdf2_sha256$260000$abc$def');",
      'INSERT INTO users (name, password) VALUES (?, ?);',
      "INSERT INTO users (name, password) VALUES ('admin', 'admin');",
      `INSERT INTO users (name, password_reset_token) VALUES ('admin', '${v}');`,
    ])
      expect(inserted(`${line}\n`), line).toEqual([]);
  });
});
