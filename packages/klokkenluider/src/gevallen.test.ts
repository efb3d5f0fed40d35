// The worked cases of fixtures/gevallen.json (each names its source: the Wbk article, the seed regeling's
// article, the Huis voor Klokkenluiders' protocol). The demo (examples/klokkenluider.ts) prints the same cases.
import type { IsoDatum, Tijdstip } from '@schoolveiligheid/kern';
import { draaiFixtures } from '@schoolveiligheid/testkit';
import {
  beoordeelMelder,
  controleerBeleid,
  controleerMaatregelen,
  correspondentieAan,
  kiesInternKanaal,
  klokkenluiderProcedure,
  magExternMelden,
  magOpenbaarMaken,
  type Openbaarmaking,
  openTermijnen,
  procedurePlicht,
  type Relatie,
  SEED_2018_BELEID,
  volgendeStappen,
  wieMagIdentiteitZien,
} from './index.js';

interface Invoer {
  readonly vraag:
    | 'termijnen'
    | 'extern'
    | 'openbaar'
    | 'identiteit'
    | 'melder'
    | 'maatregelen'
    | 'beleid'
    | 'plicht';
  readonly kop?: unknown;
  readonly gebeurtenissen?: readonly unknown[];
  readonly nu?: Tijdstip;
  readonly beleid?: 'seed-2018';
  readonly omstandigheden?: Openbaarmaking;
  readonly personen?: readonly string[];
  readonly seedPersonen?: readonly string[];
  readonly relatie?: Relatie;
  readonly aantallen?: readonly number[];
}

draaiFixtures<Invoer>(new URL('../fixtures/gevallen.json', import.meta.url), (invoer, f) => {
  const peildatum = f.peildatum as IsoDatum;
  const opties = invoer.beleid === 'seed-2018' ? { beleid: SEED_2018_BELEID } : {};
  if (invoer.vraag === 'melder')
    return {
      wet: beoordeelMelder(invoer.relatie as Relatie, peildatum).uitkomst,
      seed: beoordeelMelder(invoer.relatie as Relatie, peildatum, { beleid: SEED_2018_BELEID }).uitkomst,
    };
  if (invoer.vraag === 'beleid') {
    const c = controleerBeleid(SEED_2018_BELEID, peildatum);
    return {
      conform: c.conform,
      oordelen: Object.fromEntries(c.bevindingen.map((b) => [b.regelId, b.oordeel])),
    };
  }
  if (invoer.vraag === 'plicht')
    return { plicht: (invoer.aantallen ?? []).map((n) => procedurePlicht(n, peildatum).uitkomst) };
  const r = klokkenluiderProcedure.herspeel(invoer.kop, invoer.gebeurtenissen ?? []);
  if (!r.ok) return { problemen: r.problemen.map((p) => p.code) };
  const d = r.waarde;
  switch (invoer.vraag) {
    case 'termijnen': {
      const termijnen = openTermijnen(d, invoer.nu as Tijdstip, opties).map((t) => ({
        code: t.code,
        rol: t.rol,
        laatsteDag: t.termijn?.laatsteDag,
        ...(t.atw ? { metAtw: t.atw.metAtw } : {}),
        fase: t.status?.fase,
        ...(t.zonderBevestiging ? { zonderBevestiging: t.zonderBevestiging.bron.zekerheid } : {}),
      }));
      const stappen = volgendeStappen(d, opties).map((s) => s.code);
      if (!d.kop.bevoegdGezagBetrokken) return { termijnen, stappen };
      const kanaal = kiesInternKanaal({
        bevoegdGezagBetrokken: true,
        viaVertrouwenspersoon: false,
        functionarisAangewezen: false,
      }).uitkomst;
      return { kanaal, termijnen, stappen };
    }
    case 'extern': {
      const b = magExternMelden(d, opties);
      return {
        beschermd: b.uitkomst.beschermd,
        eerstInternVereist: b.uitkomst.eerstInternVereist,
        huis: b.uitkomst.autoriteiten.some((a) => a.id === 'huis-voor-klokkenluiders'),
        redenen: b.redenen.map((x) => x.code),
        stappen: volgendeStappen(d).map((s) => s.code),
      };
    }
    case 'openbaar': {
      const b = magOpenbaarMaken(d, invoer.omstandigheden as Openbaarmaking);
      return { uitkomst: b.uitkomst, redenen: b.redenen.map((x) => x.code) };
    }
    case 'identiteit': {
      const mag = Object.fromEntries(
        (invoer.personen ?? []).map((id) => [id, wieMagIdentiteitZien(d, { id }).uitkomst]),
      );
      const magSeed = invoer.seedPersonen
        ? {
            magSeed: Object.fromEntries(
              invoer.seedPersonen.map((id) => [
                id,
                wieMagIdentiteitZien(d, { id }, { beleid: SEED_2018_BELEID }).uitkomst,
              ]),
            ),
          }
        : {};
      return {
        mag,
        ...magSeed,
        correspondentie: correspondentieAan(d).uitkomst,
        stappen: volgendeStappen(d).map((s) => s.code),
      };
    }
    case 'maatregelen': {
      const c = controleerMaatregelen(d);
      return c.ok ? { problemen: [] } : { problemen: c.problemen.map((p) => [p.code, p.pad]) };
    }
    default:
      return undefined;
  }
});
