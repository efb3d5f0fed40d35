// The generic dossier laws run against kern's example procedure (a register of signals with an order key,
// closing and an upcast from version 1), plus proof that each law can fail: broken procedures it must reject.
import { epochMs, procedure, type Tijdstip, tijdstipSchema } from '@schoolveiligheid/kern';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/v4';
import { tellers, voorbeeld } from '../../../kern/src/procedure/voorbeeldprocedure.js';
import { amsterdamOffsetMinuten, metOffset, schooljarenBereik, tijdstip } from '../generatoren/datum.js';
import { dossierWetControles, dossierWetten, telVouwen } from './dossierwetten.js';

const MINUUT_MS = 60_000;
const begin = Date.parse(`${schooljarenBereik().van}T00:00:00Z`);

/** Stored headers: mostly valid ids, sometimes not. */
const kop = fc.oneof(
  { arbitrary: fc.stringMatching(/^[a-z]{1,8}-[0-9]{1,4}$/).map((id) => ({ id })), weight: 9 },
  { arbitrary: fc.record({ id: fc.string() }), weight: 1 },
);

const amsterdams = (ms: number): Tijdstip => metOffset(ms, amsterdamOffsetMinuten(ms));

/** Instants from `begin` on, each the given number of minutes after the previous one. */
function cumulatief(stappen: readonly number[]): number[] {
  const uit: number[] = [];
  for (const s of stappen) uit.push((uit.at(-1) ?? begin) + s * MINUUT_MS);
  return uit;
}

/** One stored event of the example procedure, of schema version 2 (`rol`) or 1 (`door`, no `versie`). */
const gebeurtenis = (tijd: fc.Arbitrary<Tijdstip>) =>
  fc
    .record({
      type: fc.constantFrom('gemeld', 'gemeld', 'besproken', 'besproken', 'gesloten'),
      tijdstip: tijd,
      rol: fc.constantFrom('leerkracht', 'directeur'),
      oud: fc.boolean(),
    })
    .map(({ oud, rol, ...rest }) => (oud ? { ...rest, door: rol } : { ...rest, rol, versie: 2 }));

/** Event lists mostly in time order (sorted instants), sometimes as they come. */
const gebeurtenissen = fc.oneof(
  {
    arbitrary: fc.array(fc.integer({ min: 0, max: 60 * 24 * 14 }), { maxLength: 10 }).chain((stappen) => {
      const tijden = cumulatief(stappen).map(amsterdams);
      return fc.tuple(...tijden.map((tijd) => gebeurtenis(fc.constant(tijd))));
    }),
    weight: 4,
  },
  { arbitrary: fc.array(gebeurtenis(tijdstip()), { maxLength: 6 }), weight: 1 },
);

/** n events the example accepts one after another: a first melding, then meldingen and besprekingen. */
const reeks = (n: number) =>
  fc
    .tuple(
      fc.array(fc.integer({ min: 0, max: 600 }), { minLength: n, maxLength: n }),
      fc.array(fc.boolean(), { minLength: n, maxLength: n }),
    )
    .map(([stappen, bespreek]) => {
      const tijden = cumulatief(stappen);
      return stappen.map((_, i) => ({
        type: i > 0 && bespreek[i] ? 'besproken' : 'gemeld',
        tijdstip: amsterdams(tijden[i]!),
        rol: 'leerkracht',
        versie: 2,
      }));
    });

dossierWetten(voorbeeld, { kop, gebeurtenissen, reeks });

describe('telVouwen', () => {
  it('counts the same pasToe calls as the example procedure counts itself', () => {
    const geteld = telVouwen(voorbeeld);
    const d0 = geteld.procedure.nieuwDossier({ id: 'a-1' });
    if (!d0.ok) throw new Error('header refused');
    const voor = tellers.pasToe;
    const d1 = geteld.procedure.verwerk(d0.waarde, {
      type: 'gemeld',
      tijdstip: '2026-11-23T09:00:00+01:00',
      rol: 'leerkracht',
    });
    expect(d1.ok).toBe(true);
    expect(geteld.aantal).toBe(1);
    expect(tellers.pasToe - voor).toBe(1);
    expect(geteld.perType).toEqual({ gemeld: 1 });
    geteld.nul();
    expect(geteld.aantal).toBe(0);
    expect(geteld.perType).toEqual({});
  });
});

// --- the laws can fail ------------------------------------------------------------------------------------

const notitieSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('notitie'), tijdstip: tijdstipSchema, tekst: z.string() }),
  z.object({ type: z.literal('sluit'), tijdstip: tijdstipSchema }),
]);
const notitieGebeurtenissen = fc.array(
  fc.oneof(
    fc.record({
      type: fc.constant('notitie'),
      tijdstip: fc.constant('2026-11-23T09:00:00+01:00'),
      tekst: fc.string(),
    }),
    fc.record({ type: fc.constant('sluit'), tijdstip: fc.constant('2026-11-24T09:00:00+01:00') }),
  ),
  { maxLength: 4 },
);

