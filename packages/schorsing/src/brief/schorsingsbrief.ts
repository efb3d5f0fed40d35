import {
  duurSchema,
  duurTekst,
  isoDatumSchema,
  leesbareDatum,
  type Probleem,
  type Resultaat,
  waardeOp,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import { probleemVan } from '../invoer/invoer.js';
import { denominatieSchema, vrijeTekstSchema } from '../invoer/schemas.js';
import { bezwaartermijnOpenbaar } from '../regels/regels.js';
import { type BriefContext, briefVelden, schorsingVolgensBrief, valideerBrief } from './brief.js';

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
  z
    .object({
      denominatie: denominatieSchema('Openbaar (public law, Awb) or bijzonder (private law).'),
      ...briefVelden(),
      redenen: vrijeTekstSchema(
        'Description of the behaviour and the reasons (WPO 40c lid 1); checked for presence only.',
      ),
      ingangsdatum: isoDatumSchema.meta({ description: 'First day of the schorsing.' }),
      duur: duurSchema,
      laatsteDag: isoDatumSchema.meta({
        description: '"tot en met": the last day of the schorsing as stated in the letter.',
      }),
      andereMaatregelen: vrijeTekstSchema('Other measures, or a statement that there are none.'),
      schoolwerk: vrijeTekstSchema('How the pupil keeps up with schoolwork (seed step 5).'),
      eerderOverleg: isoDatumSchema
        .optional()
        .meta({ description: 'Earlier talk with pupil, parents and teacher (seed step 1).' }),
      rechtsmiddel: z
        .object({
          soort: z.enum(['awb-bezwaar', 'civiele-rechter']),
          termijnWeken: z.number().int().positive().optional(),
        })
        .meta({ description: 'How to object: Awb bezwaar within a number of weeks, or the civil judge.' }),
    })
    .meta({
      description:
        'A schorsing letter (seed Bijlage 20; WPO 40c): reasons, start, duration, last day, copies and the remedy.',
    }))();

/** A schorsing letter as validated by {@link valideerSchorsingsbrief}. */
export type Schorsingsbrief = z.output<typeof schorsingsbriefSchema>;

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
 *   denominatie: 'bijzonder', datum: '2025-12-17', aan: ['ouders'], kopieAan: ['leerplichtambtenaar', 'bevoegd-gezag', 'inspectie'],
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
  return valideerBrief('schorsingsbrief', schorsingsbriefSchema, invoer, context, (brief, kopieen) =>
    problemen(brief, kopieen, context),
  );
}

/** The checks of a schema-valid schorsing letter, in the order their problems are listed. */
function problemen(brief: Schorsingsbrief, kopieen: Probleem[], context: BriefContext): Probleem[] {
  const lijst: Probleem[] = [];
  const schorsing = schorsingVolgensBrief(brief, brief.datum, context);
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
          { laatsteDag: schorsing.waarde.laatsteDag },
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
  lijst.push(...kopieen);
  const { soort, termijnWeken } = brief.rechtsmiddel;
  const termijn = waardeOp(bezwaartermijnOpenbaar, brief.datum).waarde;
  const juisteTermijn = termijn.eenheid === 'weken' && termijnWeken === termijn.aantal;
  if (brief.denominatie === 'openbaar' && (soort !== 'awb-bezwaar' || !juisteTermijn)) {
    lijst.push(
      p(
        'SCHORSINGSBRIEF_RECHTSMIDDEL_ONJUIST',
        ['rechtsmiddel'],
        `Een openbare school vermeldt dat de ouders binnen ${duurTekst(termijn)} bezwaar kunnen maken bij het bevoegd gezag (Awb); niet alleen de rechter.`,
        { aantal: termijn.aantal, eenheid: termijn.eenheid },
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
  return lijst;
}
