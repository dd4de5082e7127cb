import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ClaimsSection } from '../../../src/components/claims-section';
import { mechanisms } from '../../../src/mechanisms/registry';

describe('ClaimsSection', () => {
  it.each(mechanisms.map((m) => [m.meta.id, m] as const))(
    "draws %s's claims from the Mechanism object",
    async (_id, mechanism) => {
      const { claims } = await mechanism.claims();
      render(<ClaimsSection entry={mechanism.claims} />);
      // The section is there at once (a #what-to-notice link lands on it), its points follow.
      const section = screen.getByRole('region', { name: 'What to notice' });
      expect(section).toHaveAttribute('id', 'what-to-notice');
      expect(await within(section).findAllByRole('listitem')).toHaveLength(claims.length);
    },
  );

  it('says so when the list cannot be loaded', async () => {
    render(<ClaimsSection entry={() => Promise.reject(new Error('chunk gone'))} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'What this page teaches could not be loaded: chunk gone',
    );
  });
});