/** A procedure that copies free text into its next steps: the echo law must reject it. */
const lekkend = procedure({
  naam: 'lekkend',
  versie: 1,
  kop: z.object({ id: z.string() }),
  gebeurtenis: notitieSchema,
  begin: () => ({ laatste: '', dicht: false }),
  moment: (g) => epochMs(g.tijdstip),
  gesloten: (t) => t.dicht,
  overgangen: {
    notitie: { pasToe: (t, g) => ({ ...t, laatste: g.tekst }) },
    sluit: { pasToe: (t) => ({ ...t, dicht: true }) },
  },
  openTermijnen: () => [],
  volgendeStappen: (t) => [{ code: 'LEZEN', rol: 'directeur' as const, tekst: `Lees: ${t.laatste}` }],
});

/** A procedure whose state depends on how often it was folded: not deterministic. */
let keer = 0;
const grillig = procedure({
  naam: 'grillig',
  versie: 1,
  kop: z.object({ id: z.string() }),
  gebeurtenis: notitieSchema,
  begin: () => ({ keer: 0 }),
  overgangen: {
    notitie: { pasToe: () => ({ keer: ++keer }) },
    sluit: { pasToe: () => ({ keer: ++keer }) },
  },
  openTermijnen: () => [],
  volgendeStappen: () => [],
});

/** A procedure whose next steps throw a raw TypeError on a dossier without notes. */
const breekbaar = procedure({
  naam: 'breekbaar',
  versie: 1,
  kop: z.object({ id: z.string() }),
  gebeurtenis: notitieSchema,
  begin: (): { notities: string[] | null } => ({ notities: null }),
  overgangen: {
    notitie: { pasToe: (t, g) => ({ notities: [...(t.notities ?? []), g.tekst] }) },
    sluit: { pasToe: (t) => t },
  },
  openTermijnen: () => [],
  volgendeStappen: (t) =>
    t.notities!.map(() => ({ code: 'LEZEN', rol: 'directeur' as const, tekst: 'Lees.' })),
});

/** The message of what `f` throws, with its cause: fast-check reports the failing assertion as the cause. */
function foutVan(f: () => void): string {
  try {
    f();
  } catch (e) {
    const cause = (e as { cause?: unknown }).cause;
    return `${(e as Error).message}\n${cause instanceof Error ? cause.message : ''}`;
  }
  return 'no error';
}

describe('the laws reject broken procedures', () => {
  const basis = { kop: fc.constant({ id: 'd-1' }), gebeurtenissen: notitieGebeurtenissen };

  it('echo: a procedure that copies free text into a step', () => {
    expect(foutVan(() => dossierWetControles(lekkend, basis).echootGeenPersoonsgegevens())).toMatch(
      /personal text came back[\s\S]*volgendeStappen/,
    );
  });

  it('determinism: a procedure whose state depends on a counter', () => {
    expect(foutVan(() => dossierWetControles(grillig, basis).herspeelIsDeterministisch())).toMatch(
      /Property failed/,
    );
  });

  it('no untyped throw: a procedure whose steps throw a TypeError', () => {
    expect(foutVan(() => dossierWetControles(breekbaar, basis).gooitNooit())).toMatch(
      /untyped throw: TypeError/,
    );
  });

  it('batch: a verwerkAlle that forgets the index of the refused event', () => {
    const zonderIndex = {
      ...voorbeeld,
      verwerkAlle: (d: unknown, lijst: unknown) => {
        const r = voorbeeld.verwerkAlle(d as never, lijst);
        return r.ok
          ? r
          : { ok: false as const, problemen: r.problemen.map((p) => ({ ...p, pad: p.pad.slice(1) })) };
      },
    };
    expect(
      foutVan(() => dossierWetControles(zonderIndex, { kop, gebeurtenissen }).alleIsStapVoorStap()),
    ).toMatch(/Property failed/);
  });

  it('weak generators fail loudly: no accepted header, no closed dossier', () => {
    expect(() =>
      dossierWetControles(lekkend, { ...basis, kop: fc.constant({ id: 5 }) }).herspeelIsDeterministisch(),
    ).toThrow(/never gave a header/);
    expect(() =>
      dossierWetControles(lekkend, { ...basis, gebeurtenissen: fc.constant([]) }).geslotenWeigert?.(),
    ).toThrow(/never reached a closed dossier/);
  });

  it('a procedure without moment or gesloten has no such law', () => {
    const wet = dossierWetControles(grillig, basis);
    expect(wet.tijdsvolgorde).toBeUndefined();
    expect(wet.geslotenWeigert).toBeUndefined();
  });
});
