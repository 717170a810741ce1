import neo4j from 'neo4j-driver';
const d = neo4j.driver('bolt://127.0.0.1:7699', neo4j.auth.basic('neo4j','secretpass123'), {disableLosslessIntegers:true});
const q = process.argv[2];
try { const r = await d.executeQuery(q, JSON.parse(process.argv[3] ?? '{}')); console.log(JSON.stringify(r.records.map(x=>x.toObject()))); } catch (e) { console.log('ERR', (e as Error).message); }
await d.close();
