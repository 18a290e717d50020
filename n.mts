import { startLocalNeo4j } from './neo4j-local/launcher.ts';
const s = await startLocalNeo4j({home:'/tmp/n4h3', boltPort: 7698, password:'faultline-local'});
console.log('up');
process.on('SIGTERM', async()=>{await s.stop({discard:true}); process.exit(0)});
setInterval(()=>{}, 1e9);
