import { describe, expect, test } from 'vitest';
import { checkFormsPrinted } from './aliases-printed.ts';

describe('checkFormsPrinted', () => {
  const texts = ['中国科学院新疆生态与地理研究所建成了中亚生态与环境研究中心', '中科院 中乌医药联合中心'];
  test('forms printed in a source pass, spaces aside', () => {
    expect(
      checkFormsPrinted(
        [
          { where: 'a', form: '中亚生态与环境研究中心' },
          { where: 'b', form: '中科院中乌医药联合中心' },
        ],
        texts,
      ),
    ).toEqual([]);
  });
  test('an alias no source prints is reported', () => {
    expect(checkFormsPrinted([{ where: 'glossary/organisations.yaml', form: '新疆生地所' }], texts)).toEqual([
      'glossary/organisations.yaml: “新疆生地所” is not printed in any source',
    ]);
  });
});
