import { describe, expect, it } from 'vitest';
import { namesIn, parentByPrefix } from './names-in-text.ts';

describe('namesIn', () => {
  it('finds a name printed on its own', () => {
    expect(namesIn('科技厅会同财政厅推荐', ['科技厅'], ['浙江省科技厅'])).toBe(true);
  });
  it('ignores an occurrence inside a longer name of something else', () => {
    expect(namesIn('这是浙江省科技厅首次跨区域实施', ['科技厅'], ['浙江省科技厅'])).toBe(false);
    expect(namesIn('新疆列席上合组织科技部长例会', ['科技部'], ['上合组织科技部长例会'])).toBe(false);
  });
  it('counts the name when it also occurs on its own elsewhere in the text', () => {
    expect(namesIn('浙江省科技厅与科技厅', ['科技厅'], ['浙江省科技厅'])).toBe(true);
  });
  it('does not let its own longer form hide it', () => {
    expect(namesIn('特变电工股份有限公司建设', ['特变电工', '特变电工股份有限公司'], ['特变电工股份有限公司'])).toBe(
      true,
    );
  });
});

describe('parentByPrefix', () => {
  const orgs = [
    { key: 'uni', names: ['新疆农业大学'] },
    { key: 'cas', names: ['中国科学院', '中科院'] },
  ];
  it('takes the longest name a unit name begins with', () => {
    expect(parentByPrefix(['新疆农业大学农学院'], orgs)).toBe('uni');
    expect(parentByPrefix(['中国科学院新疆理化技术研究所', '中科院新疆理化所'], orgs)).toBe('cas');
  });
  it('gives no parent to a name that only contains another one later', () => {
    expect(parentByPrefix(['浙江省科技厅'], [{ key: 'x', names: ['科技厅'] }])).toBeNull();
    expect(parentByPrefix(['新疆农业大学'], orgs)).toBeNull();
  });
});
