import {
  type Besluit,
  type Bron,
  besluit,
  codeTekst,
  type IsoDatum,
  isoDatumSchema,
  plusMaanden,
  type Reden,
  SchoolveiligheidFout,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import { LEEFTIJD_TELLING } from '../bronnen/bronnen.js';
import { MELDCODE_REDEN_CODES, type MeldcodeRedenCode } from '../codes/codes.js';
import {
  archiefTermijn,
  signaalMaxActief,
  signaalVerlengbaar,
  verwijsindexMaxLeeftijd,
} from '../regels/regels.js';
import { regelVerantwoording } from '../regels/verantwoording.js';
import { eisGeldig } from './invoer.js';
import { verjaardagVan } from './tijd.js';

/** Why a reporter removed a melding before its term: Jeugdwet 7.1.4.5 lid 1 a/b, or an AVG request (art. 16/17/21). */
export type VerwijderReden = 'niet-terecht' | 'risico-weg' | 'avg-verzoek';

/**
 * Schema of a Verwijsindex melding as the school stores it: the dates only, never the concern (Jeugdwet
 * 7.1.4.3). `verwijderdOp` and `verwijderReden` go together.
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { verwijsindexSignaalSchema } from '@schoolveiligheid/meldcode';
 * valideer(verwijsindexSignaalSchema, { gemeldOp: '2026-03-02', geboortedatum: '2016-05-01' }).ok; //=> true
 * valideer(verwijsindexSignaalSchema, { gemeldOp: '2026-03-02', geboortedatum: '2016-05-01', verwijderdOp: '2026-06-01' }).ok; //=> false
 * ```
 */
export const verwijsindexSignaalSchema = /* @__PURE__ */ z
  .strictObject({
    gemeldOp: isoDatumSchema.describe('The date the melding was made (Jeugdwet 7.1.4.3 lid 1 onder b).'),
    geboortedatum: isoDatumSchema.describe("The jeugdige's date of birth (for the 23rd birthday)."),
    verwijderdOp: isoDatumSchema
      .optional()
      .describe('The date the reporter removed the melding early, if so.'),
    verwijderReden: /* @__PURE__ */ z
      .enum(['niet-terecht', 'risico-weg', 'avg-verzoek'])
      .optional()
      .describe('Why it was removed early: unjustified, risk gone (7.1.4.5 lid 1), or an AVG request.'),
    overledenOp: isoDatumSchema.optional().describe('The date the jeugdige died, if so.'),
  })
  .refine((s) => (s.verwijderdOp === undefined) === (s.verwijderReden === undefined), {
    path: ['verwijderReden'],
    params: { code: 'ONGELDIGE_WAARDE' },
  })
  .describe('A Verwijsindex melding: dates only (made, birth, early removal with its reason, death).');

/** A Verwijsindex melding. */
export type VerwijsindexSignaal = z.infer<typeof verwijsindexSignaalSchema>;

/** Where a melding stands at a date. */
export type SignaalFase = 'actief' | 'archief' | 'gewist';

/** Outcome of {@link signaalStatus}: plain JSON. */
export interface SignaalStatus {
  /** Active in the Verwijsindex, in the historisch meldingenarchief, or gone from both. */
  readonly fase: SignaalFase;
  /** The day the melding leaves (or left) the Verwijsindex: the planned removal date of 7.1.4.3 lid 1 onder c, or an earlier removal. */
  readonly verwijderdatum: IsoDatum;
  /** Why it leaves on that day. */
  readonly verwijderReden: VerwijderReden | 'twee-jaar' | 'leeftijd' | 'overlijden';
  /** The day the archive entry is destroyed, or null when the removal is not archived. */
  readonly vernietigdatum: IsoDatum | null;
  /** Whether the melding can still produce a match (only an active one can). */
  readonly kanMatchen: boolean;
}

/** The earliest of the given dates (ISO dates sort as text). */
function min(...data: (IsoDatum | undefined)[]): IsoDatum {
  const [eerste] = data.filter((d): d is IsoDatum => d !== undefined).sort();
  if (eerste === undefined) throw new SchoolveiligheidFout('ONGELDIGE_INVOER', 'Geen datum.');
  return eerste;
}

function reden(
  code: MeldcodeRedenCode,
  parameters: Reden['parameters'],
  bron?: Bron,
): Reden<MeldcodeRedenCode> {
  const b = bron ?? MELDCODE_REDEN_CODES[code].bron;
  return {
    code,
    tekst: codeTekst(MELDCODE_REDEN_CODES, code, 'nl', parameters ?? {}),
    ...(b ? { bron: b } : {}),
    ...(parameters ? { parameters } : {}),
  };
}

const REDEN_VAN: Readonly<Record<SignaalStatus['verwijderReden'], MeldcodeRedenCode>> = {
  'twee-jaar': 'SIGNAAL_TWEE_JAAR',
  leeftijd: 'SIGNAAL_LEEFTIJD',
  overlijden: 'SIGNAAL_OVERLIJDEN',
  'niet-terecht': 'SIGNAAL_NIET_TERECHT',
  'risico-weg': 'SIGNAAL_RISICO_WEG',
  'avg-verzoek': 'SIGNAAL_AVG_VERZOEK',
};

/** Removals that go to the historisch meldingenarchief (Jeugdwet 7.1.4.6 lid 1: lid 1 onder b and lid 2 onder a). */
const GEARCHIVEERD: ReadonlySet<SignaalStatus['verwijderReden']> = new Set(['risico-weg', 'twee-jaar']);

/**
 * The life of a Verwijsindex melding at `nu` (Jeugdwet 7.1.4.5 and 7.1.4.6), with reasons and sources:
 *
 * - active from `gemeldOp` until the earliest of: two years after it (24 calendar months), the jeugdige's 23rd
 *   birthday, death, or the reporter's earlier removal (unjustified, risk gone, AVG request);
 * - then, only when removed because the risk is gone or the two years passed, five years in the historisch
 *   meldingenarchief, destroyed earlier from the 23rd birthday or at death;
 * - then gone. A melding is never extended: a new one may be made.
 *
 * Throws `ONGELDIGE_INVOER` for input that is not a melding (also a melding on or after the 23rd birthday,
 * before birth, or removed before it was made) and `ONGELDIGE_DATUM` for a bad `nu`.
 *
 * @example
 * ```ts
 * import { signaalStatus } from '@schoolveiligheid/meldcode';
 * const s = signaalStatus({ gemeldOp: '2025-03-03', geboortedatum: '2015-06-10' }, '2026-12-02');
 * [s.uitkomst.fase, s.uitkomst.verwijderdatum, s.uitkomst.vernietigdatum]; //=> ['actief', '2027-03-03', '2032-03-03']
 * signaalStatus({ gemeldOp: '2025-03-03', geboortedatum: '2004-06-10' }, '2027-06-10').uitkomst.fase; //=> 'gewist'
 * ```
 */
export function signaalStatus(signaal: unknown, nu: IsoDatum): Besluit<SignaalStatus, MeldcodeRedenCode> {
  const s = eisGeldig(verwijsindexSignaalSchema, signaal, 'geen geldige verwijsindexmelding');
  const peil = eisGeldig(isoDatumSchema, nu, 'nu');
  return statusVan(s, peil);
}

/** {@link signaalStatus} on validated input. */
export function statusVan(s: VerwijsindexSignaal, nu: IsoDatum): Besluit<SignaalStatus, MeldcodeRedenCode> {
  const maxActief = signaalMaxActief.waarden.at(-1)?.waarde;
  const archief = archiefTermijn.waarden.at(-1)?.waarde;
  const leeftijd = verwijsindexMaxLeeftijd.waarden.at(-1)?.waarde;
  if (!maxActief || !archief || typeof leeftijd !== 'number')
    throw new SchoolveiligheidFout('REGEL_NIET_GELDIG', 'De verwijsindexregels hebben geen waarde.');
  const grens = verjaardagVan(s.geboortedatum, leeftijd);
  const ongeldig = (melding: string): never => {
    throw new SchoolveiligheidFout('ONGELDIGE_INVOER', melding);
  };
  if (s.gemeldOp < s.geboortedatum) ongeldig('De melding ligt voor de geboortedatum.');
  if (s.gemeldOp >= grens) ongeldig('Op de meldingsdatum was de persoon geen jeugdige (23 jaar of ouder).');
  if (s.verwijderdOp !== undefined && s.verwijderdOp < s.gemeldOp)
    ongeldig('De melding is verwijderd voordat zij werd gedaan.');
  if (s.overledenOp !== undefined && s.overledenOp < s.gemeldOp)
    ongeldig('De melding ligt na het overlijden.');

  const tweeJaar = plusMaanden(s.gemeldOp, maxActief.aantal);
  const automatisch: { datum: IsoDatum; reden: SignaalStatus['verwijderReden'] } =
    s.overledenOp !== undefined && s.overledenOp < min(tweeJaar, grens)
      ? { datum: s.overledenOp, reden: 'overlijden' }
      : grens <= tweeJaar
        ? { datum: grens, reden: 'leeftijd' }
        : { datum: tweeJaar, reden: 'twee-jaar' };
  const vroeg =
    s.verwijderdOp !== undefined && s.verwijderReden !== undefined && s.verwijderdOp < automatisch.datum
      ? { datum: s.verwijderdOp, reden: s.verwijderReden }
      : undefined;
  const verwijdering = vroeg ?? automatisch;
  const gearchiveerd = GEARCHIVEERD.has(verwijdering.reden);
  const archiefEinde = gearchiveerd
    ? min(plusMaanden(verwijdering.datum, archief.aantal), grens, s.overledenOp)
    : null;
  const vernietigdatum = archiefEinde !== null && archiefEinde > verwijdering.datum ? archiefEinde : null;
  const fase: SignaalFase =
    nu < verwijdering.datum
      ? 'actief'
      : vernietigdatum !== null && nu < vernietigdatum
        ? 'archief'
        : 'gewist';

  const redenen: Reden<MeldcodeRedenCode>[] = [];
  if (fase === 'actief') redenen.push(reden('SIGNAAL_ACTIEF', { verwijderdatum: verwijdering.datum }));
  redenen.push(
    reden(REDEN_VAN[verwijdering.reden], {
      verwijderdatum: verwijdering.datum,
      gemeldOp: s.gemeldOp,
      leeftijd,
    }),
  );
  if (vernietigdatum !== null) {
    redenen.push(reden('SIGNAAL_IN_ARCHIEF', { vernietigdatum }));
    if (fase !== 'gewist') redenen.push(reden('ARCHIEF_EENMALIG_SIGNAAL', {}));
  } else redenen.push(reden('SIGNAAL_NIET_GEARCHIVEERD', {}));
  if (fase === 'gewist') redenen.push(reden('SIGNAAL_GEWIST', {}));
  // a melding is not extended: when the two years pass a new one may be made
  if (verwijdering.reden === 'twee-jaar' && signaalVerlengbaar.waarden.at(-1)?.waarde === false)
    redenen.push(reden('NIEUWE_MELDING_MOGELIJK', {}));
  redenen.push(reden('LEEFTIJD_TELLING', {}, LEEFTIJD_TELLING));
  return besluit(
    {
      fase,
      verwijderdatum: verwijdering.datum,
      verwijderReden: verwijdering.reden,
      vernietigdatum,
      kanMatchen: fase === 'actief',
    },
    redenen,
    regelVerantwoording(),
  );
}
