import type { Tx } from './user-transaction.ts'

export type AgentRow = {
  id: string
  name: string
  phone_numbers: Array<{ id: string; phone_number: string; label: string }>
}

/** The caller's agents, each with the numbers assigned to it. */
export function listAgents(tx: Tx) {
  return tx<AgentRow[]>`
    select
      a.id,
      a.name,
      coalesce(
        jsonb_agg(
          jsonb_build_object(
            'id', p.id, 'phone_number', p.phone_number, 'label', p.label
          )
          order by p.label, p.id
        ) filter (where p.id is not null),
        '[]'
      ) as phone_numbers
    from public.agents a
    left join public.phone_numbers p on p.agent_id = a.id
    group by a.id
    order by a.name, a.id
  `
}
