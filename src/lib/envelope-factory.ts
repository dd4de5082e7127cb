import { ENVELOPE_VERSION, type Envelope, type PeerRef } from '../shared/envelope';
import { now } from './clock';
import { randomId } from './ids';

export type EnvelopeFactory = <Body>(
  self: PeerRef,
  kind: string,
  body: Body,
  recipient?: string,
) => Envelope<Body>;

/**
 * Envelopes for one mechanism and address, numbered 1, 2, 3, … so receivers can spot gaps. Ids are
 * one random id per factory plus the sequence number: as unique as a random id per envelope, but
 * without a call into crypto for every message.
 */
export function createEnvelopeFactory(mechanism: string): EnvelopeFactory {
  let seq = 0;
  const prefix = randomId();
  return (self, kind, body, recipient) => {
    const envelope: Envelope<typeof body> = {
      v: ENVELOPE_VERSION,
      id: `${prefix}-${++seq}`,
      mechanism,
      sender: self,
      kind,
      body,
      sentAt: now(),
      seq,
    };
    if (recipient !== undefined) envelope.recipient = recipient;
    return envelope;
  };
}
