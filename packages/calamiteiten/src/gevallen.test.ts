// The worked cases of fixtures/gevallen.json (shipped in the tarball, also shown by `npm run demo`): each cites
// the seed section or article its expected answer comes from.
import { draaiFixtures } from '@schoolveiligheid/testkit';
import {
  controleerBhvBezetting,
  evaluatiemomenten,
  nazorgPlan,
  type NazorgInvoer,
  type SjabloonId,
  valideerCrisisteam,
  vulBriefIn,
} from './index.js';

type Invoer =
  | { readonly soort: 'crisisteam'; readonly team: unknown }
  | { readonly soort: 'nazorg'; readonly nazorg: NazorgInvoer }
  | { readonly soort: 'brief'; readonly sjabloon: SjabloonId; readonly velden: Record<string, string> }
  | { readonly soort: 'medisch'; readonly regio: 'noord' | 'midden' | 'zuid'; readonly afspraak: unknown }
  | { readonly soort: 'bhv'; readonly rooster: unknown };

/** What a worked case shows, the same in the tests and the demo. */
export function uitkomstVan(invoer: Invoer): unknown {
  switch (invoer.soort) {
    case 'crisisteam': {
      const r = valideerCrisisteam(invoer.team);
      return r.ok ? { leden: r.waarde.leden } : { problemen: r.problemen.map((p) => [p.code, p.pad]) };
    }
    case 'nazorg': {
      const s = nazorgPlan(invoer.nazorg).uitkomst;
      return {
        strengsteContact: s.strengsteContact,
        termijnen: s.termijnen.map((t) => [t.code, t.rol, t.termijn.vervaltOp]),
      };
    }
    case 'brief': {
      const r = vulBriefIn(invoer.sjabloon, invoer.velden);
      if (!r.ok) return { problemen: r.problemen.map((p) => p.code) };
      return { eersteRegel: r.waarde.tekst.split('\n\n')[1], htmlBegint: r.waarde.html.split('\n')[0] };
    }
    case 'medisch': {
      const r = evaluatiemomenten(invoer.afspraak, invoer.regio);
      return r.ok ? { momenten: r.waarde.map((m) => [m.code, m.uiterlijk]) } : { problemen: r.problemen };
    }
    case 'bhv': {
      const r = controleerBhvBezetting(invoer.rooster);
      if (!r.ok) return { problemen: r.problemen.map((p) => p.code) };
      const gat = (g: {
        dag: number;
        van: string;
        tot: string;
        aanwezig: number;
        reden: { code: string };
      }) => [g.dag, g.van, g.tot, g.aanwezig, g.reden.code];
      return {
        ongedekt: r.waarde.uitkomst.ongedekt.map(gat),
        onderAdvies: r.waarde.uitkomst.onderAdvies.map(gat),
      };
    }
  }
}

draaiFixtures<Invoer>(new URL('../fixtures/gevallen.json', import.meta.url), uitkomstVan);
