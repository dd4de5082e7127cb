// A count with separators ("16,777,216" reads at a glance, "16777216" does not), the same in both
// languages. One formatter: toLocaleString builds one per call (MDN, Number/toLocaleString#performance).
const counts = new Intl.NumberFormat('en');
export const formatCount = (n: number): string => counts.format(n);
