import { useMemo } from 'react';
import { identityParts, identityTag, toPeerRef } from '../lib/identity';
import { useT } from '../i18n/use-t';
import type { MessageKey } from '../i18n/dictionary';
import { useAppStore } from '../store';
import type { PeerRef } from '../shared/envelope';

/** This tab as a peer, named in the current language with its tag ("Amber Fox 3fa9", "琥珀狐狸 3fa9"). */
export function useSelf(): PeerRef {
  const identity = useAppStore((s) => s.identity);
  const t = useT();
  return useMemo(() => {
    const { colorIndex, animalIndex } = identityParts(identity.index);
    const round = Math.floor(identity.index / 144);
    const name = t('identity.name', {
      color: t(`color.${colorIndex}` as MessageKey),
      animal: t(`animal.${animalIndex}` as MessageKey),
    });
    const numbered = round > 0 ? `${name} ${round + 1}` : name;
    return toPeerRef(
      identity,
      t('identity.tagged', { name: numbered, tag: identityTag(identity) }),
    );
  }, [identity, t]);
}
