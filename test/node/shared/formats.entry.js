import '../browser-globals.js';
import '../../data/formats.test.ts';
