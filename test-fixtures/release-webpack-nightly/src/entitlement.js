export async function fetchEntitlement() {
  const res = await fetch('/api/entitlement');
  return res.json();
}
