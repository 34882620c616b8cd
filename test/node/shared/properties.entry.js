import '../browser-globals.js';
import '../../data/properties.test.ts';
