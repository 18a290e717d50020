import neo4j from 'neo4j-driver';
const d = neo4j.driver('bolt://127.0.0.1:7791', neo4j.auth.basic('neo4j','faultline-local'));
const s = d.session();
const q = process.argv[2];
const t = performance.now();
try { const r = await s.run(q, JSON.parse(process.argv[3] ?? '{}')); console.log(JSON.stringify(r.records.map(x=>x.toObject())).slice(0,2000)); console.log(r.summary.plan ? '' : ''); }
catch (e) { console.log('ERR', (e as Error).message.slice(0,500)); }
console.log(((performance.now()-t)/1000).toFixed(3)+'s');
await s.close(); await d.close();
