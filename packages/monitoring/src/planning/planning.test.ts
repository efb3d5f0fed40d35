import type { Tijdstip } from '@schoolveiligheid/kern';
import { draaiFixtures } from '@schoolveiligheid/testkit';
import { describe, expect, it } from 'vitest';
import { monitoringsplanning, type SchoolMonitoring } from './planning.js';

interface Invoer {
  readonly school: SchoolMonitoring;
  readonly schooljaar: string;
  readonly nu?: Tijdstip;
}

draaiFixtures<Invoer>(new URL('../../fixtures/planning.json', import.meta.url), (invoer) => {
  const p = monitoringsplanning(invoer.school, invoer.schooljaar, invoer.nu ? { nu: invoer.nu } : {});
  return {
    items: p.items.map((i) => ({
      code: i.code,
      rol: i.rol,
      uiterlijk: i.uiterlijk,
      ...(i.gepland ? { gepland: i.gepland } : {}),
      status: i.status,
      zekerheid: i.bron.zekerheid,
    })),
    achterstallig: p.achterstallig,
  };
});

describe('monitoringsplanning', () => {
  it('refuses a malformed school year', () => {
    expect(() => monitoringsplanning({ id: 'school-x' }, '2025-2027')).toThrow(/schooljaar/);
  });
});
