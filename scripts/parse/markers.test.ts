import { describe, expect, test } from 'vitest';
import { findMarker } from './markers.ts';

describe('findMarker', () => {
  test.each([
    ['第九章 全国科技援疆', 'chapter', '第九章 '],
    ['一、丝绸之路经济带核心区科技中心建设', 'cn-top', '一、'],
    ['（一）主要发展阶段', 'cn-paren', '（一）'],
    ['(一) 认真贯彻落实第六次全国对口支援新疆工作会议精神', 'cn-paren', '(一) '],
    ['1.积极推进中俄哈蒙阿尔泰区域合作', 'arabic', '1.'],
    ['1. 20 世纪 80 年代末到 90 年代', 'arabic', '1. '],
    ['任务1.由双边共同组建中心的管理运行机构', 'task', '任务1.'],
    ['任务1．组建中-哈畜牧业联合研究中心', 'task', '任务1．'],
    ['附件1', 'annex', ''],
    ['约束性指标：', 'label', ''],
    ['预期性指标:', 'label', ''],
    ['【关于作者】', 'bracket', ''],
  ])('%s is a %s marker', (line, kind, text) => {
    expect(findMarker(line)).toEqual({ kind, text });
  });

  test.each(['1.5亿元用于组建', '2018年6月，中俄哈蒙', '中国科学院新疆生态与地理研究所', '其战略定位是：力争成为'])(
    '%s has no marker',
    (line) => {
      expect(findMarker(line)).toBeNull();
    },
  );
});
