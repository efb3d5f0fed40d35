import { type IsoDatum, type Probleem, problemen, type Resultaat, valideer } from '@schoolveiligheid/kern';
import * as z from 'zod/v4';
import { eisDatum, eisOpties } from '../bewaak.js';
import { datalekProbleem } from '../codes/codes.js';
import { MAX_TEKST } from '../incident/begrippen.js';
import { maxWoordenPerZin, wettelijkeWaarde } from '../regels/regels.js';

const deel = /* @__PURE__ */ (() => z.string().trim().min(1).max(MAX_TEKST))();

/**
 * Zod schema of the message to data subjects (kennisgeving aan betrokkenen, AVG 34(2) with 33(3) b-d; seed
 * C.6 Deel E): the nature of the breach, a contact point, the likely consequences, the measures taken, and
 * what the data subjects can do themselves.
 *
 * @example
 * ```ts
 * import { kennisgevingSchema } from '@schoolveiligheid/datalek';
 * kennisgevingSchema.safeParse({ aard: 'Er is een laptop gestolen.' }).success; //=> false
 * ```
 */
export const kennisgevingSchema = /* @__PURE__ */ (() =>
  z
    .object({
      aard: deel.meta({ description: 'What happened (aard van de inbreuk).' }),
      contactpunt: deel.meta({
        description:
          'Who to contact for more information (functionaris gegevensbescherming or other contact point).',
      }),
      gevolgen: deel.meta({ description: 'The likely consequences.' }),
      maatregelen: deel.meta({ description: 'The measures the school took or proposes.' }),
      advies: deel.meta({ description: 'What the data subjects can do to limit the consequences.' }),
    })
    .meta({ description: 'The message to data subjects about a breach (AVG 34(2)).' }))();

/** A message to data subjects; see {@link kennisgevingSchema}. */
export type Kennisgeving = z.infer<typeof kennisgevingSchema>;

/** Terms that make a message hard to read for parents; the plain alternative is suggested. */
const VAKTAAL: readonly (readonly [RegExp, string, string])[] = [
  [/\bverwerkingsverantwoordelijke\b/i, 'verwerkingsverantwoordelijke', 'de school of het schoolbestuur'],
  [/\bbetrokkenen?\b/i, 'betrokkene', 'u, uw kind of de leerlingen'],
  [/\binbreuk in verband met persoonsgegevens\b/i, 'inbreuk in verband met persoonsgegevens', 'datalek'],
  [/\bexfiltrat/i, 'exfiltratie', 'gegevens zijn gekopieerd of weggenomen'],
  [/\bransomware\b/i, 'ransomware', 'gijzelsoftware'],
  [/\bmalware\b/i, 'malware', 'een computervirus'],
  [/\bd?dos\b/i, 'DDoS', 'een aanval waardoor systemen onbereikbaar waren'],
  [/\bphishing\b/i, 'phishing', 'een nepbericht om inloggegevens te stelen'],
  [/\bencryptie\b/i, 'encryptie', 'versleuteling'],
  [
    /\bart(ikel|\.)\s*\d+/i,
    'wetsartikel',
    'leg uit wat de regel betekent in plaats van het artikel te noemen',
  ],
];

/** A citizen service number: 9 digits, or written 1234.56.789. */
const BSN = /(?<!\d)\d{9}(?!\d)|(?<!\d)\d{4}\.\d{2}\.\d{3}(?!\d)/; // geen-rechtsgetal: the BSN format

function zinnen(tekst: string): string[] {
  return tekst
    .split(/[.!?]+(?:\s|$)/)
    .map((z) => z.trim())
    .filter(Boolean);
}

/** Options of {@link valideerKennisgeving}. */
export interface KennisgevingOpties {
  /** The date whose rules apply (the longest sentence, rule `maxWoordenPerZin`); default: the rules as shipped. */
  readonly peildatum?: IsoDatum;
}

/**
 * Checks a message to data subjects: all parts AVG 34(2) requires are present, and the text is plain
 * language (sentences of at most 20 words, rule `maxWoordenPerZin`; no jargon such as
 * "verwerkingsverantwoordelijke" or "ransomware"; no citizen service number in the message). Problems name
 * the part and the jargon term, never the input text. Throws `ONGELDIGE_INVOER` when `opties` is not an
 * object, `ONGELDIGE_DATUM` when `opties.peildatum` is not a date.
 *
 * @example
 * ```ts
 * import { valideerKennisgeving } from '@schoolveiligheid/datalek';
 * const bericht = {
 *   aard: 'Op 20 november is een laptop van school gestolen. Daarop stonden gegevens over de leerlingen van groep 6.',
 *   contactpunt: 'Heeft u vragen? Mail de privacyfunctionaris van de stichting.',
 *   gevolgen: 'Iemand kan de gegevens over de zorg voor uw kind lezen.',
 *   maatregelen: 'We hebben aangifte gedaan. Alle laptops worden nu versleuteld.',
 *   advies: 'Let op vreemde berichten over uw kind. Meld die bij de school.',
 * };
 * valideerKennisgeving(bericht).ok; //=> true
 * const r = valideerKennisgeving({ ...bericht, aard: 'De verwerkingsverantwoordelijke meldt ransomware.' });
 * r.ok ? [] : r.problemen.map((p) => p.code); //=> ['VAKTAAL', 'VAKTAAL']
 * r.ok ? [] : r.problemen.map((p) => p.parameters?.term); //=> ['verwerkingsverantwoordelijke', 'ransomware']
 * ```
 */
export function valideerKennisgeving(invoer: unknown, opties?: KennisgevingOpties): Resultaat<Kennisgeving> {
  const peildatum = eisDatum(eisOpties(opties).peildatum, 'De peildatum');
  const geldig = valideer(kennisgevingSchema, invoer);
  if (!geldig.ok) return geldig;
  const maximum = wettelijkeWaarde(maxWoordenPerZin, peildatum);
  const lijst: Probleem[] = [];
  for (const [veld, tekst] of Object.entries(geldig.waarde) as [keyof Kennisgeving, string][]) {
    for (const [patroon, term, alternatief] of VAKTAAL) {
      if (patroon.test(tekst)) {
        lijst.push(
          datalekProbleem(
            'VAKTAAL',
            [veld],
            { term },
            `Vermijd het woord "${term}"; schrijf liever: ${alternatief}.`,
          ),
        );
      }
    }
    if (maximum !== undefined && zinnen(tekst).some((z) => z.split(/\s+/).length > maximum)) {
      lijst.push(datalekProbleem('ZIN_TE_LANG', [veld], { maximum }));
    }
    if (BSN.test(tekst)) lijst.push(datalekProbleem('MOGELIJK_BSN', [veld]));
  }
  return lijst.length > 0 ? problemen(lijst) : geldig;
}
