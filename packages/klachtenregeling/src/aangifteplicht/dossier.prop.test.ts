import type { IsoDatum } from '@schoolveiligheid/kern';
import { dossierWetten, isoDatum } from '@schoolveiligheid/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aangifteplichtProcedure } from './dossier.js';

const kop = fc.oneof(
  { arbitrary: fc.stringMatching(/^[a-z]{1,8}-[0-9]{1,4}$/).map((id) => ({ id })), weight: 9 },
  { arbitrary: fc.record({ id: fc.string() }), weight: 1 },
);

const STAPPEN = [
  'bevoegd-gezag-ingelicht',
  'logboek-gestart',
  'crisisteam-gevormd',
  'ouders-ingelicht',
  'aangeklaagde-ingelicht',
  'aangifte-gedaan',
  'vertrouwensinspecteur-ingelicht',
  'afgesloten',
] as const;

const gebeurtenis = (datum: IsoDatum) =>
  fc.oneof(
    {
      arbitrary: fc.record({
        type: fc.constant('vermoeden-bekend'),
        datum: fc.constant(datum),
        bekendBij: fc.constantFrom('personeelslid', 'bevoegd-gezag'),
        slachtoffer: fc.constantFrom('leerling-van-de-school', 'geen-leerling'),
        pleger: fc.constantFrom('met-taken-belast', 'met-taken-belast', 'leerling', 'ouder'),
        feit: fc.constantFrom('seksueel-misdrijf', 'seksueel-misdrijf', 'ander-grensoverschrijdend-gedrag'),
      }),
      weight: 2,
    },
    { arbitrary: fc.record({ type: fc.constantFrom(...STAPPEN), datum: fc.constant(datum) }), weight: 6 },
    {
      arbitrary: fc.record({
        type: fc.constant('overleg-vertrouwensinspecteur'),
        datum: fc.constant(datum),
        redelijkVermoeden: fc.boolean(),
      }),
      weight: 2,
    },
  );

const gebeurtenissen = fc
  .array(isoDatum(), { maxLength: 12 })
  .chain((data) => fc.tuple(...[...data].sort().map(gebeurtenis)));

// No `reeks`: every step of art. 4a happens once, so a dossier has at most a dozen events (no fold-count law).
dossierWetten(aangifteplichtProcedure, { kop, gebeurtenissen });

describe('the legal order of WPO art. 4a lid 2', () => {
  it('volgendeStappen never offers aangifte before the consultation and the notice to parents and accused', () => {
    fc.assert(
      fc.property(gebeurtenissen, (lijst) => {
        // build the dossier event by event, keeping what the procedure accepts
        const start = aangifteplichtProcedure.nieuwDossier({ id: 'melding-1' });
        if (!start.ok) return;
        let d = start.waarde;
        for (const g of lijst) {
          const na = aangifteplichtProcedure.verwerkJson(d, g);
          if (na.ok) d = na.waarde;
          const t = aangifteplichtProcedure.toestand(d);
          if (!t.ok) continue;
          const stappen = aangifteplichtProcedure.volgendeStappen(d).map((s) => s.code);
          if (stappen.includes('AANGIFTE_DOEN')) {
            expect(t.waarde.overleg?.redelijkVermoeden).toBe(true);
            expect(t.waarde.oudersIngelichtOp).not.toBeNull();
            expect(t.waarde.aangeklaagdeIngelichtOp).not.toBeNull();
          }
          if (t.waarde.aangifteOp !== null) {
            // and an aangifte the kernel accepted always came after all three
            const { overleg, oudersIngelichtOp, aangeklaagdeIngelichtOp, aangifteOp } = t.waarde;
            expect(overleg?.redelijkVermoeden).toBe(true);
            expect(oudersIngelichtOp !== null && oudersIngelichtOp <= aangifteOp).toBe(true);
            expect(aangeklaagdeIngelichtOp !== null && aangeklaagdeIngelichtOp <= aangifteOp).toBe(true);
          }
          if (t.waarde.afgeslotenOp === null && t.waarde.route !== null && t.waarde.route !== 'wpo-4a')
            expect(stappen).toEqual(['ANDERE_ROUTE']);
        }
      }),
    );
  });
});
