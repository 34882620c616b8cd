import '../browser-globals.js';
import '../../data/zotero-orcid-dblp.test.ts';
import '../../data/zotero-orcid-dblp-properties.test.ts';
