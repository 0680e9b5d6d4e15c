export function renderDashboard(root) {
  const updated = new Date().toLocaleTimeString();
  root.textContent = `Dashboard loaded at ${updated} (${process.env.API_URL})`;
}
