// The playground's page: a menu of regulations (regelingen.ts), their form fields, and the answer rendered as
// text nodes only (never HTML from data). Runs entirely in the browser.
import { type Antwoord, REGELINGEN, type Regeling } from './regelingen.js';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  tekst?: string,
  klasse?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (tekst !== undefined) e.textContent = tekst;
  if (klasse) e.className = klasse;
  return e;
}

function vind<T extends HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (!e) throw new Error(`#${id} ontbreekt`);
  return e as T;
}

const formulier = vind<HTMLFormElement>('formulier');
const keuze = vind<HTMLSelectElement>('regeling');
const velden = vind<HTMLFieldSetElement>('velden');
const omschrijving = vind<HTMLParagraphElement>('omschrijving');
const uitkomst = vind<HTMLElement>('uitkomst');

for (const r of REGELINGEN) {
  const optie = element('option', r.titel);
  optie.value = r.id;
  keuze.append(optie);
}

const gekozen = (): Regeling => REGELINGEN.find((r) => r.id === keuze.value) ?? (REGELINGEN[0] as Regeling);

function toonVelden(): void {
  const r = gekozen();
  omschrijving.textContent = r.omschrijving;
  velden.replaceChildren();
  for (const v of r.velden) {
    const label = element('label', v.label);
    let invoer: HTMLInputElement | HTMLSelectElement;
    if (v.soort === 'keuze') {
      invoer = element('select');
      for (const [waarde, tekst] of v.keuzes ?? []) {
        const o = element('option', tekst);
        o.value = waarde;
        invoer.append(o);
      }
    } else {
      invoer = element('input');
      invoer.type = v.soort === 'datum' ? 'date' : 'number';
    }
    invoer.name = v.naam;
    invoer.id = `veld-${v.naam}`;
    invoer.value = v.standaard;
    label.append(invoer);
    velden.append(label);
  }
  uitkomst.replaceChildren();
}

function toonAntwoord(a: Antwoord): void {
  const kop = element('h2', a.kop);
  kop.id = 'antwoord';
  const delen: HTMLElement[] = [kop];
  for (const s of a.secties) {
    delen.push(element('h3', s.titel));
    const lijst = element('ul');
    for (const r of s.regels) {
      const li = element('li', r.tekst);
      if (r.bron) li.append(' ', element('span', `(${r.bron})`, 'bron'));
      lijst.append(li);
    }
    delen.push(lijst);
  }
  uitkomst.replaceChildren(...delen);
}

keuze.addEventListener('change', toonVelden);
formulier.addEventListener('submit', (e) => {
  e.preventDefault();
  const invoer = Object.fromEntries([...new FormData(formulier).entries()].map(([k, w]) => [k, String(w)]));
  try {
    toonAntwoord(gekozen().bereken(invoer));
  } catch (fout) {
    // a typed refusal of the SDK (SchoolveiligheidFout): its code and Dutch message, never a stack
    const f = fout as { code?: string; message?: string };
    toonAntwoord({
      kop: 'De SDK weigerde deze invoer',
      secties: [{ titel: 'Fout', regels: [{ tekst: `[${f.code ?? 'FOUT'}] ${f.message ?? String(fout)}` }] }],
    });
  }
});
toonVelden();
