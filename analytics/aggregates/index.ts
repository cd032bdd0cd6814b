export { transitionMatrix, sameBoxStreaks, moveDirection } from './aggregates.transitions.js';
