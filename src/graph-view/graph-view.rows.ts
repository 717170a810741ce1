/** A graph view as cypher/graph-view/ returns it: below the schema that serves it. */

export interface ViewNodeRow {
  key: string;
  type: string;
  label: string;
  properties: Record<string, unknown>;
}

export interface ViewEdgeRow {
  source: string;
  target: string;
  type: string;
  /** Null unless the request reads properties (cypher/graph-view/view-edges). */
  properties: Record<string, unknown> | null;
}

export interface ViewRow {
  nodes: ViewNodeRow[];
  edges: ViewEdgeRow[];
  truncated: boolean;
}
