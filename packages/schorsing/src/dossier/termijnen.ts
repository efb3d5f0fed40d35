import {
  amsterdamseDatum,
  epochMs,
  type IsoDatum,
  type OpenTermijn,
  type Opschorting,
  plusDagen,
  type TermijnUitkomst,
  type Tijdstip,
  termijnStatus,
} from '@schoolveiligheid/kern';
import { type BestredenBesluit, berekenBezwaartermijnen, type Beslistermijn } from '../bezwaar/bezwaar.js';
import type { SchorsingRol, SchorsingTermijnCode } from '../codes/codes.js';
import type { SchorsingKop } from './gebeurtenissen.js';
import { bekendmakingVan, bezwaarInvoer, type Toestand } from './toestand.js';

/** A term of a schorsing dossier: kern's {@link OpenTermijn} over this package's codes and roles. */
export type SchorsingOpenTermijn = OpenTermijn<SchorsingTermijnCode, SchorsingRol>;

const GPO_REDEN = 'geschil bij de Geschillencommissie passend onderwijs';
const HERSTEL_REDEN = 'herstel van een verzuim (Awb 7:10 lid 2)';

function maak(
  code: SchorsingTermijnCode,
  tekst: string,
  rol: SchorsingRol,
  termijn: TermijnUitkomst,
  nu: Tijdstip,
  opschorting?: readonly Opschorting[],
): SchorsingOpenTermijn {
  return {
    code,
    rol,
    tekst,
    ...(termijn.bronnen[0] ? { bron: termijn.bronnen[0] } : {}),
    termijn,
    status: termijnStatus(termijn, nu),
    ...(opschorting && opschorting.length > 0 ? { opschorting } : {}),
  };
}

/**
 * The board's decision term. Suspended by the Geschillencommissie (WPO 43) and no oordeel yet: the end is not
 * known, so the term is listed without `termijn` and `status`, with the suspension so far (up to and including
 * the day of `nu`). After the oordeel: the moved term, with the suspended period.
 */
function beslistermijn(
  code: SchorsingTermijnCode,
  tekst: string,
  b: Beslistermijn,
  nu: Tijdstip,
): SchorsingOpenTermijn {
  const o = b.opschorting;
  if (b.opgeschort && o) {
    const morgen = plusDagen(amsterdamseDatum(epochMs(nu)), 1);
    const tot: IsoDatum = morgen > o.vanaf ? morgen : plusDagen(o.vanaf, 1);
    return {
      code,
      rol: 'bevoegd-gezag',
      tekst: `${tekst} (opgeschort tot het oordeel van de Geschillencommissie passend onderwijs)`,
      bron: o.bron,
      opschorting: [{ van: o.vanaf, tot, reden: GPO_REDEN, bron: o.bron }],
    };
  }
  const periode =
    o?.tot !== undefined && o.tot > o.vanaf
      ? [{ van: o.vanaf, tot: o.tot, reden: GPO_REDEN, bron: o.bron }]
      : [];
  const herstel = (b.verzuimherstel?.perioden ?? [])
    .filter((p) => p.tot > p.van)
    .map(
      (p): Opschorting => ({
        van: p.van,
        tot: p.tot,
        reden: HERSTEL_REDEN,
        ...(b.verzuimherstel ? { bron: b.verzuimherstel.bron } : {}),
      }),
    );
  return maak(code, tekst, 'bevoegd-gezag', b.termijn, nu, [...periode, ...herstel]);
}

