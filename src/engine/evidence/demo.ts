/**
 * Evidence that a credential is a demonstration: the values, user names and hosts that
 * documentation and tests use, in the places they use them. Each fact alone is weak (a real
 * password can be `tiger`, a real database can live on `localhost`); together they say that the
 * finding is an example rather than a leak. General lists only: nothing here comes from one
 * project.
 */
import type { FileKind } from './file-kind.js';
import { unleet, type ValueShape } from './value-shape.js';

/** Passwords typed in examples, in lower case with leetspeak undone. */
const DEMO_VALUES = new Set([
  'changeme',
  'changeit',
  'mypass',
  'mypassword',
  'mypasswd',
  'mypw',
  'mysecret',
  'mytoken',
  'mykey',
  'somepass',
  'some_pass',
  'somepassword',
  'some_password',
  'somesecret',
  'some_secret',
  'yourpass',
  'yourpassword',
  'tiger',
  'scott',
  'secret',
  'secrets',
  'topsecret',
  'supersecret',
  'password',
  'passwd',
  'pass',
  'pwd',
  'pw',
  'foo',
  'bar',
  'baz',
  'qux',
  'foobar',
  'foobarbaz',
  'test',
  'tests',
  'testing',
  'tester',
  'testpass',
  'testpassword',
  'demo',
  'sample',
  'example',
  'dummy',
  'fake',
  'hunter',
  'letmein',
  'qwerty',
  'abc',
  'abcd',
  'xyz',
  'asdf',
  'admin',
  'root',
  'guest',
  'user',
  'username',
  'login',
  'default',
  'welcome',
  'opensesame',
  'open sesame',
  'hello',
  'world',
  'helloworld',
  'sesame',
  'dbpass',
  'dbpassword',
  'apikey',
  'api_key',
  'token',
  'key',
  'value',
  'xxx',
]);

/** User names typed in examples. */
const DEMO_USERS = new Set([
  'scott',
  'user',
  'username',
  'myuser',
  'my_user',
  'someuser',
  'some_user',
  'youruser',
  'foo',
  'bar',
  'me',
  'test',
  'tester',
  'testuser',
  'demo',
  'example',
  'john',
  'jdoe',
  'johndoe',
  'alice',
  'bob',
  'admin',
  'root',
  'guest',
  'login',
  'dbuser',
  'db_user',
  'app',
]);

// RFC 2606 and RFC 6761 names, loopback, and the stand-ins documentation writes for "a host".
const EXAMPLE_HOST =
  /^(?:(?:[\w-]+\.)*(?:example|test|invalid|localhost)|(?:[\w-]+\.)*example\.(?:com|net|org|edu)|localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[?::1\]?|(?:some|my|your|the|db|database|remote|other)?[-_]?(?:host|hostname|server|domain)\d{0,2}|(?:my|your|some)[-_]?(?:host|server|db|database|domain|site|app|company|project|dsn)\w*(?:\.[\w-]+)*)$/i;

/**
 * The value with its decoration taken off and leetspeak undone: `Password123!` → `password`,
 * `p@ssw0rd` → `password`, `s3cr3t` → `secret`.
 */
function core(value: string): string {
  return unleet(value.replace(/[\d!?#*.]+$/, '') || value);
}

/** The value's letters without their diacritics (`pässwörd` → `password`), read as UTF-8 when it is. */
function folded(value: string): string {
  if (!/[\x80-\xff]/.test(value)) return value;
  const utf8 = Buffer.from(value, 'latin1').toString('utf8');
  return (utf8.includes('\ufffd') ? value : utf8).normalize('NFD').replace(/\p{M}/gu, '');
}

// "my password", "some secret", "Your Password": a value that names what goes there.
const MINE = /^(?:my|some|your)[_ -]?(?:pass\w*|pw|pwd|secret\w*|token|key|user\w*|db\w*|app\w*)$/i;

/** A value that examples use (`tiger`, `changeme`, `some_pass`, `secret123`). */
export function isDemoValue(value: string): boolean {
  if (/[\x80-\xff]/.test(value) && folded(value) !== value) return isDemoValue(folded(value));
  const lower = value.toLowerCase();
  return DEMO_VALUES.has(lower) || DEMO_VALUES.has(core(value)) || MINE.test(value);
}

// "your account", "my_user", "Some Login": a user name that names what goes there.
const MINE_USER = /^(?:my|some|your)[_ -]?(?:user\w*|account|login|e-?mail|name)$/i;

export function isDemoUser(user: string): boolean {
  return DEMO_USERS.has(user.toLowerCase()) || user.length <= 2 || MINE_USER.test(user);
}

/** A host that is no real machine, or one that is only this one. */
export function isExampleHost(host: string): boolean {
  return EXAMPLE_HOST.test(host.replace(/:\d+$/, ''));
}

export interface DemoFacts {
  fileKind: FileKind;
  value: string;
  shape: ValueShape;
  /** The assignment sits in a comment (code that was commented out, or a doc comment). */
  comment?: boolean;
  /** For a credential in a URL or a user/password pair: the user name and the host. */
  user?: string;
  host?: string;
}

/**
 * How strongly the facts say "this is a demonstration". 3 or more makes it an example; a value
 * that looks generated never is one, since a real key pasted into a README is still a leak.
 * The value alone never makes an example either: people do use `qwerty123` as a password, so
 * one fact about where it sits (a doc or test file, a comment, an example host or user) is
 * needed too.
 */
export function demoScore(f: DemoFacts): number {
  if (f.shape.random) return 0;
  let place = 0;
  if (f.fileKind === 'docs') place += 2;
  else if (f.fileKind === 'test' || f.fileKind === 'fixture' || f.fileKind === 'example') place += 1;
  if (f.comment) place += 1;
  if (f.user !== undefined && isDemoUser(f.user)) place += 1;
  if (f.host !== undefined && isExampleHost(f.host)) place += 1;
  if (place === 0) return 0;
  // A public host name is counter-evidence: documentation rarely points at a real server.
  if (f.host !== undefined && !isExampleHost(f.host) && PUBLIC_HOST.test(f.host)) place -= 1;
  // With the host cancelling the only fact about the place, what is left is the value alone.
  if (place <= 0) return 0;
  let d = place;
  if (isDemoValue(f.value)) d += 2;
  if (f.shape.length <= 3) d += 2;
  else if (f.shape.word && f.shape.length <= 10) d += 1;
  if (f.shape.sequence) d += 1;
  if (f.shape.entropy < 2.5) d += 1;
  return d;
}

export const DEMO_THRESHOLD = 3;

const PUBLIC_HOST = /^(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?$/i;
