import fc from 'fast-check';

/**
 * True when `tekst` is nine digits that pass the elfproef of the burgerservicenummer:
 * 9·d1 + 8·d2 + 7·d3 + 6·d4 + 5·d5 + 4·d6 + 3·d7 + 2·d8 − 1·d9 is divisible by 11.
 */
export function isElfproef(tekst: string): boolean {
  if (!/^\d{9}$/.test(tekst)) return false;
  let som = 0;
  for (let i = 0; i < 8; i++) som += (9 - i) * Number(tekst[i]);
  return (som - Number(tekst[8])) % 11 === 0;
}

/** Every elfproef-valid number of the test range 99999xxxx, computed once on first use. */
let testReeks: readonly string[] | undefined;
function bsnTestReeks(): readonly string[] {
  if (!testReeks) {
    const lijst: string[] = [];
    for (let n = 0; n < 10_000; n++) {
      const kandidaat = `99999${String(n).padStart(4, '0')}`;
      if (isElfproef(kandidaat)) lijst.push(kandidaat);
    }
    testReeks = lijst;
  }
  return testReeks;
}

/**
 * Valid-looking but fake BSNs: nine digits that pass the elfproef, all in the range 999990000-999999999 that
 * the government's BSN test environments use for test persons. Never a number taken from a real person.
 */
export function nepBsn(): fc.Arbitrary<string> {
  return fc.nat({ max: bsnTestReeks().length - 1 }).map((i) => bsnTestReeks()[i]!);
}

/** Fake BSNs injected by {@link persoonlijkeTekst} (elfproef-valid, test range), bare and with dots. */
const BSNS = ['999990019', '999991127', '999995522', '999993653', '9999.91.127'] as const;
/** Fake Dutch names (invented; no person from the seed documents). */
const NAMEN = [
  'Sanne de Boer',
  'Daan Jansen',
  'Fatima El Amrani',
  'Zoë van den Heuvel',
  'Bram Visser',
  'Loïs Smit',
  'Mehmet Yılmaz',
] as const;
/** E-mail addresses on the domains reserved for examples (RFC 2606). */
const EMAILS = [
  'sanne.deboer@example.org',
  'ouders.jansen@example.com',
  'f.elamrani@example.net',
  'ib-groep6@school.example',
] as const;
/** The textbook Dutch mobile number in the ways people write it. */
const TELEFOONS = [
  '06-12345678',
  '+31 6 12345678',
  '+31612345678',
  '0612345678',
  '0031 6 1234 5678',
] as const;

/**
 * The exact substrings {@link persoonlijkeTekst} injects: fake BSNs, names, e-mail addresses and phone
 * numbers. A test asserts that none of them comes back in a message, a path or an anonymous output
 * (see {@link bevatPersoonsgegevens}).
 */
export const PERSOONLIJKE_MARKERS: readonly string[] = Object.freeze([
  ...BSNS,
  ...NAMEN,
  ...EMAILS,
  ...TELEFOONS,
]);

const bsn = fc.constantFrom(...BSNS);
const naam = fc.constantFrom(...NAMEN);
const email = fc.constantFrom(...EMAILS);
const telefoon = fc.constantFrom(...TELEFOONS);
const marker = fc.constantFrom(...PERSOONLIJKE_MARKERS);

/**
 * Text carrying personal data that a vendor's database may hold in a free-text field: a fake BSN, a Dutch
 * name, an e-mail address or a phone number, alone, in a Dutch sentence, or between random characters. Every
 * generated text contains at least one of {@link PERSOONLIJKE_MARKERS}.
 */
export function persoonlijkeTekst(): fc.Arbitrary<string> {
  return fc.oneof(
    marker,
    fc.tuple(naam, bsn).map(([n, b]) => `Leerling ${n} (BSN ${b}) is vandaag opgehaald.`),
    fc.tuple(naam, telefoon, email).map(([n, t, e]) => `Contact: ${n}, tel. ${t}, ${e}`),
    fc.tuple(bsn, naam).map(([b, n]) => `${b} ${n}`),
    fc.tuple(email, telefoon).map(([e, t]) => `mail ${e} of bel ${t}`),
    fc
      .tuple(fc.string({ maxLength: 8 }), marker, fc.string({ maxLength: 8 }))
      .map(([voor, m, na]) => `${voor}${m}${na}`),
  );
}

/**
 * True when `tekst` contains one of `markers` (case-insensitive): personal data injected by a test came back.
 *
 * @param markers the injected substrings; default {@link PERSOONLIJKE_MARKERS}
 */
export function bevatPersoonsgegevens(
  tekst: string,
  markers: readonly string[] = PERSOONLIJKE_MARKERS,
): boolean {
  return gevondenPersoonsgegevens(tekst, markers).length > 0;
}

