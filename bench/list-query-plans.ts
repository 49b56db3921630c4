// Reads the plans auto_explain logs for the list's statements and tells
// whether every read of a growing table went through an index.

export const isPlan = (message: string) => /^duration: .* plan:/.test(message)

type PlanNode = {
  'Node Type': string
  'Relation Name'?: string
  'Index Name'?: string
  Plans?: PlanNode[]
}

// Tables that grow with the campaigns: reading one through anything but an
// index fails. Others (the member row, a customer's counts) stay small; a
// sequential scan of one is reported but allowed.
const GROWING = new Set(['campaigns', 'campaign_recipients'])
const BY_INDEX = new Set(['Index Scan', 'Index Only Scan'])

export type PlanScans = { all: string[]; failing: string[] }

/** Every plan node that reads a table, and those that break the index rule. */
export function scansOfPlans(jsonPlans: string[]): PlanScans {
  const all = new Set<string>()
  const failing = new Set<string>()
  const visit = (node: PlanNode) => {
    const relation = node['Relation Name']
    if (relation) {
      const scan = describeScan(node, relation)
      all.add(scan.label)
      if (!scan.ok) failing.add(scan.label)
    }
    for (const child of node.Plans ?? []) visit(child)
  }
  for (const text of jsonPlans) visit(JSON.parse(text.slice(text.indexOf('{'))).Plan)
  if (all.size === 0) throw new Error('auto_explain logged no table reads')
  return { all: [...all], failing: [...failing] }
}

function describeScan(node: PlanNode, relation: string) {
  const type = node['Node Type']
  if (BY_INDEX.has(type))
    return { label: `${type} on ${relation} using ${node['Index Name']}`, ok: true }
  if (type === 'Bitmap Heap Scan') {
    const indexes = (node.Plans ?? []).flatMap(bitmapIndexes)
    const label = `Bitmap Heap Scan on ${relation} over ${indexes.join(' and ')}`
    return { label, ok: indexes.length > 0 }
  }
  if (GROWING.has(relation)) return { label: `${type} on ${relation}`, ok: false }
  return { label: `${type} on ${relation} (small table: allowed)`, ok: true }
}

/** The indexes under a Bitmap Heap Scan (BitmapAnd and BitmapOr combine them). */
function bitmapIndexes(node: PlanNode): string[] {
  if (node['Node Type'] === 'Bitmap Index Scan') return [node['Index Name'] ?? '']
  return (node.Plans ?? []).flatMap(bitmapIndexes)
}
