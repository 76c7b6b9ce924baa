/**
 * Words readers type that the catalog's texts do not use. The zh glossary keeps `Bucket` and
 * `Object` untranslated (see the catalog's notes), while JD Cloud's console and many readers say
 * 存储空间, 存储桶 and 对象: a query term is rewritten to the catalog's word before matching.
 * Keys and values are lower-case.
 */
export const SEARCH_SYNONYMS: Readonly<Record<string, string>> = {
  存储空间: 'bucket',
  存储桶: 'bucket',
  桶: 'bucket',
  对象: 'object',
  分段上传: '分片上传',
};
