import {
  type Besluit,
  besluit,
  codeTekst,
  type IsoDatum,
  isoDatumSchema,
  type Reden,
  waardeVoor,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import { MELDCODE_REDEN_CODES, type MeldcodeRedenCode } from '../codes/codes.js';
import { matchMinimum } from '../regels/regels.js';
import { regelVerantwoording } from '../regels/verantwoording.js';
import { eisGeldig } from './invoer.js';
import { statusVan } from './signaal.js';

const sleutel = /* @__PURE__ */ z
  .string()
  .regex(/^[a-z\d][a-z\d-]*$/)
  .max(100);

/**
 * Schema of the meldingen {@link zoekMatches} compares: per melding the dates of a Verwijsindex melding
 * plus opaque keys (never a name or BSN): the jeugdige, the reporter (meldingsbevoegde), the BRP home address
 * and the BRP parents.
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { matchMeldingenSchema } from '@schoolveiligheid/meldcode';
 * valideer(matchMeldingenSchema, [{ jeugdige: 'j-1', melder: 'ib-school-a', gemeldOp: '2026-10-01', geboortedatum: '2017-02-01' }]).ok; //=> true
 * ```
 */
export const matchMeldingenSchema = /* @__PURE__ */ z
  .array(
    /* @__PURE__ */ z
      .strictObject({
        jeugdige: sleutel.describe(
          'Opaque key of the jeugdige (the Verwijsindex links by BSN; the SDK never needs it).',
        ),
        melder: sleutel.describe(
          'Opaque key of the reporter (meldingsbevoegde); the only thing a match reveals.',
        ),
        gemeldOp: isoDatumSchema.describe('The date the melding was made.'),
        geboortedatum: isoDatumSchema.describe("The jeugdige's date of birth."),
        verwijderdOp: isoDatumSchema.optional().describe('Early removal date, if any.'),
        verwijderReden: /* @__PURE__ */ z
          .enum(['niet-terecht', 'risico-weg', 'avg-verzoek'])
          .optional()
          .describe('Why it was removed early.'),
        overledenOp: isoDatumSchema.optional().describe('Date of death, if any.'),
        woonadres: sleutel
          .optional()
          .describe('Opaque key of the BRP home address; leave out for an institutional address.'),
        ouders: /* @__PURE__ */ z
          .array(sleutel)
          .max(10)
          .optional()
          .describe('Opaque keys of the parents in the BRP.'),
      })
      .refine((s) => (s.verwijderdOp === undefined) === (s.verwijderReden === undefined), {
        path: ['verwijderReden'],
        params: { code: 'ONGELDIGE_WAARDE' },
      }),
  )
  .max(10_000)
  .describe('Verwijsindex meldingen to compare for matches: dates and opaque keys only.');

/** Meldingen for {@link zoekMatches}. */
export type MatchMeldingen = z.infer<typeof matchMeldingenSchema>;

/** The kind of link that made a match (Jeugdwet 7.1.2.3 lid 1 onder c, d, e). */
export type MatchSoort = 'zelfde-jeugdige' | 'zelfde-adres' | 'gemeenschappelijke-ouder';

/** A match: what the reporters receive, and nothing more (Jeugdwet 7.1.4.3 lid 2). */
export interface Match {
  readonly soort: MatchSoort;
  /** The reporters' keys, sorted: they receive each other's identity and contact details. */
  readonly melders: readonly string[];
  /** Whether the meldingen concern more than one jeugdige (the one extra fact a signal may carry). */
  readonly meerdereJeugdigen: boolean;
  /** Who checks that the reporters made contact: the college's matchregisseur (Jeugdwet 7.1.3.2). */
  readonly regie: 'college';
}

const SOORTEN: readonly {
  readonly soort: MatchSoort;
  readonly reden: MeldcodeRedenCode;
  readonly sleutels: (m: MatchMeldingen[number]) => readonly string[];
}[] = [
  { soort: 'zelfde-jeugdige', reden: 'MATCH_ZELFDE_JEUGDIGE', sleutels: (m) => [m.jeugdige] },
  { soort: 'zelfde-adres', reden: 'MATCH_ZELFDE_ADRES', sleutels: (m) => (m.woonadres ? [m.woonadres] : []) },
  {
    soort: 'gemeenschappelijke-ouder',
    reden: 'MATCH_GEMEENSCHAPPELIJKE_OUDER',
    sleutels: (m) => m.ouders ?? [],
  },
];

function reden(code: MeldcodeRedenCode, parameters: Reden['parameters'] = {}): Reden<MeldcodeRedenCode> {
  const bron = MELDCODE_REDEN_CODES[code].bron;
  return {
    code,
    tekst: codeTekst(MELDCODE_REDEN_CODES, code, 'nl', parameters),
    ...(bron ? { bron } : {}),
    parameters,
  };
}

/**
 * The matches among Verwijsindex meldingen at `nu` (Jeugdwet 7.1.2.3 lid 1 onder c-e): two or more active
 * meldingen, by at least two reporters, on the same jeugdige, on jeugdigen at the same home address
 * (institutional addresses left out), or on jeugdigen with a common parent. Inactive and archived meldingen
 * do not match. A match holds only the reporters' keys, whether more than one jeugdige is involved, and that
 * the college's matchregisseur follows it up: never the jeugdige, the address, the parents or the concern.
 *
 * Throws `ONGELDIGE_INVOER` for input that is not a list of meldingen (or holds an impossible melding, as
 * signaalStatus refuses), `ONGELDIGE_DATUM` for a bad `nu`, `REGEL_NIET_GELDIG` for a `nu` before 2015.
 *
 * @example
 * ```ts
 * import { zoekMatches } from '@schoolveiligheid/meldcode';
 * const b = zoekMatches([
 *   { jeugdige: 'j-1', melder: 'ib-school', gemeldOp: '2026-10-01', geboortedatum: '2017-02-01', woonadres: 'adres-1' },
 *   { jeugdige: 'j-2', melder: 'jgz-1', gemeldOp: '2026-11-01', geboortedatum: '2019-04-01', woonadres: 'adres-1' },
 * ], '2026-12-02');
 * b.uitkomst; //=> [{ soort: 'zelfde-adres', melders: ['ib-school', 'jgz-1'], meerdereJeugdigen: true, regie: 'college' }]
 * ```
 */
export function zoekMatches(meldingen: unknown, nu: IsoDatum): Besluit<readonly Match[], MeldcodeRedenCode> {
  const lijst = eisGeldig(matchMeldingenSchema, meldingen, 'geen lijst van verwijsindexmeldingen');
  const peil = eisGeldig(isoDatumSchema, nu, 'nu');
  const minimum = waardeVoor(matchMinimum, peil).waarde;
  const actief = lijst.filter((m) => {
    const datums = {
      gemeldOp: m.gemeldOp,
      geboortedatum: m.geboortedatum,
      ...(m.verwijderdOp && m.verwijderReden
        ? { verwijderdOp: m.verwijderdOp, verwijderReden: m.verwijderReden }
        : {}),
      ...(m.overledenOp ? { overledenOp: m.overledenOp } : {}),
    };
    return statusVan(datums, peil).uitkomst.kanMatchen;
  });
  const matches: Match[] = [];
  const redenen: Reden<MeldcodeRedenCode>[] = [];
  const gezien = new Set<string>();
  for (const { soort, reden: code, sleutels } of SOORTEN) {
    const groepen = new Map<string, MatchMeldingen[number][]>();
    for (const m of actief)
      for (const k of new Set(sleutels(m))) {
        const groep = groepen.get(k);
        if (groep) groep.push(m);
        else groepen.set(k, [m]);
      }
    for (const groep of groepen.values()) {
      const melders = [...new Set(groep.map((m) => m.melder))].sort();
      const jeugdigen = new Set(groep.map((m) => m.jeugdige));
      // a match links at least two reporters: a reporter's own second melding tells nobody anything new
      if (groep.length < minimum || melders.length < minimum) continue;
      // the same reporters on the same child are already linked by a finer kind of match
      const id = `${melders.join(' ')}|${jeugdigen.size > 1}`;
      if (soort !== 'zelfde-jeugdige' && jeugdigen.size === 1) continue;
      if (gezien.has(id)) continue;
      gezien.add(id);
      matches.push({ soort, melders, meerdereJeugdigen: jeugdigen.size > 1, regie: 'college' });
      redenen.push(reden(code, { aantal: groep.length }));
    }
  }
  if (matches.length > 0) redenen.push(reden('MATCH_REGIE_COLLEGE'), reden('MATCH_ZONDER_INHOUD'));
  return besluit(matches, redenen, regelVerantwoording());
}
