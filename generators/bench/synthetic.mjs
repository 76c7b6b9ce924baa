// The seed catalog grown to `count` codes by copies of its entries under new codes; shared by the
// generate, diff and watch benches and the site's.
import { parse, stringify } from 'yaml';

export function syntheticCatalog(seedText, count, edit = () => {}) {
  const data = parse(seedText);
  const originals = [...data.errors];
  for (let i = 0; data.errors.length < count; i++) {
    const copy = structuredClone(originals[i % originals.length]);
    copy.code = `${copy.code}X${i}`;
    delete copy.aliases;
    // A seed row belongs to one code: copies cite none (an observed wire message needs no source).
    for (const entry of [copy, ...(copy.variants ?? [])]) delete entry.sources?.seed;
    if (copy.messageSource === 'seed') copy.messageSource = 'observed';
    data.errors.push(copy);
  }
  edit(data);
  return stringify(data, { lineWidth: 0 });
}
