// The werkkalender's fast closed-day test (used to build the index) against its reasons, over its whole range:
// a day is closed exactly when `sluiting` gives a reason (Atw art. 1 and 3: weekend, feestdag, gelijkgestelde dag).
import { describe, expect, it } from 'vitest';
import { dagnummer, uitDagnummer } from '../datum/datum.js';
import { werkkalenderDefinitie } from './werkkalender.js';

describe('werkkalender: gesloten agrees with sluiting', () => {
  it('on every day of 1990-2099', () => {
    const def = werkkalenderDefinitie();
    const afwijkend: string[] = [];
    for (let dag = dagnummer(def.van); dag <= dagnummer(def.tot); dag++) {
      if (def.gesloten?.(dag) !== (def.sluiting(dag) !== undefined)) afwijkend.push(uitDagnummer(dag));
    }
    expect(afwijkend).toEqual([]);
  });

  it('closes the days a reader checks by hand (Atw art. 3; KB Stcrt. 2016, 58653)', () => {
    const def = werkkalenderDefinitie();
    const dicht = (d: `${number}-${number}-${number}`) => def.gesloten?.(dagnummer(d));
    expect(dicht('2026-12-26')).toBe(true); // Saturday and Tweede Kerstdag
    expect(dicht('2019-12-27')).toBe(true); // equated by the KB for 2017-2019
    expect(dicht('2026-05-14')).toBe(true); // Hemelvaartsdag
    expect(dicht('2026-05-13')).toBe(false); // an ordinary Wednesday
  });
});
