import { DEV } from './incident-fixtures';
import { entriesOf } from './incidents';
entriesOf(DEV).then((es) => es.forEach((x, i) => { const e = x.entry; console.log(DEV[i].incident, e.incident.isCyber ? 'C' : '-', JSON.stringify({ v: e.incident.victims, vo: e.incident.victimOrganizations, o: e.organizations, a: e.actors, at: e.incident.attributedTo, s: e.systems, g: e.agencies, t: e.incident.types })); }));
