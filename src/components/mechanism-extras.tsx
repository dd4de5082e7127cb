import type { Mechanism } from '../lib/mechanism-types';
import { ClaimsSection } from './claims-section';
import { SupportSection } from './compat/support-section';
import { HoodSection } from './hood/hood-section';

/**
 * What every mechanism page has below its own panels, drawn by the shell from the registry:
 * "What to notice" (the folder's claims.ts), "Under the hood" (its hood.ts) and "Where it works"
 * (its compat keys). A mechanism added later shows all three without touching this file.
 */
export default function MechanismExtras({ mechanism }: { mechanism: Mechanism }) {
  return (
    <div className="panels mechanism-extras">
      <ClaimsSection entry={mechanism.claims} />
      <HoodSection entry={mechanism.hood} />
      <SupportSection keys={mechanism.compat} usable={mechanism.meta.canBeUsed()} />
    </div>
  );
}
