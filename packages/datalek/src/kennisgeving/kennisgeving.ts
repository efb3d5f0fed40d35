import { type Probleem, problemen, type Resultaat, valideer } from '@schoolveiligheid/kern';
import { z } from 'zod';

const deel = /* @__PURE__ */ (() => z.string().trim().min(1).max(4000))();

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
  z.object({
    /** What happened (aard van de inbreuk). */
    aard: deel,
    /** Who to contact for more information (functionaris gegevensbescherming or other contact point). */
    contactpunt: deel,
    /** The likely consequences. */
    gevolgen: deel,
    /** The measures the school took or proposes. */
    maatregelen: deel,
    /** What the data subjects can do to limit the consequences. */
    advies: deel,
  }))();

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

const MAX_WOORDEN_PER_ZIN = 20;

function zinnen(tekst: string): string[] {
  return tekst
    .split(/[.!?]+(?:\s|$)/)
    .map((z) => z.trim())
    .filter(Boolean);
}

/**
 * Checks a message to data subjects: all parts AVG 34(2) requires are present, and the text is plain
 * language (sentences of at most 20 words, no jargon such as "verwerkingsverantwoordelijke" or "ransomware",
 * no citizen service number in the message). Problems name the part and the jargon term, never the input text.
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
 * ```
 */
export function valideerKennisgeving(invoer: unknown): Resultaat<Kennisgeving> {
  const geldig = valideer(kennisgevingSchema, invoer);
  if (!geldig.ok) return geldig;
  const lijst: Probleem[] = [];
  for (const [veld, tekst] of Object.entries(geldig.waarde) as [keyof Kennisgeving, string][]) {
    for (const [patroon, term, alternatief] of VAKTAAL) {
      if (patroon.test(tekst)) {
        lijst.push({
          code: 'VAKTAAL',
          pad: [veld],
          melding: `Vermijd het woord "${term}"; schrijf liever: ${alternatief}.`,
        });
      }
    }
    if (zinnen(tekst).some((z) => z.split(/\s+/).length > MAX_WOORDEN_PER_ZIN)) {
      lijst.push({
        code: 'ZIN_TE_LANG',
        pad: [veld],
        melding: `Een zin is langer dan ${MAX_WOORDEN_PER_ZIN} woorden; maak de zinnen korter.`,
      });
    }
    if (/(?<!\d)\d{9}(?!\d)|(?<!\d)\d{4}\.\d{2}\.\d{3}(?!\d)/.test(tekst)) {
      lijst.push({
        code: 'MOGELIJK_BSN',
        pad: [veld],
        melding: 'De tekst bevat een nummer dat een burgerservicenummer kan zijn; haal het weg.',
      });
    }
  }
  return lijst.length > 0 ? problemen(lijst) : geldig;
}
