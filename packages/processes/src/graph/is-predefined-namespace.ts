/** Whether a node's `namespace` asks for the predefined processes: absent, `null` or `"backend"`. */
export function isPredefinedNamespace(namespace: unknown): boolean {
  return namespace === undefined || namespace === null || namespace === "backend";
}
