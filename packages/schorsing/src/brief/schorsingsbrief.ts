import {
  type Beleid,
  duurSchema,
  type Probleem,
  type Resultaat,
  type Schoolkalender,
  isoDatumSchema,
  leesbareDatum,
  valideer,
} from '@schoolveiligheid/kern';
import { z } from 'zod';
import { ontbrekendeKopieen, probleemVan } from '../invoer/invoer.js';
import { berekenSchorsing } from '../schorsing/schorsing.js';

/**
 * Roles that get a copy of a letter (Bijlage 20 of the seed: "c.c."; the wijkagent for a schoolpleinverbod).
 *
 * @example
 * ```ts
 * import { KOPIE_ROLLEN } from '@schoolveiligheid/schorsing';
 * KOPIE_ROLLEN.includes('inspectie'); //=> true
 * ```
 */
export const KOPIE_ROLLEN = ['leerplichtambtenaar', 'bestuur', 'inspectie', 'wijkagent'] as const;

/** A role that gets a copy of a letter. */
export type KopieRol = (typeof KOPIE_ROLLEN)[number];

/**
 * Zod schema of a schorsing letter (the seed's Bijlage 20 "Brief in verband met schorsing"): to whom, copies,
 * reasons, start, duration and last day, other measures, schoolwork, and how to object. Free-text fields
 * are checked for presence only and never echoed in a message.
 *
 * @example
 * ```ts
 * import { schorsingsbriefSchema } from '@schoolveiligheid/schorsing';
 * schorsingsbriefSchema.safeParse({ denominatie: 'openbaar' }).success; //=> false
 * ```
 */
export const schorsingsbriefSchema = /* @__PURE__ */ (() =>
  z.object({
    denominatie: z.enum(['openbaar', 'bijzonder']),
    /** Date on the letter (dagtekening). */
    datum: isoDatumSchema,
    /** Addressees: the parents or guardian. */
    aan: z.array(z.enum(['ouders', 'voogd', 'verzorgers'])).min(1),
    kopieAan: z.array(z.enum(KOPIE_ROLLEN)),
    /** Description of the behaviour and the reasons (WPO 40c lid 1: "met opgave van redenen"). */
    redenen: z.string().trim().min(1),
    ingangsdatum: isoDatumSchema,
    duur: duurSchema,
    /** "tot en met": the last day of the schorsing as stated in the letter. */
    laatsteDag: isoDatumSchema,
    /** Other measures, or a statement that there are none. */
    andereMaatregelen: z.string().trim().min(1),
    /** How the pupil keeps up with schoolwork (seed step 5). */
    schoolwerk: z.string().trim().min(1),
    /** Earlier talk with pupil, parents and teacher (seed step 1). */
    eerderOverleg: isoDatumSchema.optional(),
    /** How to object. */
    rechtsmiddel: z.object({
      soort: z.enum(['awb-bezwaar', 'civiele-rechter']),
      termijnWeken: z.number().int().positive().optional(),
    }),
  }))();

/** A schorsing letter as validated by {@link valideerSchorsingsbrief}. */
export type Schorsingsbrief = z.output<typeof schorsingsbriefSchema>;

/** Context of {@link valideerSchorsingsbrief}: the school's calendar and policy. */
export interface BriefContext {
  readonly kalender: Schoolkalender;
  readonly beleid?: Beleid;
}

const p = probleemVan;

