import type { IsoDatum, SchoolkalenderInstellingen, VrijeDag } from '@schoolveiligheid/kern';
import fc from 'fast-check';
import { type DatumBereik, datumVanDagnummer, isoDatum, schooljarenBereik } from './datum.js';

/** Short non-personal descriptions a school gives its closed days (schema maximum: 80 characters). */
const OMSCHRIJVINGEN = [
  'studiedag team',
  'extra meivakantieweek',
  'margedag',
  'schoolreis bovenbouw',
] as const;

const DAG_MS = 86_400_000;
const dagVan = (d: IsoDatum) => Date.parse(`${d}T00:00:00Z`) / DAG_MS;

/** Options of {@link schoolkalenderInstellingen}. */
export interface SchoolkalenderOpties {
  /** Where the vrije dagen fall; default the known school years ({@link schooljarenBereik}). */
  readonly bereik?: DatumBereik;
  /** Most vrije dagen per calendar; default 6. */
  readonly maxVrijeDagen?: number;
}

/**
 * Settings of a school calendar as a vendor stores them: a regio (noord, midden, zuid), optionally studiedagen
 * and other closed days (single days or ranges of up to five days, within the known school years), and
 * optionally `goedeVrijdagVrij`. Optional keys are absent rather than `undefined`, as in stored JSON.
 */
export function schoolkalenderInstellingen(
  opties: SchoolkalenderOpties = {},
): fc.Arbitrary<SchoolkalenderInstellingen> {
  const bereik = opties.bereik ?? schooljarenBereik();
  const laatste = dagVan(bereik.tot);
  const vrijeDag: fc.Arbitrary<VrijeDag> = fc
    .record(
      {
        datum: isoDatum(bereik),
        extra: fc.integer({ min: 0, max: 4 }),
        soort: fc.constantFrom('studiedag' as const, 'vrije-dag' as const),
        omschrijving: fc.constantFrom(...OMSCHRIJVINGEN),
      },
      { requiredKeys: ['datum', 'extra', 'soort'] },
    )
    .map(({ datum, extra, soort, omschrijving }) => {
      const tot = datumVanDagnummer(Math.min(laatste, dagVan(datum) + extra));
      return {
        datum,
        soort,
        ...(tot === datum ? {} : { tot }),
        ...(omschrijving === undefined ? {} : { omschrijving }),
      };
    });
  return fc.record(
    {
      regio: fc.constantFrom('noord' as const, 'midden' as const, 'zuid' as const),
      vrijeDagen: fc.array(vrijeDag, { maxLength: opties.maxVrijeDagen ?? 6 }),
      goedeVrijdagVrij: fc.boolean(),
    },
    { requiredKeys: ['regio'] },
  );
}
