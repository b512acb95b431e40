import { describe, expect, it } from 'vitest';
import { mapboxToken } from '../../../src/engine/validators/mapbox.js';
import { getValidator } from '../../../src/engine/validators/index.js';

const b64url = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

describe('mapbox validators', () => {
  it('are registered by name', () => {
    expect(getValidator('mapbox-token')).toBeTypeOf('function');
  });

  it('mapbox tokens carry a base64url JSON segment naming the user', () => {
    expect(
      mapboxToken(`sk.${b64url({ u: 'cartographer', a: 'ckq9w2x1a0b3c4d5e6f7g8h9i' })}.Zr5Yc2Nd8Hk4Jf6GeXv1Ws`),
    ).toBe(true);
    expect(mapboxToken(`pk.${b64url({ u: 'cartographer', a: 'x' })}.Zr5Yc2Nd8Hk4Jf6GeXv1Ws`)).toBe(true);
    expect(mapboxToken(`sk.${b64url({ a: 'no user' })}.Zr5Yc2Nd8Hk4Jf6GeXv1Ws`)).toBe(false);
    expect(mapboxToken('sk.eyJub3QganNvbg.Zr5Yc2Nd8Hk4Jf6GeXv1Ws')).toBe(false);
    expect(mapboxToken(`xx.${b64url({ u: 'a' })}.Zr5Yc2Nd8Hk4Jf6GeXv1Ws`)).toBe(false);
  });
});
