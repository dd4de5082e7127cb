import type { CommentMap } from '../../lib/code-comments';

// 代码面板的中文注释：键是 code.ts 里的英文注释。
export const comments: CommentMap = {
  'The naive way: every tab opens its own stream.': '朴素的做法：每个标签页各开一条事件流。',
  'Over HTTP/1.1 the browser keeps at most 6 connections per origin, for all tabs together.\nSix tabs like this hold them all: a 7th tab hangs while loading, and this waits too:':
    '在 HTTP/1.1 下，浏览器对每个源最多只开 6 个连接，所有标签页共用。\n这样的 6 个标签页就把连接占满了：第 7 个标签页卡在加载中，下面这个请求也得等：',
  'queued until one of the streams closes': '一直排队，直到某条事件流关闭',
  'Every tab runs this. One of them gets the lock; the others wait in line.':
    '每个标签页都运行这段代码。其中一个拿到锁，其余的排队等候。',
  'followers hear the leader': '跟随者从领导者那里听到事件',
  'Granted: this tab leads until it closes (the browser then grants the next request).':
    '拿到锁了：本标签页担任领导者，直到它关闭（之后浏览器把锁交给下一个请求）。',
  'replay the gap': '补发中间缺的事件',
  'no Last-Event-ID: whatever came during the takeover is lost':
    '没有 Last-Event-ID：交接期间到达的事件全都丢了',
  'hold the lock for the life of the tab': '在标签页的整个生命周期里一直持有锁',
  'Who holds it, who waits:': '谁持有锁，谁在等待：',
};
