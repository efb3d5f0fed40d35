// `npm run demo`: worked scenarios of every package, printed with their reasons and deadline traces.
import { toon as termijnen } from './termijnen.js';

termijnen();
