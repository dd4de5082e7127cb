/**
 * Where the comparison table's teaching cells lead (`/m/<id>#what-to-notice`): each page's claims
 * list (claims-list.tsx), its "What to notice".
 */
export const TEACHING_ANCHOR = 'what-to-notice';