function bezwaarTermijnen(
  kop: SchorsingKop,
  t: Toestand,
  tegen: BestredenBesluit,
  bekendmaking: IsoDatum,
  nu: Tijdstip,
  nummer?: number,
): SchorsingOpenTermijn[] {
  // each schorsing keeps its own terms: the latest bezwaar against this decision, if any
  const bezwaar = [...t.bezwaren]
    .reverse()
    .find((b) => b.tegen === tegen && (nummer === undefined || b.schorsing === nummer));
  const welke = nummer !== undefined && t.schorsingen.length > 1 ? ` ${nummer}` : '';
  const opVerwijdering = tegen === 'verwijdering';
  const r = berekenBezwaartermijnen(bezwaarInvoer(t, kop, tegen, bekendmaking, bezwaar, nummer));
  if (!r.ok) return [];
  const uit: SchorsingOpenTermijn[] = [];
  const lopend = (x: SchorsingOpenTermijn) => x.status?.fase !== 'verlopen';
  const w = r.waarde;
  if (w.bezwaartermijn && !bezwaar) {
    const x = maak(
      opVerwijdering ? 'BEZWAARTERMIJN_VERWIJDERING' : 'BEZWAARTERMIJN_SCHORSING',
      `Bezwaartermijn van de ouders tegen de ${tegen}${welke}`,
      'ouders',
      w.bezwaartermijn,
      nu,
    );
    if (lopend(x)) uit.push(x);
  }
  if (w.gpoIndieningstermijn && !t.gpo) {
    const x = maak(
      'GPO_INDIENINGSTERMIJN',
      'Termijn om het geschil voor te leggen aan de Geschillencommissie passend onderwijs',
      'ouders',
      w.gpoIndieningstermijn,
      nu,
    );
    if (lopend(x)) uit.push(x);
  }
  if (w.gpoOordeelTermijn && t.gpo && !t.gpo.oordeel) {
    uit.push(
      maak(
        'GPO_OORDEELTERMIJN',
        'Termijn voor het oordeel van de Geschillencommissie passend onderwijs',
        'geschillencommissie',
        w.gpoOordeelTermijn,
        nu,
      ),
    );
  }
  if (w.beslistermijn && bezwaar && !bezwaar.beslissing) {
    uit.push(
      beslistermijn(
        opVerwijdering ? 'BESLISTERMIJN_BEZWAAR_VERWIJDERING' : 'BESLISTERMIJN_BEZWAAR_SCHORSING',
        `Beslissing van het bevoegd gezag op het bezwaar tegen de ${tegen}${welke}`,
        w.beslistermijn,
        nu,
      ),
    );
  }
  return uit;
}

/**
 * The terms of a dossier's state running at `nu`, each with its trace, its status and who must act (the
 * procedure's `openTermijnen`). The school's own duties (notifications, the decision on bezwaar) stay listed
 * while overdue; the parents' and the commission's terms are listed while they run.
 */
export function termijnenVan(t: Toestand, kop: SchorsingKop, nu: Tijdstip): SchorsingOpenTermijn[] {
  const uit: SchorsingOpenTermijn[] = [];
  t.schorsingen.forEach((s, i) => {
    // a revoked schorsing no longer calls for its notices nor opens a bezwaartermijn; a running bezwaar against it
    // keeps the board's decision term (the SDK's reading; Awb 6:19 lid 1)
    if (s.ingetrokken) {
      if (s.briefVerzonden && kop.denominatie === 'openbaar')
        uit.push(
          ...bezwaarTermijnen(kop, t, 'schorsing', s.briefVerzonden, nu, i + 1).filter(
            (x) => x.code !== 'BEZWAARTERMIJN_SCHORSING',
          ),
        );
      return;
    }
    const { meldingInspectie, meldingLeerplichtambtenaar } = s.schorsing;
    if (meldingInspectie.termijn && !s.inspectieGemeld) {
      uit.push(
        maak(
          'MELDING_INSPECTIE_SCHORSING',
          'Melding van de schorsing aan de inspectie (onverwijld)',
          'bevoegd-gezag',
          meldingInspectie.termijn,
          nu,
        ),
      );
    }
    if (meldingLeerplichtambtenaar.termijn && !s.leerplichtGemeld) {
      uit.push(
        maak(
          'MELDING_LEERPLICHT_SCHORSING',
          'Informeren van de leerplichtambtenaar (schoolbeleid)',
          'directeur',
          meldingLeerplichtambtenaar.termijn,
          nu,
        ),
      );
    }
    // every schorsing its own bezwaartermijn and decision term, not only the latest (Awb 6:7, 6:8, 7:10)
    if (s.briefVerzonden && kop.denominatie === 'openbaar') {
      uit.push(...bezwaarTermijnen(kop, t, 'schorsing', s.briefVerzonden, nu, i + 1));
    }
  });
  const bekendmaking = bekendmakingVan(t, 'verwijdering');
  if (bekendmaking) uit.push(...bezwaarTermijnen(kop, t, 'verwijdering', bekendmaking, nu));
  return uit;
}
