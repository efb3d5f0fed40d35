import type { Tijdstip } from '@schoolveiligheid/kern';
import { describe, expect, it } from 'vitest';
import opgeslagen from '../../fixtures/opgeslagen-dossiers-v1.json' with { type: 'json' };
import { SEED_2018_BELEID } from '../beleid/seed2018.js';
import { type PestprotocolDossier, pestprotocolProcedure as P, TREDEN } from './procedure.js';

// fixtures/opgeslagen-dossiers-v1.json holds dossiers stored (nieuwDossier + verwerkJson, then JSON.stringify) by
// the release before the bullied pupil's consent track (issue 17: "Hulp aan de gepeste leerling"), schema
// version 1, with what that release answered for them at `nu` (`toen`: the state, the open terms and the next
// steps, without a policy and with the seed 2018 policy). The track added event types only and kept the schema
// version, so a stored dossier replays without an upcaster and must give the same answers; its new state field
// is the empty track.

const LEGE_HULP = {
  ernstigeGevolgen: null,
  gevraagdOp: null,
  toestemming: null,
  ingeschakeldOp: null,
  evaluatie: null,
};

function antwoord(d: PestprotocolDossier, nu: Tijdstip, opties: object) {
  return {
    termijnen: P.openTermijnen(d, nu, opties).map((x) => ({
      code: x.code,
      rol: x.rol,
      laatsteDag: x.termijn?.laatsteDag,
      fase: x.status?.fase,
    })),
    stappen: P.volgendeStappen(d, opties).map((s) => ({ code: s.code, rol: s.rol })),
  };
}

describe('dossiers stored before the consent track of the bullied pupil replay to the same answers', () => {
  it.each(opgeslagen.map((g) => [g.naam, g] as const))('%s', (_naam, geval) => {
    expect(geval.dossier.versie).toBe(1);
    const r = P.leesDossier(JSON.stringify(geval.dossier));
    if (!r.ok) throw new Error(r.problemen.map((p) => p.code).join(', '));
    // the stored events come back unchanged (no upcast, nothing added)
    expect(JSON.parse(JSON.stringify(r.waarde))).toEqual(geval.dossier);
    const t = P.toestand(r.waarde);
    if (!t.ok) throw new Error('toestand');
    const { hulpGepeste, ...ladder } = t.waarde;
    expect(ladder).toEqual(geval.toen.toestand);
    expect(hulpGepeste).toEqual(LEGE_HULP);
    expect(TREDEN[t.waarde.trede]).toBe(geval.toen.trede);
    const nu = geval.nu as Tijdstip;
    expect(antwoord(r.waarde, nu, {})).toEqual(geval.toen.zonderBeleid);
    expect(antwoord(r.waarde, nu, { beleid: SEED_2018_BELEID })).toEqual(geval.toen.seed2018);
  });

  it('a stored dossier accepts the new events after it (the track starts where the stored ladder stands)', () => {
    const [eerste] = opgeslagen;
    if (!eerste) throw new Error('fixture');
    const r = P.leesDossier(eerste.dossier);
    if (!r.ok) throw new Error('lezen');
    const na = P.verwerkJson(r.waarde, {
      type: 'ernstige-gevolgen-vastgesteld',
      datum: '2026-12-08',
      rol: 'leerkracht',
      gevolg: 'eigenwaarde-aangetast',
    });
    expect(na.ok).toBe(true);
    if (!na.ok) return;
    // seed, Hulp aan de gepeste leerling: "Bij ernstige gevolgen van pesten ... met toestemming van de ouders"
    expect(P.volgendeStappen(na.waarde).map((s) => s.code)).toEqual([
      'STEUN_GEPESTE',
      'TOESTEMMING_PROFESSIONELE_HULP_VRAGEN',
      'VEILIGHEID_NAGAAN',
    ]);
    const t = P.toestand(na.waarde);
    expect(t.ok && TREDEN[t.waarde.trede]).toBe(eerste.toen.trede);
  });
});
