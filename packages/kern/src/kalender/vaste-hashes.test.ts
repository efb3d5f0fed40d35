import { describe, expect, it } from 'vitest';
import { inhoudHash } from '../verantwoording/verantwoording.js';
import { kalenderInhoud } from './kalender.js';
import { SCHOOLVAKANTIES_INHOUD_HASH } from './schoolkalender.js';
import { SCHOOLVAKANTIES } from './schoolvakanties.js';
import { WERKKALENDER_INHOUD_HASH, werkkalender, werkkalenderDefinitie } from './werkkalender.js';

// issue 9: the receipts' content hashes of fixed data are constants, so the first deadline of a process does not
// hash kilobytes of data. These tests recompute them: changing the besluiten or the vacation data without a new
// constant fails here (write the value the test prints into the constant).
describe('content hashes fixed at build time', () => {
  it('the werkkalender hash equals the hash of its definition', () => {
    expect(inhoudHash(kalenderInhoud(werkkalenderDefinitie()))).toBe(WERKKALENDER_INHOUD_HASH);
    expect(werkkalender().inhoudHash()).toBe(WERKKALENDER_INHOUD_HASH);
  });

  it('the vacation hash equals the hash of the shipped vacation data', () => {
    expect(inhoudHash(SCHOOLVAKANTIES)).toBe(SCHOOLVAKANTIES_INHOUD_HASH);
  });
});
