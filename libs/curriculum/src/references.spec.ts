import { lessonReferences } from './references.js';

describe('lessonReferences', () => {
  it('reads the numbered list under the closing References heading', () => {
    const body = [
      'Text that cites Shah (2008).',
      '',
      '## References',
      '',
      '1. Simons DG, Travell JG, Simons LS. *Myofascial Pain and Dysfunction*. 2nd ed. 1999.',
      '2. Shah JP, et al. Biochemicals. *Arch Phys Med Rehabil*. 2008;89(1):16-23. https://doi.org/10.1016/j.apmr.2007.10.018',
      '- Brady S, et al. Adverse events. 2014. <https://pubmed.ncbi.nlm.nih.gov/25125935/>',
    ].join('\n');
    expect(lessonReferences(body)).toEqual([
      {
        citation:
          'Simons DG, Travell JG, Simons LS. Myofascial Pain and Dysfunction. 2nd ed. 1999.',
        url: null,
      },
      {
        citation: 'Shah JP, et al. Biochemicals. Arch Phys Med Rehabil. 2008;89(1):16-23.',
        url: 'https://doi.org/10.1016/j.apmr.2007.10.018',
      },
      {
        citation: 'Brady S, et al. Adverse events. 2014.',
        url: 'https://pubmed.ncbi.nlm.nih.gov/25125935/',
      },
    ]);
  });

  it('finds none without the heading, and stops at the next section', () => {
    expect(lessonReferences('1. A list that is not references')).toEqual([]);
    expect(lessonReferences('## References\n1. One.\n## Notes\n2. Not a reference')).toEqual([
      { citation: 'One.', url: null },
    ]);
  });
});
