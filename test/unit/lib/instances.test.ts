import { describe, expect, it } from 'vitest';
import { createInstancePicker, type ClusterView } from '../../../src/lib/instances';

const instance = (name: string, alive = true) => ({
  name,
  url: `http://localhost:${5000 + name.charCodeAt(0)}/`,
  clients: 0,
  alive,
  stopped: !alive,
  silentMs: 0,
});

function pickerWith(views: Record<string, ClusterView>) {
  let time = 0;
  const asked: string[] = [];
  const picker = createInstancePicker({
    pageBase: () => 'http://localhost:5097/',
    now: () => time,
    fetchView: (base) => {
      asked.push(base);
      const view = views[base];
      return view ? Promise.resolve(view) : Promise.reject(new Error('refused'));
    },
  });
  return { picker, asked, advance: (ms: number) => (time += ms) };
}

describe('the instance picker', () => {
  const cluster: ClusterView = {
    clustered: true,
    self: 'a',
    instances: [instance('a'), instance('b'), instance('c')],
  };

  it('uses the page’s own server until it knows the list, then the instance the page came from', async () => {
    const { picker } = pickerWith({ 'http://localhost:5097/': cluster });
    expect(picker.base()).toBe('http://localhost:5097/');
    await picker.refresh();
    expect(picker.current()?.name).toBe('a');
    expect(picker.base()).toBe(instance('a').url);
  });

  it('keeps the page’s own address without a cluster, and the page’s host name with one', async () => {
    const alone = pickerWith({
      'http://localhost:5097/': { clustered: false, self: 'x', instances: [instance('x')] },
    });
    await alone.picker.refresh();
    expect(alone.picker.base()).toBe('http://localhost:5097/');
    const lan = createInstancePicker({
      pageBase: () => 'http://192.168.1.20:5097/m/websocket',
      fetchView: () => Promise.resolve(cluster),
    });
    await lan.refresh();
    expect(lan.base()).toBe(`http://192.168.1.20:${5000 + 'a'.charCodeAt(0)}/`);
  });

  it('fails over to the next live instance in order, skipping one that failed recently', async () => {
    const { picker, advance } = pickerWith({
      'http://localhost:5097/': cluster,
      [instance('b').url]: cluster,
      [instance('c').url]: cluster,
    });
    await picker.refresh();
    expect(picker.failover()).toBe('b');
    expect(picker.failover()).toBe('c');
    // a and b failed less than 10 s ago: nowhere to go.
    expect(picker.failover()).toBeNull();
    advance(10_001);
    expect(picker.failover()).toBe('a');
    expect(picker.moves().map((move) => `${move.from}>${move.to}`)).toEqual(['a>b', 'b>c', 'c>a']);
  });

  it('skips instances the list says are gone, and never fails over without a cluster', async () => {
    const { picker } = pickerWith({
      'http://localhost:5097/': {
        ...cluster,
        instances: [instance('a'), instance('b', false), instance('c')],
      },
    });
    await picker.refresh();
    expect(picker.failover()).toBe('c');
    const alone = pickerWith({
      'http://localhost:5097/': { clustered: false, self: '5097', instances: [instance('x')] },
    });
    await alone.picker.refresh();
    expect(alone.picker.failover()).toBeNull();
  });

  it('reads the list from another known instance when the current one does not answer', async () => {
    const { picker, asked } = pickerWith({ 'http://localhost:5097/': cluster });
    await picker.refresh();
    picker.choose('b');
    const view = await picker.refresh();
    expect(view?.instances).toHaveLength(3);
    expect(asked.slice(-2)).toEqual([instance('b').url, instance('a').url]);
  });
});
