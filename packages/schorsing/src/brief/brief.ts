// What the letter validators share: the copy roles, the context, the fields every letter has, reading a
// letter against the school calendar, the schorsing a letter states, and the copies a model letter asks for.
import {
  type Beleid,
  type Duur,
  type IsoDatum,
  type Probleem,
  type Resultaat,
  type RolId,
  type Schoolkalender,
  SchoolveiligheidFout,
  isoDatumSchema,
  valideer,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import type { SchorsingProbleemCode } from '../codes/codes.js';
import { isKalender, isObjectInvoer, probleemVan } from '../invoer/invoer.js';
import { berekenSchorsing, type Schorsing } from '../schorsing/schorsing.js';

/**
 * Roles that get a copy of a letter (Bijlage 20 of the seed: "c.c."; the wijkagent for a schoolpleinverbod),
 * as ids of kern's role vocabulary: the bestuur is `bevoegd-gezag`, the wijkagent `politie`.
 *
 * @example
 * ```ts
 * import { KOPIE_ROLLEN } from '@schoolveiligheid/schorsing';
 * KOPIE_ROLLEN.includes('inspectie'); //=> true
 * KOPIE_ROLLEN.includes('bevoegd-gezag'); //=> true
 * ```
 */
export const KOPIE_ROLLEN = [
  'leerplichtambtenaar',
  'bevoegd-gezag',
  'inspectie',
  'politie',
] as const satisfies readonly RolId[];

/** A role that gets a copy of a letter (a {@link RolId} of kern). */
export type KopieRol = (typeof KOPIE_ROLLEN)[number];

/** Context of the letter validators (`valideerSchorsingsbrief`, `valideerVerwijderingsbrief`): the school's calendar and policy. */
export interface BriefContext {
  readonly kalender: Schoolkalender;
  readonly beleid?: Beleid;
}

/** The fields every letter has: its date, to whom, and the roles that get a copy. */
export function briefVelden() {
  return {
    datum: isoDatumSchema.meta({ description: 'Date on the letter (dagtekening).' }),
    aan: z
      .array(z.enum(['ouders', 'voogd', 'verzorgers']))
      .min(1)
      .meta({ description: 'Addressees: the parents, guardian or carers.' }),
    kopieAan: z.array(z.enum(KOPIE_ROLLEN)).meta({ description: 'Roles that get a copy (kern role ids).' }),
  };
}

/**
 * Validates a letter of a kind: its schema first, once the context holds a school calendar
 * (`KALENDER_VEREIST` otherwise: the letter's dates are checked against it), then the letter's own checks,
 * given the copies its model asks for that are missing (`problemen` lists all in order). Valid when no check
 * finds a problem.
 */
export function valideerBrief<S extends z.ZodType<{ readonly kopieAan: readonly KopieRol[] }>>(
  soort: keyof typeof VERPLICHTE_KOPIEEN,
  schema: S,
  invoer: unknown,
  context: BriefContext,
  problemen: (brief: z.output<S>, kopieen: Probleem[]) => Probleem[],
): Resultaat<z.output<S>> {
  if (!isObjectInvoer(context) || !isKalender(context.kalender))
    throw new SchoolveiligheidFout(
      'KALENDER_VEREIST',
      'Een brief wordt gecontroleerd met de schoolkalender van de school: geef { kalender: schoolkalender(...) } mee.',
    );
  const basis = valideer(schema, invoer);
  if (!basis.ok) return basis;
  const lijst = problemen(basis.waarde, ontbrekendeKopieen(soort, basis.waarde.kopieAan));
  return lijst.length ? { ok: false, problemen: lijst } : { ok: true, waarde: basis.waarde };
}

/** The schorsing a letter states, on the school's calendar and policy, decided on the letter's date. */
export function schorsingVolgensBrief(
  schorsing: { readonly ingangsdatum: IsoDatum; readonly duur: Duur },
  datum: IsoDatum,
  context: BriefContext,
): Resultaat<Schorsing> {
  return berekenSchorsing({
    ingangsdatum: schorsing.ingangsdatum,
    duur: schorsing.duur,
    kalender: context.kalender,
    besluitdatum: datum,
    ...(context.beleid ? { beleid: context.beleid } : {}),
  });
}

const LIDWOORD: Readonly<Record<KopieRol, string>> = {
  leerplichtambtenaar: 'de leerplichtambtenaar',
  'bevoegd-gezag': 'het bevoegd gezag (bestuur)',
  inspectie: 'de inspectie',
  politie: 'de politie (wijkagent)',
};

/** The copies each model letter asks for, with the code of each missing one, and where the model says so. */
const VERPLICHTE_KOPIEEN = {
  schorsingsbrief: {
    waar: 'het model (Bijlage 20)',
    rollen: [
      ['leerplichtambtenaar', 'SCHORSINGSBRIEF_KOPIE_LEERPLICHTAMBTENAAR_ONTBREEKT'],
      ['bevoegd-gezag', 'SCHORSINGSBRIEF_KOPIE_BESTUUR_ONTBREEKT'],
    ],
  },
  verwijderingsbrief: {
    waar: 'het veiligheidsplan (stap 8)',
    rollen: [
      ['leerplichtambtenaar', 'VERWIJDERINGSBRIEF_KOPIE_LEERPLICHTAMBTENAAR_ONTBREEKT'],
      ['inspectie', 'VERWIJDERINGSBRIEF_KOPIE_INSPECTIE_ONTBREEKT'],
    ],
  },
} as const satisfies Record<
  string,
  { readonly waar: string; readonly rollen: readonly (readonly [KopieRol, SchorsingProbleemCode])[] }
>;

/** One problem per role a letter of this kind must copy but does not, each with its own stable code. */
export function ontbrekendeKopieen(
  brief: keyof typeof VERPLICHTE_KOPIEEN,
  kopieAan: readonly KopieRol[],
): Probleem[] {
  const { waar, rollen } = VERPLICHTE_KOPIEEN[brief];
  return rollen
    .filter(([rol]) => !kopieAan.includes(rol))
    .map(([rol, code]) =>
      probleemVan(code, ['kopieAan'], `Volgens ${waar} gaat een kopie naar ${LIDWOORD[rol]}.`, { rol }),
    );
}
