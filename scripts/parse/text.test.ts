import { describe, expect, test } from 'vitest';
import { displayWidth, endsTerminal, joinWrapped } from './text.ts';

describe('joinWrapped', () => {
  test('joins Chinese across a hard wrap without a space', () => {
    expect(joinWrapped('中国科学院新疆生态与地理研究所建成了具备野外实验观', '测、室内基础实验分析')).toBe(
      '中国科学院新疆生态与地理研究所建成了具备野外实验观测、室内基础实验分析',
    );
  });
  test('joins Chinese to a number without a space', () => {
    expect(joinWrapped('数据总量', '40TB，实现网络共享')).toBe('数据总量40TB，实现网络共享');
  });
  test('keeps Latin words and numbers apart at the seam', () => {
    expect(joinWrapped('R&D', 'budget')).toBe('R&D budget');
    expect(joinWrapped('Nm', '3 per hour')).toBe('Nm 3 per hour');
  });
  test('keeps spaces printed inside a line and drops frame indentation at the seam', () => {
    expect(joinWrapped('科学院下属 11个国立科研机构合作，建成了“中亚生', ' 态与环境')).toBe(
      '科学院下属 11个国立科研机构合作，建成了“中亚生态与环境',
    );
  });
});

describe('endsTerminal', () => {
  test('sentence and clause ends, also before closing quotes', () => {
    expect(endsTerminal('领域的试验示范区。')).toBe(true);
    expect(endsTerminal('可证”和“商品批发进出口许可证”。')).toBe(true);
    expect(endsTerminal('并配备基本办公设备；')).toBe(true);
    expect(endsTerminal('约束性指标：')).toBe(true);
    expect(endsTerminal('大致分为三个阶段：')).toBe(true);
  });
  test('mid-sentence line ends', () => {
    expect(endsTerminal('在科技部、中科院的大力支持下，充分发挥国家和自治区')).toBe(false);
    expect(endsTerminal('中方是技术输入方，')).toBe(false);
    expect(endsTerminal('管理制度》（新政办发〔2018〕121号）')).toBe(false);
  });
});

describe('displayWidth', () => {
  test('counts CJK and full-width forms double', () => {
    expect(displayWidth('2018年')).toBe(6);
    expect(displayWidth('（%）')).toBe(5);
  });
});
