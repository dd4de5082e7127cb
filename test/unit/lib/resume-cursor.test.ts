import { describe, expect, it } from 'vitest';
import { ResumeCursor } from '../../../src/lib/resume-cursor';

describe('ResumeCursor', () => {
  it('starts where a fresh join’s history ends, and moves with what arrives', () => {
    const cursor = new ResumeCursor();
    expect(cursor.value).toBeNull();
    cursor.history({ messages: [{ hubId: 'r1-4' }, { hubId: 'r1-5' }], lastId: 'r1-5' });
    expect(cursor.value).toBe('r1-5');
    expect(cursor.observe('r1-6', 'live')).toBe('new');
    expect(cursor.report()).toMatchObject({ cursor: 'r1-6', gaps: 0, duplicates: 0 });
  });

  it('stays below a hole (an own message whose ack is late), so a resume asks for it again', () => {
    const cursor = new ResumeCursor();
    cursor.history({ messages: [], lastId: 'r1-0' });
    cursor.observe('r1-1', 'live');
    cursor.observe('r1-3', 'live');
    expect(cursor.report()).toMatchObject({ cursor: 'r1-1', gaps: 1 });
    cursor.observe('r1-2', 'own');
    expect(cursor.report()).toMatchObject({ cursor: 'r1-3', gaps: 0 });
  });

  it('counts a live message it already had as a duplicate, but not one a resume brings again', () => {
    const cursor = new ResumeCursor();
    cursor.history({ messages: [], lastId: 'r1-0' });
    cursor.observe('r1-1', 'live');
    cursor.observe('r1-3', 'live');
    cursor.history({
      messages: [{ hubId: 'r1-2' }, { hubId: 'r1-3' }, { hubId: 'r1-4' }],
      lastId: 'r1-4',
      resumedFrom: 'r1-1',
    });
    expect(cursor.report()).toMatchObject({
      cursor: 'r1-4',
      gaps: 0,
      duplicates: 0,
      resumedFrom: 'r1-1',
      resumes: 1,
    });
    expect(cursor.observe('r1-4', 'live')).toBe('again');
    expect(cursor.report().duplicates).toBe(1);
  });

  it('adds what a server says it could not replay to the gaps, then goes on from its history', () => {
    const cursor = new ResumeCursor();
    cursor.history({ messages: [], lastId: 'r1-10' });
    cursor.history({
      messages: [{ hubId: 'r1-60' }],
      lastId: 'r1-60',
      resumedFrom: 'r1-10',
      gap: { lost: 49 },
    });
    expect(cursor.report()).toMatchObject({ cursor: 'r1-60', gaps: 49 });
  });
});
