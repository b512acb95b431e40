/**
 * The guard on what rotation writes (`Secrets.check`): it refuses output that holds a secret it
 * has seen, except where the occurrence lies wholly inside text known to be public (rule ids,
 * the paths of findings), which a weak generic finding can be part of.
 */
import { describe, expect, it } from 'vitest';
import { Secrets } from '../../src/rotate/types.js';

describe('Secrets.check', () => {
  it('refuses text that holds a secret', () => {
    const s = new Secrets();
    s.add('Tq7vLp2Wz9xK');
    expect(() => s.check('the value is Tq7vLp2Wz9xK\n', 'standard output')).toThrow(
      'internal error: refusing to write a secret to standard output',
    );
    expect(s.check('the value is Tq7v********\n', 'standard output')).toBe('the value is Tq7v********\n');
  });

  it('lets a secret through only inside public text (a rule id that holds a weak value)', () => {
    const s = new Secrets();
    s.add('django-insecure-');
    expect(() => s.check('  django-insecure-secret-key  not checked\n', 'standard output')).toThrow();
    s.addPublic(['django-insecure-secret-key', 'settings.py']);
    expect(s.check('  django-insecure-secret-key  not checked\n', 'standard output')).toContain('django-insecure');
    // The same value printed anywhere else is still refused.
    expect(() => s.check('django-insecure-secret-key: value django-insecure-\n', 'standard output')).toThrow();
  });

  it('still refuses a secret that merely contains public text', () => {
    const s = new Secrets();
    s.add('pw-settings.py-Xq9');
    s.addPublic(['settings.py']);
    expect(() => s.check('settings.py:3 pw-settings.py-Xq9\n', 'standard output')).toThrow();
  });

  it('checks output that prints many public texts, whichever was added first', () => {
    const ruleIds = Array.from({ length: 400 }, (_, i) => `acme-${i}-insecure-default-key`);
    const paths = Array.from({ length: 2000 }, (_, i) => `services/svc-${i}/config/settings.py`);
    const s = new Secrets();
    s.addPublic(paths);
    s.add('-insecure-default');
    s.addPublic(ruleIds);
    s.add('config/settings.py-Wq8');
    const plan = paths.map((p, i) => `${ruleIds[i % ruleIds.length]}  ${p}:${i + 1}\n`).join('');
    expect(s.check(plan, 'the plan')).toBe(plan);
    // A public text printed in part does not cover the secret.
    expect(() => s.check(`${plan}acme-3-insecure-default\n`, 'the plan')).toThrow();
    expect(() => s.check(`${plan}services/svc-7/config/settings.py-Wq8\n`, 'the plan')).toThrow();
  });
});
