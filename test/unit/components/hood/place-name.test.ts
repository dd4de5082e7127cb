import { describe, expect, it } from 'vitest';
import { placeName } from '../../../../src/components/hood/hood-hops';

// Issue 12: the hops' Chinese headings said places twice ("浏览器进程 (浏览器进程)", "Node 服务器
// (Node 服务器（浏览器之外）)") and stacked brackets ("本页（主线程）（渲染进程）").
describe('a hop’s place with its process', () => {
  it('says a place named after its process once', () => {
    expect(placeName('浏览器进程', '浏览器进程', 'zh-CN')).toBe('浏览器进程');
    expect(placeName('Node 服务器', 'Node 服务器（浏览器之外）', 'zh-CN')).toBe(
      'Node 服务器（浏览器之外）',
    );
  });

  it('puts the process after a dot when the place has brackets of its own', () => {
    expect(placeName('本页（主线程）', '渲染进程', 'zh-CN')).toBe('本页（主线程） · 渲染进程');
  });

  it('brackets the process otherwise, full-width in Chinese', () => {
    expect(placeName('该源的存储区', '存储服务', 'zh-CN')).toBe('该源的存储区（存储服务）');
    expect(placeName('This page', 'Renderer process A', 'en')).toBe(
      'This page (Renderer process A)',
    );
  });
});
