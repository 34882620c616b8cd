import '../browser-globals.js';
import '../../data/scholarly.test.ts';
