// `npm run demo`: worked scenarios of every package, printed with their reasons and deadline traces.
import { toon as datalek } from './datalek.js';
import { toon as schorsing } from './schorsing.js';
import { toon as termijnen } from './termijnen.js';

termijnen();
schorsing();
datalek();
