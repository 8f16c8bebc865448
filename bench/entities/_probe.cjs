const nlp=require('compromise');
const m=nlp.model(); const lex=m.one.lexicon; console.log(Object.keys(lex).length);
for (const w of ['michael','edi','rama','jordan','chad','play','nitro','axiom','sandworm','equation','mirage','hit','debbie','rod','robert','vladimir','donald','llazar','aleksanteri','nancy','anthony','killnet','cleaver','turla','conti','hive','akira','royal','black','basta','cuba','lockbit','medusa','rhysida'] ) console.log(w, lex[w]);
console.log(Object.values(lex).reduce((a,t)=>{a[t]=(a[t]||0)+1;return a},{}) );
