import { ENVELOPE_VERSION, type Envelope, type PeerRef } from '../shared/envelope';
import { now } from './clock';
import { randomId } from './ids';

export type EnvelopeFactory = <Body>(
  self: PeerRef,
  kind: string,
  body: Body,
  recipient?: string,
) => Envelope<Body>;

/** Envelopes for one mechanism and address, numbered 1, 2, 3, … so receivers can spot gaps. */
export function createEnvelopeFactory(mechanism: string): EnvelopeFactory {
  let seq = 0;
  return (self, kind, body, recipient) => {
    const envelope: Envelope<typeof body> = {
      v: ENVELOPE_VERSION,
      id: randomId(),
      mechanism,
      sender: self,
      kind,
      body,
      sentAt: now(),
      seq: ++seq,
    };
    if (recipient !== undefined) envelope.recipient = recipient;
    return envelope;
  };
}
