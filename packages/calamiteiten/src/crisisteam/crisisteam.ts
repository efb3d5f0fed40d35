import {
  amsterdamseDatum,
  type Beleid,
  berekenTermijn,
  codeTekst,
  epochMs,
  type IsoDatum,
  isoDatumSchema,
  type Probleem,
  type Resultaat,
  SchoolveiligheidFout,
  type Taal,
  type TaalOpties,
  taalUitOpties,
  type TermijnUitkomst,
  type Tijdstip,
  valideer,
  waardeVoor,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import { CALAMITEITEN_PROBLEEM_CODES, type CalamiteitenProbleemCode } from '../codes/codes.js';
import { crisisteamBijeenkomst, crisisteamMaxLeden } from '../regels/regels.js';
import { CALAMITEITEN_ROLLEN, type CalamiteitenRol } from '../rollen/rollen.js';

/** Whom the crisis concerns: a child or its parents, or a staff member (seed, Samenstelling van het crisisteam). */
export type CrisisSoort = 'kind-of-ouders' | 'personeelslid';

/**
 * The crisis team's composition as the seed sets it: the members who take part in any case per kind of crisis,
 * and the optional members ("Ib'er, leerkracht, een directeur van een andere school, vertrouwensarts, etc.",
 * with the members the klachtenregeling's crisis team names: the contact person and the external confidential
 * adviser). A member of the college van bestuur is `bevoegd-gezag`.
 *
 * @example
 * ```ts
 * import { CRISISTEAM_SAMENSTELLING } from '@schoolveiligheid/calamiteiten';
 * CRISISTEAM_SAMENSTELLING.personeelslid; //=> ['directeur', 'hrm-beleidsmedewerker', 'bevoegd-gezag']
 * ```
 */
export const CRISISTEAM_SAMENSTELLING = {
  'kind-of-ouders': ['directeur', 'sbo-directeur', 'coordinator-groeiacademie', 'bevoegd-gezag'],
  personeelslid: ['directeur', 'hrm-beleidsmedewerker', 'bevoegd-gezag'],
  optioneel: [
    'intern-begeleider',
    'leerkracht',
    'directeur-andere-school',
    'vertrouwensarts',
    'interne-contactpersoon',
    'externe-vertrouwenspersoon',
    'veiligheidscoordinator',
  ],
} as const satisfies Record<CrisisSoort | 'optioneel', readonly CalamiteitenRol[]>;

const rolSchema = /* @__PURE__ */ z
  .enum(Object.keys(CALAMITEITEN_ROLLEN) as [CalamiteitenRol, ...CalamiteitenRol[]])
  .meta({ description: 'A member by function (role id), never by name.' });

/**
 * Schema of a proposed crisis team: whom the crisis concerns, its members by function, and the day the director
 * asks for it (the rules in force that day apply).
 *
 * @example
 * ```ts
 * import { valideer } from '@schoolveiligheid/kern';
 * import { crisisteamSchema } from '@schoolveiligheid/calamiteiten';
 * valideer(crisisteamSchema, { soort: 'personeelslid', leden: ['directeur'], peildatum: '2026-12-02' }).ok; //=> true
 * ```
 */
export const crisisteamSchema = /* @__PURE__ */ z
  .object({
    soort: /* @__PURE__ */ z
      .enum(['kind-of-ouders', 'personeelslid'])
      .meta({ description: 'Whom the crisis concerns.' }),
    leden: /* @__PURE__ */ z.array(rolSchema).max(100).meta({ description: 'The members, by function.' }),
    peildatum: isoDatumSchema.meta({ description: 'The day the director asks for the crisis team.' }),
  })
  .meta({ description: 'A proposed crisis team (seed Taken en functies: het crisisteam).' });

/** A proposed crisis team. */
export type Crisisteam = z.infer<typeof crisisteamSchema>;

/** A valid crisis team, with what the seed says about its work. */
export interface GeldigCrisisteam extends Crisisteam {
  /** The maximum that applied. */
  readonly maximum: number;
  /** The team advises; the director and the board decide, each within their own powers. */
  readonly adviserend: true;
  /** What members learn stays within the team unless the team agrees otherwise. */
  readonly vertrouwelijk: true;
}

const probleem = (
  code: CalamiteitenProbleemCode,
  pad: Probleem['pad'],
  taal: Taal,
  parameters?: Record<string, string | number>,
  inTekst: Record<string, string | number> | undefined = parameters,
): Probleem => ({
  code,
  pad,
  melding: codeTekst(CALAMITEITEN_PROBLEEM_CODES, code, taal, inTekst),
  ...(parameters ? { parameters } : {}),
});

/**
 * Validates a crisis team's composition against the seed: every mandatory member for this kind of crisis, only
 * mandatory or optional functions, no function twice, and at most the maximum (6; a seventh member is refused
 * with `CRISISTEAM_TE_GROOT` at its index). A school's `beleid` may set its own maximum. The messages are Dutch;
 * `{ taal: 'en' }` gives them in English, with the role's English label (codes, paths and parameters stay the same).
 *
 * @example
 * ```ts
 * import { valideerCrisisteam } from '@schoolveiligheid/calamiteiten';
 * const r = valideerCrisisteam({ soort: 'personeelslid', leden: ['directeur', 'hrm-beleidsmedewerker', 'bevoegd-gezag'], peildatum: '2026-12-02' });
 * r.ok; //=> true
 * const zeven = valideerCrisisteam({ soort: 'personeelslid', leden: ['directeur', 'hrm-beleidsmedewerker', 'bevoegd-gezag', 'intern-begeleider', 'leerkracht', 'vertrouwensarts', 'directeur-andere-school'], peildatum: '2026-12-02' });
 * zeven.ok ? [] : zeven.problemen.map((p) => [p.code, p.pad]); //=> [['CRISISTEAM_TE_GROOT', ['leden', 6]]]
 * const en = valideerCrisisteam({ soort: 'personeelslid', leden: ['directeur', 'bevoegd-gezag'], peildatum: '2026-12-02' }, undefined, { taal: 'en' });
 * en.ok ? '' : en.problemen[0]?.melding; //=> 'In this crisis HR policy officer takes part in any case.'
 * ```
 */
export function valideerCrisisteam(
  invoer: unknown,
  beleid?: Beleid,
  opties?: TaalOpties,
): Resultaat<GeldigCrisisteam> {
  const taal = taalUitOpties(opties);
  const basis = valideer(crisisteamSchema, invoer, { taal });
  if (!basis.ok) return basis;
  const team = basis.waarde;
  const maximum = waardeVoor(crisisteamMaxLeden, team.peildatum, beleid).waarde;
  const verplicht: readonly CalamiteitenRol[] = CRISISTEAM_SAMENSTELLING[team.soort];
  const toegestaan = new Set<CalamiteitenRol>([...verplicht, ...CRISISTEAM_SAMENSTELLING.optioneel]);
  const problemen: Probleem[] = [];
  const gezien = new Set<CalamiteitenRol>();
  team.leden.forEach((rol, i) => {
    if (gezien.has(rol)) problemen.push(probleem('CRISISTEAM_LID_DUBBEL', ['leden', i], taal));
    else if (!toegestaan.has(rol))
      problemen.push(probleem('CRISISTEAM_LID_NIET_TOEGESTAAN', ['leden', i], taal));
    gezien.add(rol);
    if (i === maximum) problemen.push(probleem('CRISISTEAM_TE_GROOT', ['leden', i], taal, { max: maximum }));
  });
  for (const rol of verplicht)
    if (!gezien.has(rol))
      problemen.push(
        probleem(
          'CRISISTEAM_VERPLICHT_LID_ONTBREEKT',
          ['leden'],
          taal,
          { rol: CALAMITEITEN_ROLLEN[rol].label },
          { rol: taal === 'en' ? CALAMITEITEN_ROLLEN[rol].en : CALAMITEITEN_ROLLEN[rol].label },
        ),
      );
  return problemen.length
    ? { ok: false, problemen }
    : { ok: true, waarde: { ...team, maximum, adviserend: true, vertrouwelijk: true } };
}

/**
 * The term in which the crisis team meets: 24 hours after the director's request (seed, Procedure 2), with its
 * trace; a school arrangement, so the Algemene termijnenwet does not extend it. Throws `ONGELDIG_TIJDSTIP` for a
 * bad instant.
 *
 * @example
 * ```ts
 * import { crisisteamBijeenkomstTermijn } from '@schoolveiligheid/calamiteiten';
 * crisisteamBijeenkomstTermijn('2026-12-18T16:00:00+01:00').vervaltOp; //=> '2026-12-19T16:00:00+01:00'
 * ```
 */
export function crisisteamBijeenkomstTermijn(verzoekOp: Tijdstip, beleid?: Beleid): TermijnUitkomst {
  if (typeof verzoekOp !== 'string')
    throw new SchoolveiligheidFout('ONGELDIG_TIJDSTIP', 'Geef het verzoek als tijdstip met zone.');
  const peildatum: IsoDatum = amsterdamseDatum(epochMs(verzoekOp));
  const regel = waardeVoor(crisisteamBijeenkomst, peildatum, beleid);
  return berekenTermijn({
    gebeurtenis: verzoekOp,
    duur: regel.waarde,
    grondslag: 'regeling',
    bron: regel.bron,
  });
}
