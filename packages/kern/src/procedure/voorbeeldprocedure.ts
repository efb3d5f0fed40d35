// A small procedure used only by kern's own tests: a register of signals with an order key, closing, and a
// schema change between version 1 and 2 (`door` became `rol`), so upcasting is exercised.
import * as z from 'zod/v4';
import { epochMs } from '../datum/datum.js';
import { tijdstipSchema } from '../resultaat/schemas.js';
import { type Overgang, procedure } from './procedure.js';

export const kopSchema = z.object({ id: z.string().regex(/^[a-z]+-[0-9]+$/) });
export const gebeurtenisSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('gemeld'), tijdstip: tijdstipSchema, rol: z.enum(['leerkracht', 'directeur']) }),
  z.object({
    type: z.literal('besproken'),
    tijdstip: tijdstipSchema,
    rol: z.enum(['leerkracht', 'directeur']),
  }),
  z.object({ type: z.literal('gesloten'), tijdstip: tijdstipSchema, rol: z.literal('directeur') }),
]);
export type Kop = z.infer<typeof kopSchema>;
export type Gebeurtenis = z.infer<typeof gebeurtenisSchema>;
export interface Toestand {
  readonly meldingen: number;
  readonly besprekingen: number;
  readonly gesloten: boolean;
}

/** Counts every fold step, so tests can prove each event is folded once. */
export const tellers = { pasToe: 0 };

const tel =
  <E>(pasToe: Overgang<Kop, E, Toestand>['pasToe']): Overgang<Kop, E, Toestand>['pasToe'] =>
  (t, g, k) => {
    tellers.pasToe++;
    return pasToe(t, g, k);
  };

export const voorbeeld = /* @__PURE__ */ procedure({
  naam: 'voorbeeld',
  versie: 2,
  kop: kopSchema,
  gebeurtenis: gebeurtenisSchema,
  opwaarderen: {
    gebeurtenis: [({ door, ...rest }) => ({ ...rest, rol: door })],
  },
  begin: (): Toestand => ({ meldingen: 0, besprekingen: 0, gesloten: false }),
  moment: (g) => epochMs(g.tijdstip),
  gesloten: (t) => t.gesloten,
  overgangen: {
    gemeld: { pasToe: tel((t) => ({ ...t, meldingen: t.meldingen + 1 })) },
    besproken: {
      controleer: (t) =>
        t.meldingen === 0 ? [{ code: 'NOG_NIET_GEMELD', pad: ['type'], melding: 'Eerst melden.' }] : [],
      pasToe: tel((t) => ({ ...t, besprekingen: t.besprekingen + 1 })),
    },
    gesloten: { pasToe: tel((t) => ({ ...t, gesloten: true })) },
  },
  openTermijnen: (t) =>
    t.meldingen > t.besprekingen
      ? [{ code: 'BESPREKEN' as const, rol: 'leerkracht' as const, tekst: 'Bespreek de melding.' }]
      : [],
  volgendeStappen: (t) =>
    t.gesloten ? [] : [{ code: 'SLUITEN' as const, rol: 'directeur' as const, tekst: 'Sluit het dossier.' }],
});
