import { describe, expect, test } from 'vitest';
import { findQuantities, unitlessNumbers } from './quantities.ts';

describe('findQuantities', () => {
  test('a range with a unit', () => {
    expect(findQuantities('示范展示我国不同农作物品种（系）30-50个')).toEqual([
      { printed: '30-50个', min: 30, max: 50, scale: null, unit: '个', qualifier: null },
    ]);
  });
  test('a lower bound after the unit', () => {
    expect(findQuantities('哈方人员培训30人次以上')).toEqual([
      { printed: '30人次以上', min: 30, max: null, scale: null, unit: '人次', qualifier: '以上' },
    ]);
  });
  test('a scaled area with a qualifier', () => {
    expect(findQuantities('示范推广面积达到1万亩以上')[0]).toEqual({
      printed: '1万亩以上',
      min: 1,
      max: null,
      scale: '万',
      unit: '亩',
      qualifier: '以上',
    });
  });
  test('percentages and ranges with a full-width tilde', () => {
    expect(findQuantities('农作物增产10%以上')[0]).toMatchObject({ min: 10, unit: '%', qualifier: '以上' });
    expect(findQuantities('培养中亚国家的遥感应用专业技术人才20～30人')[0]).toMatchObject({
      min: 20,
      max: 30,
      unit: '人',
    });
  });
  test('a lower bound in front', () => {
    expect(findQuantities('面积不少于200平米')[0]).toMatchObject({
      printed: '不少于200平米',
      min: 200,
      unit: '平米',
      qualifier: '不少于',
    });
    expect(findQuantities('建成交易规模突破5亿元的')[0]).toMatchObject({
      min: 5,
      scale: '亿',
      unit: '元',
      qualifier: '突破',
    });
  });
  test('several quantities in one indicator', () => {
    expect(
      findQuantities('获得授权实用新型专利1项，发表论文2-3篇，塔吉克斯坦科技人员来访3-5人次。').map((q) => q.printed),
    ).toEqual(['1项', '2-3篇', '3-5人次']);
  });
  test('money in 万元 and 万美元', () => {
    expect(findQuantities('出口创汇1500万美元')[0]).toMatchObject({ min: 1500, scale: '万', unit: '美元' });
    expect(findQuantities('配备50万元左右的国产科研仪器')[0]).toMatchObject({
      min: 50,
      scale: '万',
      unit: '元',
      qualifier: '左右',
    });
  });
  test('余 or 多 between the number and the unit', () => {
    expect(findQuantities('发展100余家农副产品战略合作伙伴')[0]).toMatchObject({
      printed: '100余家',
      min: 100,
      unit: '家',
      qualifier: '余',
    });
    expect(findQuantities('培训20多万人')[0]).toMatchObject({ min: 20, scale: '万', unit: '人', qualifier: '多' });
  });
});

describe('unitlessNumbers', () => {
  test('a number with no unit after it is listed as printed', () => {
    expect(unitlessNumbers('建设种质资源创新利用实验室300，配套购置仪器设备20台套以上；')).toEqual(['300']);
  });
  test('numbers read as quantities are not', () => {
    expect(unitlessNumbers('示范展示我国不同农作物品种（系）30-50个，新品种3-5个；')).toEqual([]);
  });
});
