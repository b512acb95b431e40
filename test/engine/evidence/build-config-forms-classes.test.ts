/**
 * Issue 11: credentials in the forms build definitions and daemons' configuration files write
 * them, where no assignment operator sits between the name and the value or the name is a
 * block's: a Gradle repository's `credentials { … }` block, sbt's `Credentials(…)`. Realistic
 * snippets, made-up values; the whole built-in rule set runs, as in a scan.
 */
import { describe, expect, it } from 'vitest';
import { expectFound, scan } from '../../helpers/builtin-scan.js';

const MIXED = 'Tq7vLp2Wz9xR4m';

describe('a repository password in a build definition', () => {
  it.each([
    [
      'a Groovy DSL credentials block',
      'build.gradle',
      [
        'publishing {',
        '  repositories {',
        '    maven {',
        '      url "https://nexus.corp.net/repository/releases"',
        '      credentials {',
        '        username "deployer"',
        `        password "${MIXED}"`,
        '      }',
        '    }',
        '  }',
        '}',
      ].join('\n'),
      'gradle-repository-credentials-password',
    ],
    [
      'a Kotlin DSL credentials block',
      'build.gradle.kts',
      `repositories {\n    maven {\n        url = uri("https://nexus.corp.net/repository/releases")\n        credentials {\n            username = "deployer"\n            password = "${MIXED}"\n        }\n    }\n}\n`,
      'gradle-repository-credentials-password',
    ],
    [
      'sbt Credentials',
      'build.sbt',
      `credentials += Credentials("Sonatype Nexus Repository Manager", "nexus.corp.net", "deployer", "${MIXED}")\n`,
      'sbt-credentials-password',
    ],
  ])('%s', (_what, path, text, ruleId) => {
    expect(expectFound(text, path, MIXED, ruleId).confidence).not.toBe('low');
  });

  it('reports a demonstration password in a credentials block at low confidence, in the docs as an example', () => {
    const text = "credentials {\n    username 'user'\n    password 'password'\n}\n";
    const inBuild = scan(text, 'build.gradle').find((f) => f.ruleId === 'gradle-repository-credentials-password');
    expect([inBuild?.secret, inBuild?.confidence]).toEqual(['password', 'low']);
    const inDocs = scan(text, 'docs/publishing.md').find((f) => f.ruleId === 'gradle-repository-credentials-password');
    expect([inDocs?.confidence, inDocs?.example]).toEqual(['low', true]);
  });

  it.each([
    ['properties read from gradle.properties', 'credentials {\n  username mavenUser\n  password mavenPassword\n}\n'],
    ['the environment', 'credentials {\n  password = System.getenv("NEXUS_PASSWORD")\n}\n'],
    ['sbt credentials from the environment', 'credentials += Credentials("Realm", "nexus.corp.net", user, pass)\n'],
  ])('leaves %s alone', (_what, text) => {
    expect(scan(text, 'build.gradle').map((m) => m.ruleId)).toEqual([]);
  });
});
