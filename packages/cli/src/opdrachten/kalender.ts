import {
  dagnummer,
  isoDatumSchema,
  kernVersie,
  ok,
  plusDagen,
  probleem,
  type SchoolkalenderInstellingen,
  type Sluiting,
  validatieMelding,
  schoolkalender,
  schoolkalenderInstellingenSchema,
  verantwoording,
  werkkalender,
} from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import { opdracht } from '../opdracht.js';

/** The longest span `kalender` lists, in days: one year and a day, so a school year always fits. */
const MAX_DAGEN = 367;

function kalenderSchema() {
  return z
    .strictObject({
      van: isoDatumSchema.meta({ description: 'First day to list.' }),
      tot: isoDatumSchema.meta({ description: 'Last day to list (inclusive), at most 367 days from van.' }),
      kalender: schoolkalenderInstellingenSchema
        .optional()
        .meta({ description: 'School calendar settings; absent: the Atw work calendar (werkdagen).' }),
    })
    .meta({ description: 'A span of days on a school calendar or the Atw work calendar.' });
}

/** `kalender`: which days in a span are closed and why, on kern's school calendar or the Atw work calendar. */
export const kalender = /* @__PURE__ */ opdracht({
  naam: 'kalender',
  omschrijving:
    'The closed days (vrije dagen) in a span: weekend, feestdag, vacation, studiedag, each with its reason and source, and the number of open days.',
  invoerSchema: /* @__PURE__ */ kalenderSchema(),
  uitvoer:
    "{ soort, omschrijving, van, tot, open, gesloten: [{ datum, sluiting }], waarschuwingen, verantwoording } from kern's schoolkalender or werkkalender.",
  voerUit: ({ van, tot, kalender: instellingen }) => {
    const dagen = dagnummer(tot) - dagnummer(van) + 1;
    if (dagen < 1) return probleem('ONGELDIGE_WAARDE', ['tot'], validatieMelding('ONGELDIGE_WAARDE'));
    if (dagen > MAX_DAGEN) {
      const grens = { maximum: MAX_DAGEN, inclusief: true };
      return probleem('TE_VEEL', ['tot'], validatieMelding('TE_VEEL', grens), grens);
    }
    const k = instellingen ? schoolkalender(instellingen as SchoolkalenderInstellingen) : werkkalender();
    const gesloten: { datum: string; sluiting: Sluiting }[] = [];
    for (let i = 0; i < dagen; i++) {
      const datum = plusDagen(van, i);
      const sluiting = k.sluiting(datum);
      if (sluiting) gesloten.push({ datum, sluiting });
    }
    return ok({
      soort: k.soort,
      omschrijving: k.omschrijving,
      van,
      tot,
      open: dagen - gesloten.length,
      gesloten,
      waarschuwingen: k.waarschuwingen(van, tot),
      verantwoording: verantwoording('@schoolveiligheid/kern', kernVersie(), k.inhoudHash()),
    });
  },
});
