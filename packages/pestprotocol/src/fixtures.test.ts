// The worked cases in fixtures/*.json (shipped in the tarball, also shown by `npm run demo`), each citing the
// seed section, statute article or guidance its expected answer comes from.
import type { Tijdstip } from '@schoolveiligheid/kern';
import { draaiFixtures } from '@schoolveiligheid/testkit';
import { SEED_2018_BELEID } from './beleid/seed2018.js';
import { TREDEN, pestprotocolProcedure } from './dossier/procedure.js';
import { classificeerGedrag } from './gedrag/gedrag.js';
import { gedragscodeRoute } from './gedragscode/gedragscode.js';
import { kiesMethode } from './methode/methode.js';
import { controleerPestbeleid } from './pestbeleid/pestbeleid.js';

const bestand = (naam: string) => new URL(`../fixtures/${naam}.json`, import.meta.url);
const problemen = (r: { readonly problemen: readonly { readonly code: string }[] }) => ({
  problemen: r.problemen.map((p) => p.code),
});

draaiFixtures(bestand('gedrag'), (invoer) => {
  const r = classificeerGedrag(invoer);
  if (!r.ok) return problemen(r);
  return { ...r.waarde.uitkomst, redenen: r.waarde.redenen.map((x) => x.code) };
});

draaiFixtures(bestand('methode'), (invoer) => {
  const r = kiesMethode(invoer);
  if (!r.ok) return problemen(r);
  return {
    methode: r.waarde.uitkomst.methode,
    stappen: r.waarde.uitkomst.stappen.map((s) => s.code),
    redenen: r.waarde.redenen.map((x) => x.code),
  };
});

interface LadderInvoer {
  readonly kop: unknown;
  readonly gebeurtenissen: readonly unknown[];
  readonly nu: Tijdstip;
  readonly beleid?: 'seed-2018';
}

draaiFixtures<LadderInvoer>(bestand('ladder'), (invoer) => {
  const r = pestprotocolProcedure.herspeel(invoer.kop, invoer.gebeurtenissen);
  if (!r.ok) return problemen(r);
  const t = pestprotocolProcedure.toestand(r.waarde);
  if (!t.ok) return problemen(t);
  const opties = invoer.beleid === 'seed-2018' ? { beleid: SEED_2018_BELEID } : {};
  return {
    trede: TREDEN[t.waarde.trede],
    ...(t.waarde.schorsingDossierId ? { schorsingDossierId: t.waarde.schorsingDossierId } : {}),
    ...(t.waarde.hulpGepeste.ernstigeGevolgen
      ? {
          hulpGepeste: {
            toestemming: t.waarde.hulpGepeste.toestemming,
            ingeschakeldOp: t.waarde.hulpGepeste.ingeschakeldOp,
          },
        }
      : {}),
    termijnen: pestprotocolProcedure.openTermijnen(r.waarde, invoer.nu, opties).map((x) => ({
      code: x.code,
      laatsteDag: x.termijn?.laatsteDag,
      fase: x.status?.fase,
    })),
    stappen: pestprotocolProcedure.volgendeStappen(r.waarde, opties).map((s) => s.code),
  };
});

draaiFixtures(bestand('pestbeleid'), (invoer) => {
  const r = controleerPestbeleid(invoer);
  if (!r.ok) return problemen(r);
  const u = r.waarde.uitkomst;
  return {
    wettelijk: u.wettelijk,
    lezingen: u.lezingen.map((l) => [l.lezing, l.voldoet]),
    protocol: u.protocol,
    ...(u.monitoringDossierId ? { monitoringDossierId: u.monitoringDossierId } : {}),
  };
});

draaiFixtures(bestand('gedragscode'), (invoer) => {
  const r = gedragscodeRoute(invoer);
  if (!r.ok) return problemen(r);
  const u = r.waarde.uitkomst;
  return {
    stappen: u.stappen,
    meldenBijBestuur: u.meldenBijBestuur,
    aangifte: u.aangifte,
    sancties: u.sancties.map((s) => `${s.sanctie}:${s.beslist}`),
  };
});
