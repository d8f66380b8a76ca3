// Ingest through the library with an explicit worker count (the CLI always uses one per core).
// usage: node bench/ingest-driver.mjs DOCS_DIR DB WORKERS  → prints the summary as JSON
const root = new URL('../dist/', import.meta.url);
const { openStore } = await import(new URL('store/index.js', root).href);
const { ingestPaths } = await import(new URL('ingest.js', root).href);

const [dir, db, workers] = process.argv.slice(2);
const store = await openStore(db);
try {
  const { problems: _problems, ...summary } = await ingestPaths(store, [dir], { workers: Number(workers ?? 0) });
  console.log(JSON.stringify(summary));
} finally {
  await store.close();
}
