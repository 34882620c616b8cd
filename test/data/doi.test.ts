import { expect } from '@open-wc/testing';
import { bareDoi } from '../../src/data/doi.js';
import { toPaper } from '../../src/data/formats/draft.js';

describe('DOIs: the bare, lower-cased form from whatever a source writes', () => {
  it('should read bare DOIs, doi: prefixes and doi.org links, encoded or not', () => {
    for (const written of [
      '10.1038/NATURE12373',
      ' 10.1038/nature12373 ',
      'doi:10.1038/nature12373',
      'DOI: 10.1038/nature12373',
      'https://doi.org/10.1038/nature12373',
      'http://dx.doi.org/10.1038/Nature12373',
      'https://doi.org/10.1038%2Fnature12373',
    ]) {
      expect(bareDoi(written), written).to.equal('10.1038/nature12373');
    }
    expect(bareDoi('10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI3>3.0.CO;2-O')).to.equal(
      '10.1002/(sici)1097-4571(199806)49:8<693::aid-asi3>3.0.co;2-o',
    );
  });

  it('should refuse what is no DOI, a broken encoding and an endless one', () => {
    for (const written of [
      '',
      'nature12373',
      '10.12/x',
      '11.1038/x',
      'https://example.org/10.1038/x',
      '10.1038/',
      '10.1038/a b',
      '10.1038%ZZ/%E0%A4%A',
    ]) {
      expect(bareDoi(written), written).to.equal(undefined);
    }
    expect(bareDoi(`10.1038/${'x'.repeat(400)}`)).to.equal(undefined);
  });

  it('should give every reader the same DOI, citation count and venue rules through toPaper', () => {
    const paper = toPaper(
      { title: 'A', doi: 'https://doi.org/10.5555/ABC', citations: 12, venue: `  ${'V'.repeat(600)}` },
      'crossref',
    );
    expect(paper?.doi).to.equal('10.5555/abc');
    expect(paper?.citations).to.equal(12);
    expect(paper?.venue?.length).to.equal(500);
    for (const citations of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60]) {
      expect(toPaper({ title: 'A', citations }, 'crossref'), String(citations)).to.not.have.property('citations');
    }
    expect(toPaper({ title: 'A', doi: 'not a doi' }, 'crossref')).to.not.have.property('doi');
  });
});
