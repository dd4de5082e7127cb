import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { translate } from '../../../../src/i18n/dictionary';
import '../../../../src/mechanisms/websocket/i18n';
import { Transcript } from '../../../../src/mechanisms/websocket/transcript';
import type { ChatLine } from '../../../../src/mechanisms/websocket/use-websocket';

const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate('en', key, params);

describe('the chat transcript', () => {
  it('can take focus, so a keyboard can scroll it (axe scrollable-region-focusable)', () => {
    const lines = Array.from({ length: 30 }, (_, i): ChatLine => ({
      type: 'chat',
      key: `k${i}`,
      from: { name: 'Red Fox', color: '#c33' },
      text: `line ${i}`,
      own: false,
      history: false,
    }));
    render(<Transcript t={t} lines={lines} room="lobby" />);
    expect(screen.getByRole('list', { name: /lobby/ })).toHaveAttribute('tabindex', '0');
  });

  it('lists names in a notice with the enumeration comma in Chinese', () => {
    const zh: typeof t = (key, params) => translate('zh-CN', key, params);
    const notice: ChatLine = {
      type: 'notice',
      key: 'n1',
      notice: { event: 'join', names: ['红狐狸 a1', '蓝鲸鱼 b2'], more: 0, room: 'lobby' },
    };
    render(<Transcript t={zh} lines={[notice]} room="lobby" />);
    // "红狐狸 a1, 蓝鲸鱼 b2 加入了" mixed an English comma into a Chinese sentence.
    expect(screen.getByText('红狐狸 a1、蓝鲸鱼 b2 加入了')).toBeInTheDocument();
  });
});
