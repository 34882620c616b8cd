import '../browser-globals.js';
import '../../data/hostile.test.ts';