/**
 * Validates a schorsing letter (seed Bijlage 20, WPO 40c): the fields must be there, the last day must be
 * what {@link berekenSchorsing} computes, the duration within the maximum, the schorsing not before the
 * letter, copies to the leerplichtambtenaar, the bestuur and (when longer than one day) the inspectie, and
 * the right remedy: Awb bezwaar within 6 weeks at an openbare school, the civil judge at a bijzondere school.
 *
 * @example
 * ```ts
 * import { valideerSchorsingsbrief } from '@schoolveiligheid/schorsing';
 * import { schoolkalender } from '@schoolveiligheid/kern';
 * const kalender = schoolkalender({ regio: 'midden' });
 * const brief = {
 *   denominatie: 'bijzonder', datum: '2025-12-17', aan: ['ouders'], kopieAan: ['leerplichtambtenaar', 'bestuur', 'inspectie'],
 *   redenen: 'Gedrag beschreven in het dossier.', ingangsdatum: '2025-12-18', duur: { aantal: 5, eenheid: 'schooldagen' },
 *   laatsteDag: '2026-01-07', andereMaatregelen: 'Geen.', schoolwerk: 'Huiswerk via de leerkracht.',
 *   rechtsmiddel: { soort: 'civiele-rechter' },
 * };
 * valideerSchorsingsbrief(brief, { kalender }).ok; //=> true
 * const fout = valideerSchorsingsbrief({ ...brief, denominatie: 'openbaar', laatsteDag: '2025-12-24' }, { kalender });
 * fout.ok ? [] : fout.problemen.map((x) => x.code); //=> ['SCHORSINGSBRIEF_LAATSTE_DAG_ONJUIST', 'SCHORSINGSBRIEF_RECHTSMIDDEL_ONJUIST']
 * ```
 */
export function valideerSchorsingsbrief(invoer: unknown, context: BriefContext): Resultaat<Schorsingsbrief> {
  const basis = valideer(schorsingsbriefSchema, invoer);
  if (!basis.ok) return basis;
  const brief = basis.waarde;
  const lijst: Probleem[] = [];
  const schorsing = berekenSchorsing({
    ingangsdatum: brief.ingangsdatum,
    duur: brief.duur,
    kalender: context.kalender,
    besluitdatum: brief.datum,
    ...(context.beleid ? { beleid: context.beleid } : {}),
  });
  if (!schorsing.ok) {
    lijst.push(
      ...schorsing.problemen.map((x) => ({
        ...x,
        pad: x.pad[0] === 'duur' || x.pad[0] === 'ingangsdatum' ? x.pad : ['duur'],
      })),
    );
  } else {
    if (schorsing.waarde.laatsteDag !== brief.laatsteDag) {
      lijst.push(
        p(
          'SCHORSINGSBRIEF_LAATSTE_DAG_ONJUIST',
          ['laatsteDag'],
          `De laatste dag in de brief klopt niet met de schoolkalender; dat is ${leesbareDatum(schorsing.waarde.laatsteDag)}.`,
        ),
      );
    }
    if (schorsing.waarde.meldingInspectie.uitkomst && !brief.kopieAan.includes('inspectie')) {
      lijst.push(
        p(
          'SCHORSINGSBRIEF_KOPIE_INSPECTIE_ONTBREEKT',
          ['kopieAan'],
          'Een schorsing van meer dan één dag wordt aan de inspectie gemeld; stuur haar een kopie van de brief.',
        ),
      );
    }
  }
  if (brief.ingangsdatum < brief.datum) {
    lijst.push(
      p(
        'SCHORSINGSBRIEF_INGANG_VOOR_DAGTEKENING',
        ['ingangsdatum'],
        'De schorsing kan niet ingaan vóór de datum van de brief.',
      ),
    );
  }
  lijst.push(
    ...ontbrekendeKopieen(
      brief.kopieAan,
      ['leerplichtambtenaar', 'bestuur'],
      'SCHORSINGSBRIEF',
      'het model (Bijlage 20)',
    ),
  );
  const { soort, termijnWeken } = brief.rechtsmiddel;
  if (brief.denominatie === 'openbaar' && (soort !== 'awb-bezwaar' || termijnWeken !== 6)) {
    lijst.push(
      p(
        'SCHORSINGSBRIEF_RECHTSMIDDEL_ONJUIST',
        ['rechtsmiddel'],
        'Een openbare school vermeldt dat de ouders binnen 6 weken bezwaar kunnen maken bij het bevoegd gezag (Awb); niet alleen de rechter.',
      ),
    );
  }
  if (brief.denominatie === 'bijzonder' && soort !== 'civiele-rechter') {
    lijst.push(
      p(
        'SCHORSINGSBRIEF_RECHTSMIDDEL_ONJUIST',
        ['rechtsmiddel'],
        'Bij een bijzondere school staat tegen een schorsing geen wettelijk bezwaar open; vermeld de weg naar de civiele rechter.',
      ),
    );
  }
  return lijst.length ? { ok: false, problemen: lijst } : { ok: true, waarde: brief };
}
