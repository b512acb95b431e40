/**
 * Modular exponentiation on BigInts, square-and-multiply: the key checks that recompute a public
 * value from a private one (Y = G^X mod P, an RSA round trip) share it.
 */
export function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  let b = base % mod;
  for (let e = exp; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % mod;
    b = (b * b) % mod;
  }
  return result;
}
