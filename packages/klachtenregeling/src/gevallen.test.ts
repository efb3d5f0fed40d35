// The worked cases of fixtures/klachten.json, rollen.json, regeling.json and dossiers.json, each citing the source of its answer
// (statute article, seed section, LKC ruling). The demo (examples/klachtenregeling.ts) prints the same cases.
import type { Tijdstip } from '@schoolveiligheid/kern';
import { draaiFixtures } from '@schoolveiligheid/testkit';
import {
  aangifteplichtProcedure,
  beoordeelReikwijdte4a,
  controleerRegeling,
  controleerRollen,
  klachtProcedure,
  routeerKlacht,
  SEED_2018_BELEID,
  toetsStandpunt,
  valideerKlacht,
} from './index.js';

interface FunctieInvoer {
  readonly functie: 'valideerKlacht' | 'routeerKlacht' | 'beoordeelReikwijdte4a';
  readonly beleid?: 'seed-2018';
  readonly klacht?: unknown;
  readonly routering?: unknown;
  readonly vermoeden?: unknown;
}

draaiFixtures<FunctieInvoer>(new URL('../fixtures/klachten.json', import.meta.url), (invoer) => {
  const opties = invoer.beleid ? { beleid: SEED_2018_BELEID } : {};
  if (invoer.functie === 'valideerKlacht') {
    const r = valideerKlacht(invoer.klacht, opties);
    return r.ok
      ? {
          ok: true,
          redenen: r.waarde.redenen.map((x) => x.code),
          laatsteDag: r.waarde.indieningstermijn.laatsteDag,
        }
      : { ok: false, problemen: r.problemen.map((p) => p.code) };
  }
  if (invoer.functie === 'routeerKlacht') {
    const b = routeerKlacht(invoer.routering, opties);
    return {
      route: b.uitkomst.route,
      behandelaar: b.uitkomst.behandelaar,
      ...(b.uitkomst.route === 'eigen-afhandeling' ? { mediator: b.uitkomst.mediator } : {}),
      ...(b.uitkomst.eigenAfhandelingTot
        ? { eigenAfhandelingTot: b.uitkomst.eigenAfhandelingTot.laatsteDag }
        : {}),
      redenen: b.redenen.map((x) => x.code),
    };
  }
  const b = beoordeelReikwijdte4a(invoer.vermoeden, opties);
  return { route: b.uitkomst, redenen: b.redenen.map((x) => x.code) };
});

// The school's roles (seed art. 2 lid 1): the contactpersoon is not a member of the directie.
draaiFixtures<{ readonly rollen: unknown; readonly beleid?: unknown }>(
  new URL('../fixtures/rollen.json', import.meta.url),
  (invoer) => {
    const r = controleerRollen(invoer.rollen, invoer.beleid === undefined ? {} : { beleid: invoer.beleid });
    return r.ok
      ? { ok: true, uitkomst: r.waarde.uitkomst, redenen: r.waarde.redenen.map((x) => x.code) }
      : { ok: false, problemen: r.problemen.map((p) => p.code) };
  },
);

// The whole regeling: roles, one commission route, affiliation and the schoolgids (WPO art. 13 lid 1 onder f,
// art. 14 lid 2 onder a and lid 3; the LKC is no appeal body; the seed's Inleiding, art. 4 and Taken en functies).
draaiFixtures<{ readonly regeling: unknown; readonly beleid?: 'seed-2018' }>(
  new URL('../fixtures/regeling.json', import.meta.url),
  (invoer) => {
    const r = controleerRegeling(invoer.regeling, invoer.beleid ? { beleid: SEED_2018_BELEID } : {});
    return r.ok
      ? { ok: true, uitkomst: r.waarde.uitkomst, redenen: r.waarde.redenen.map((x) => x.code) }
      : { ok: false, problemen: r.problemen.map((p) => p.code) };
  },
);

interface DossierInvoer {
  readonly procedure: 'klacht' | 'aangifteplicht';
  readonly kop: unknown;
  readonly gebeurtenissen: readonly unknown[];
  readonly nu: Tijdstip;
  readonly beleid?: 'seed-2018';
}

const termijnVorm = (t: {
  code: string;
  rol: string;
  termijn?: { laatsteDag: string; verlengdDoorAtw: boolean };
  status?: { fase: string };
}) => ({
  code: t.code,
  rol: t.rol,
  ...(t.termijn ? { laatsteDag: t.termijn.laatsteDag, verlengdDoorAtw: t.termijn.verlengdDoorAtw } : {}),
  ...(t.status ? { fase: t.status.fase } : {}),
});

draaiFixtures<DossierInvoer>(new URL('../fixtures/dossiers.json', import.meta.url), (invoer) => {
  const opties = invoer.beleid ? { beleid: SEED_2018_BELEID } : {};
  if (invoer.procedure === 'aangifteplicht') {
    const r = aangifteplichtProcedure.herspeel(invoer.kop, invoer.gebeurtenissen);
    if (!r.ok) return { problemen: r.problemen.map((p) => p.code) };
    const t = aangifteplichtProcedure.toestand(r.waarde);
    return {
      termijnen: aangifteplichtProcedure.openTermijnen(r.waarde, invoer.nu).map(termijnVorm),
      stappen: aangifteplichtProcedure.volgendeStappen(r.waarde).map((s) => s.code),
      nietOnverwijld: t.ok ? t.waarde.nietOnverwijld : null,
    };
  }
  const r = klachtProcedure.herspeel(invoer.kop, invoer.gebeurtenissen);
  if (!r.ok) return { problemen: r.problemen.map((p) => p.code) };
  const t = klachtProcedure.toestand(r.waarde);
  const standpunt = t.ok && t.waarde.oordeel ? toetsStandpunt(r.waarde, opties) : undefined;
  return {
    termijnen: klachtProcedure.openTermijnen(r.waarde, invoer.nu, opties).map(termijnVorm),
    stappen: klachtProcedure.volgendeStappen(r.waarde, opties).map((s) => s.code),
    ...(standpunt
      ? {
          standpunt: {
            status: standpunt.uitkomst.status,
            laatsteDag: standpunt.uitkomst.termijn.laatsteDag,
            dagenTeLaat: standpunt.uitkomst.dagenTeLaat,
            redenen: standpunt.redenen.map((x) => x.code),
          },
        }
      : {}),
  };
});
