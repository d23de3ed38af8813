import { describe, expect, it } from 'vitest';
import { leadingZeroBits, solve } from './proof-of-work';

describe('proof of work', () => {
  it('counts leading zero bits as the server does', () => {
    expect(leadingZeroBits(new Uint8Array([0, 0, 0x80]))).toBe(16);
    expect(leadingZeroBits(new Uint8Array([0, 0x01]))).toBe(15);
    expect(leadingZeroBits(new Uint8Array([0xff]))).toBe(0);
  });

  it('finds a nonce whose SHA-256 with the salt starts with the zero bits asked for', async () => {
    const nonce = await solve('c0ffee', 12);
    const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`c0ffee:${nonce}`));
    expect(leadingZeroBits(new Uint8Array(hash))).toBeGreaterThanOrEqual(12);
    // The first solution: no smaller number solves it.
    for (let n = 0; n < Number(nonce); n++) {
      const h = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`c0ffee:${n}`));
      expect(leadingZeroBits(new Uint8Array(h))).toBeLessThan(12);
    }
  });
});