/** The markers (case-insensitive) that occur in `tekst`, for assertion messages. */
export function gevondenPersoonsgegevens(
  tekst: string,
  markers: readonly string[] = PERSOONLIJKE_MARKERS,
): string[] {
  const klein = tekst.toLowerCase();
  return markers.filter((m) => klein.includes(m.toLowerCase()));
}

/**
 * Every string in a value, deeply, with where it was found: values and also object keys (a tally keyed by
 * input text leaks as much as a message does). Stops at depth 50 and at cycles.
 */
export function alleTeksten(waarde: unknown): { readonly pad: string; readonly tekst: string }[] {
  const uit: { pad: string; tekst: string }[] = [];
  const gezien = new Set<object>();
  const loop = (w: unknown, pad: string, diepte: number) => {
    if (typeof w === 'string') uit.push({ pad, tekst: w });
    else if (w instanceof Error) {
      uit.push({ pad: `${pad}.message`, tekst: w.message });
      loop({ ...w }, pad, diepte + 1);
    } else if (typeof w === 'object' && w !== null && !gezien.has(w) && diepte < 50) {
      gezien.add(w);
      for (const [k, v] of Object.entries(w)) {
        uit.push({ pad: `${pad}{key}`, tekst: k });
        loop(v, `${pad}.${k}`, diepte + 1);
      }
    }
  };
  loop(waarde, '$', 0);
  return uit;
}

type Pad = readonly (string | number)[];

function stringPaden(waarde: unknown, pad: Pad = [], diepte = 0): { strings: Pad[]; objecten: Pad[] } {
  const strings: Pad[] = [];
  const objecten: Pad[] = [];
  if (typeof waarde === 'string') strings.push(pad);
  else if (Array.isArray(waarde) && diepte < 20) {
    waarde.forEach((v, i) => {
      const r = stringPaden(v, [...pad, i], diepte + 1);
      strings.push(...r.strings);
      objecten.push(...r.objecten);
    });
  } else if (typeof waarde === 'object' && waarde !== null && diepte < 20) {
    objecten.push(pad);
    for (const [k, v] of Object.entries(waarde)) {
      const r = stringPaden(v, [...pad, k], diepte + 1);
      strings.push(...r.strings);
      objecten.push(...r.objecten);
    }
  }
  return { strings, objecten };
}

function kloon(waarde: unknown): unknown {
  if (Array.isArray(waarde)) return waarde.map(kloon);
  if (typeof waarde === 'object' && waarde !== null)
    return Object.fromEntries(Object.entries(waarde).map(([k, v]) => [k, kloon(v)]));
  return waarde;
}

function zet(doel: unknown, pad: Pad, maak: (oud: unknown) => unknown): unknown {
  if (pad.length === 0) return maak(doel);
  let plek = doel as Record<string | number, unknown>;
  for (const stap of pad.slice(0, -1)) plek = plek[stap] as Record<string | number, unknown>;
  const laatste = pad.at(-1)!;
  plek[laatste] = maak(plek[laatste]);
  return doel;
}

/**
 * A copy of a JSON-like value (plain objects, arrays) with personal text injected into one or more of its
 * string fields (replacing the text, or before or after it), and sometimes an extra field `toelichting` with
 * personal text on an object (for schemas that keep unknown fields). A value without strings or objects comes
 * back unchanged.
 */
export function metPersoonlijkeTekst<T>(waarde: T): fc.Arbitrary<T> {
  const { strings, objecten } = stringPaden(waarde);
  if (strings.length === 0 && objecten.length === 0) return fc.constant(waarde);
  const plekken = fc.subarray(strings, { minLength: strings.length > 0 ? 1 : 0 });
  const extra =
    objecten.length > 0 ? fc.option(fc.constantFrom(...objecten), { freq: 4 }) : fc.constant(null);
  return fc.tuple(plekken, extra).chain(([gekozen, object]) =>
    fc
      .tuple(
        fc.tuple(
          ...gekozen.map(() => fc.tuple(persoonlijkeTekst(), fc.constantFrom('vervang', 'voor', 'na'))),
        ),
        object === null ? fc.constant(null) : persoonlijkeTekst(),
      )
      .map(([teksten, extraTekst]) => {
        let kopie = kloon(waarde);
        gekozen.forEach((pad, i) => {
          const [tekst, wijze] = teksten[i]!;
          kopie = zet(kopie, pad, (oud) =>
            wijze === 'vervang'
              ? tekst
              : wijze === 'voor'
                ? `${tekst} ${String(oud)}`
                : `${String(oud)} ${tekst}`,
          );
        });
        if (object !== null && extraTekst !== null)
          kopie = zet(kopie, object, (oud) => ({ ...(oud as object), toelichting: extraTekst }));
        return kopie as T;
      }),
  );
}
