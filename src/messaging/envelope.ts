import { CHANNEL, type Envelope } from './protocol';

/**
 * Messages are never trusted: anything that is not exactly our envelope shape is ignored.
 * (Only our own extension can reach runtime.onMessage, but a compromised page could still
 * try to confuse the content script through shared objects; validation is cheap.)
 */
export function isEnvelope(value: unknown, to: Envelope['to']): value is Envelope {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.channel === CHANNEL && v.to === to && typeof v.type === 'string' && 'request' in v;
}

export function envelope(to: Envelope['to'], type: string, request: unknown): Envelope {
  return { channel: CHANNEL, to, type, request };
}
