import type { Mechanism } from '../lib/mechanism-types';
import { SupportSection } from './compat/support-section';
import { HoodSection } from './hood/hood-section';

/**
 * What every mechanism page has below its own panels, drawn by the shell from the registry:
 * "Under the hood" (the folder's hood.ts) and "Where it works" (its compat keys). A mechanism
 * added later shows both without touching this file.
 */
export default function MechanismExtras({ mechanism }: { mechanism: Mechanism }) {
  return (
    <div className="panels mechanism-extras">
      <HoodSection entry={mechanism.hood} />
      <SupportSection keys={mechanism.compat} usable={mechanism.meta.canBeUsed()} />
    </div>
  );
}
