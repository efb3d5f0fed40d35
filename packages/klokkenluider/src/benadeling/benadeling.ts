import { codeTekst, type Probleem, type Resultaat, type Taal } from '@schoolveiligheid/kern';
import { KLOKKENLUIDER_PROBLEEM_CODES } from '../codes/codes.js';
import { type KlokkenluiderDossier, klokkenluiderProcedure } from '../dossier/procedure.js';

/** A measure the presumption of Wbk art. 17eb covers, as checked by {@link controleerMaatregelen}. */
export interface GecontroleerdeMaatregel {
  /** Index of the `maatregel-genomen` event in the dossier. */
  readonly index: number;
  /** The measure carries the employer's motivation that it is unrelated to the report. */
  readonly gemotiveerd: boolean;
}

const MELDMOMENTEN: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'melding-ontvangen',
  'extern-gemeld',
  'openbaar-gemaakt',
]);

/**
 * The benadeling validator. A measure against the reporter (or an adviser, connected third party or designated
 * official, Wbk art. 17ec) during or after the handling of a report, or after a public disclosure, is presumed
 * to be caused by it (art. 17eb), with no time window: the employer must show otherwise. Every such
 * `maatregel-genomen` event recorded without a motivation that it is unrelated to the report is a problem
 * `BENADELING_ZONDER_MOTIVERING` at its path (Dutch, or English with `{ taal: 'en' }`); measures before any
 * report are not covered. A dossier that does not replay gives its problems; this validator never throws.
 *
 * @example
 * ```ts
 * import { controleerMaatregelen, klokkenluiderProcedure } from '@schoolveiligheid/klokkenluider';
 * const d = klokkenluiderProcedure.herspeel(
 *   { id: 'kl-6', melder: { id: 'medewerker-7', relatie: 'werknemer' }, vermoeden: { belangen: ['gevaar-veiligheid'], redelijkeGronden: true }, bevoegdGezagBetrokken: false },
 *   [{ type: 'extern-gemeld', datum: '2025-03-03', autoriteit: 'huis-voor-klokkenluiders' },
 *    { type: 'maatregel-genomen', datum: '2026-11-02', soort: 'overplaatsing', betreft: 'melder', motiveringLosVanMelding: false }],
 * );
 * const r = d.ok ? controleerMaatregelen(d.waarde) : undefined;
 * r?.ok === false ? r.problemen.map((p) => p.pad) : []; //=> [['gebeurtenissen', 1, 'motiveringLosVanMelding']]
 * ```
 */
export function controleerMaatregelen(
  dossier: KlokkenluiderDossier,
  opties?: { readonly taal?: Taal },
): Resultaat<readonly GecontroleerdeMaatregel[]> {
  const t = klokkenluiderProcedure.toestand(dossier);
  if (!t.ok) return t;
  const taal: Taal = opties?.taal === 'en' ? 'en' : 'nl';
  let gemeld = false;
  const gecontroleerd: GecontroleerdeMaatregel[] = [];
  const problemen: Probleem[] = [];
  dossier.gebeurtenissen.forEach((g, index) => {
    if (MELDMOMENTEN.has(g.type)) gemeld = true;
    if (g.type !== 'maatregel-genomen' || !gemeld) return;
    gecontroleerd.push({ index, gemotiveerd: g.motiveringLosVanMelding });
    if (!g.motiveringLosVanMelding)
      problemen.push({
        code: 'BENADELING_ZONDER_MOTIVERING',
        pad: ['gebeurtenissen', index, 'motiveringLosVanMelding'],
        melding: codeTekst(KLOKKENLUIDER_PROBLEEM_CODES, 'BENADELING_ZONDER_MOTIVERING', taal),
      });
  });
  return problemen.length > 0 ? { ok: false, problemen } : { ok: true, waarde: gecontroleerd };
}
